import { encodeConverseEvent } from '@heimdall/eventstream';
import type { ContentBlockDelta, ConverseStreamEvent } from '@heimdall/spec';
import type { StreamPart } from '../../script/stream-part.js';
import type { Frame, ReplyContext, StreamRenderer } from '../wire-format.js';
import { additionalResponseFields, bedrockStopReasons, toBedrockUsage } from './bedrock-mapping.js';
import { checkStreamErrorTypes, encodeStreamError } from './bedrock-stream-exception.js';
import { createRequestId } from './request-id.js';

type OpenBlock = 'text' | 'reasoning' | 'tool-use';

/**
 * Streams a reply as ConverseStream event frames, in Bedrock's order: `messageStart`; for each content block a
 * `contentBlockStart` (tool use only, as Bedrock sends it), its `contentBlockDelta`s and a `contentBlockStop`; then
 * `messageStop` and `metadata` with usage and latency. One block is open at a time.
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html
 */
export function createBedrockStreamRenderer(context: ReplyContext): StreamRenderer {
  checkStreamErrorTypes(context.script);
  let blockIndex = -1;
  let openBlock: OpenBlock | undefined;
  const frame = (event: ConverseStreamEvent): Frame => encodeConverseEvent(event);
  const stopBlock = (): Frame[] => {
    if (openBlock === undefined) return [];
    openBlock = undefined;
    return [frame({ contentBlockStop: { contentBlockIndex: blockIndex } })];
  };
  const openNext = (kind: OpenBlock): Frame[] => {
    const frames = stopBlock();
    blockIndex += 1;
    openBlock = kind;
    return frames;
  };
  const delta = (body: ContentBlockDelta): Frame =>
    frame({ contentBlockDelta: { contentBlockIndex: blockIndex, delta: body } });
  const render = (part: StreamPart): Frame[] => {
    switch (part.type) {
      case 'text-delta':
        return [...(openBlock === 'text' ? [] : openNext('text')), delta({ text: part.text })];
      case 'reasoning-delta':
        return [
          ...(openBlock === 'reasoning' ? [] : openNext('reasoning')),
          delta({ reasoningContent: { text: part.text } }),
        ];
      case 'reasoning-signature': {
        const frames = openBlock === 'reasoning' ? [] : openNext('reasoning');
        return [...frames, delta({ reasoningContent: { signature: part.signature } }), ...stopBlock()];
      }
      case 'redacted-reasoning':
        return [...openNext('reasoning'), delta({ reasoningContent: { redactedContent: part.data } }), ...stopBlock()];
      case 'tool-call-start': {
        const frames = openNext('tool-use');
        const start = { toolUse: { toolUseId: part.id, name: part.name } };
        return [...frames, frame({ contentBlockStart: { contentBlockIndex: blockIndex, start } })];
      }
      case 'tool-call-delta':
        return [delta({ toolUse: { input: part.arguments } })];
      case 'ping':
        // ConverseStream has no keep-alive event.
        return [];
    }
  };
  return {
    headers: { 'content-type': 'application/vnd.amazon.eventstream', 'x-amzn-requestid': createRequestId() },
    start: () => [frame({ messageStart: { role: 'assistant' } })],
    render,
    renderError: (error) => [encodeStreamError(error)],
    finish: () => [
      ...stopBlock(),
      frame({
        messageStop: {
          stopReason: bedrockStopReasons[context.finishReason],
          ...additionalResponseFields(context.script, context.finishReason),
        },
      }),
      frame({
        metadata: { usage: toBedrockUsage(context.usage), metrics: { latencyMs: Date.now() - context.startedAt } },
      }),
    ],
  };
}
