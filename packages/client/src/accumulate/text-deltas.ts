import type { ConverseStreamEvent } from '@heimdall/spec';

/**
 * The text of each text delta, in order; reasoning, tool calls and every other event are left out. Stopping early
 * (`break`) stops the source.
 */
export async function* textDeltas(events: AsyncIterable<ConverseStreamEvent>): AsyncGenerator<string, void, undefined> {
  for await (const event of events) {
    if ('contentBlockDelta' in event && 'text' in event.contentBlockDelta.delta) {
      yield event.contentBlockDelta.delta.text;
    }
  }
}

/** The text of every text delta joined: the reply's text without reasoning or tool calls. */
export async function collectText(events: AsyncIterable<ConverseStreamEvent>): Promise<string> {
  let text = '';
  for await (const delta of textDeltas(events)) text += delta;
  return text;
}
