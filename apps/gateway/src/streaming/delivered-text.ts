import type { ConverseStreamEvent } from '@heimdall/spec';

/** The characters of text (or tool input) an event carries, for estimating output the upstream never counted. */
export function deliveredTextLength(event: ConverseStreamEvent): number {
  if (!('contentBlockDelta' in event)) return 0;
  const { delta } = event.contentBlockDelta;
  if ('text' in delta) return delta.text.length;
  if ('toolUse' in delta) return delta.toolUse.input.length;
  if ('reasoningContent' in delta && 'text' in delta.reasoningContent) return delta.reasoningContent.text.length;
  return 0;
}
