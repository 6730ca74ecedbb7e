import { ModelStreamErrorException } from '@heimdall/eventstream';
import type { ConverseStreamEvent } from '@heimdall/spec';
import { createSpecValidator } from '@heimdall/testing';
import { describe, expect, it } from 'vitest';
import type { MessagesStreamEvent } from './messages-api-types.js';
import { messagesStreamCases } from './messages-stream-cases.js';
import { MessagesStreamState } from './messages-stream-state.js';

const spec = createSpecValidator();

function translate(events: MessagesStreamEvent[]): ConverseStreamEvent[] {
  const state = new MessagesStreamState({ redact: (text) => text });
  const converse = state.start();
  for (const event of events) converse.push(...state.onEvent(event));
  converse.push(...state.finish(42));
  return converse;
}

/** Each event as `type#index`, to read the block structure at a glance. */
function trail(events: ConverseStreamEvent[]): string[] {
  return events.map((event) => {
    const [type, payload] = Object.entries(event)[0] ?? [];
    const index = (payload as { contentBlockIndex?: number }).contentBlockIndex;
    return index === undefined ? String(type) : `${type}#${index}`;
  });
}

describe('Anthropic Messages stream → Converse events (golden files)', () => {
  it.each(Object.entries(messagesStreamCases))('%s', async (name, events) => {
    const converse = translate(events);
    for (const event of converse) expect(spec.problems('ConverseStreamEvent', event)).toEqual([]);
    await expect(`${JSON.stringify(converse, null, 2)}\n`).toMatchFileSnapshot(`./golden/stream-${name}.json`);
  });

  it('keeps each signature in the thinking block it closes, across tool calls', () => {
    const converse = translate(messagesStreamCases['interleaved-thinking-and-tool-use'] ?? []);
    const signatures = converse.flatMap((event) => {
      if (!('contentBlockDelta' in event)) return [];
      const delta = event.contentBlockDelta;
      if (!('reasoningContent' in delta.delta)) return [];
      const reasoning = delta.delta.reasoningContent;
      return 'signature' in reasoning ? [`${delta.contentBlockIndex}:${reasoning.signature}`] : [];
    });
    expect(signatures).toEqual(['0:sig-before-call', '2:sig-after-call']);
    expect(trail(converse)).toEqual([
      'messageStart',
      'contentBlockDelta#0',
      'contentBlockDelta#0',
      'contentBlockStop#0',
      'contentBlockStart#1',
      'contentBlockDelta#1',
      'contentBlockStop#1',
      'contentBlockDelta#2',
      'contentBlockDelta#2',
      'contentBlockStop#2',
      'contentBlockStart#3',
      'contentBlockDelta#3',
      'contentBlockStop#3',
      'messageStop',
      'metadata',
    ]);
  });

  it('counts cache reads and writes into totalTokens, as Bedrock does for Claude', () => {
    const converse = translate(messagesStreamCases['cache-read-and-write'] ?? []);
    expect(converse.at(-1)).toHaveProperty('metadata.usage', {
      inputTokens: 2,
      outputTokens: 5,
      totalTokens: 3129,
      cacheReadInputTokens: 1800,
      cacheWriteInputTokens: 1322,
      cacheDetails: [
        { ttl: '1h', inputTokens: 1000 },
        { ttl: '5m', inputTokens: 322 },
      ],
    });
  });
});

describe('Anthropic stream failures', () => {
  it('turns an error event into a model stream error with the upstream message and status', () => {
    const state = new MessagesStreamState({ redact: (text) => text.replace('sk-ant-live', '[redacted]') });
    state.start();
    state.onEvent({ type: 'message_start', message: { usage: { input_tokens: 1 } } });
    const error = (() => {
      try {
        state.onEvent({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded sk-ant-live' } });
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(ModelStreamErrorException);
    expect(error).toMatchObject({
      message: 'The model failed while streaming (overloaded_error): Overloaded [redacted]',
      originalMessage: 'Overloaded [redacted]',
      originalStatusCode: 529,
    });
  });

  it('treats a stream that ends without message_stop as a failure, even after a stop reason', () => {
    const state = new MessagesStreamState({ redact: (text) => text });
    state.start();
    for (const event of (messagesStreamCases.text ?? []).slice(0, -1)) state.onEvent(event);
    expect(() => state.finish(1)).toThrow('closed the stream before the reply was complete');
  });
});
