import { ModelStreamErrorException } from '@heimdall/eventstream';
import type { ConverseStreamEvent } from '@heimdall/spec';
import { createSpecValidator } from '@heimdall/testing';
import { describe, expect, it } from 'vitest';
import { chatStreamCases } from './chat-stream-cases.js';
import { ChatStreamState } from './chat-stream-state.js';

const spec = createSpecValidator();

function translate(chunks: (typeof chatStreamCases)[string]): ConverseStreamEvent[] {
  const state = new ChatStreamState({ toolUseIdPrefix: 'tooluse_test', redact: (text) => text });
  const events = state.start();
  for (const chunk of chunks) {
    if (chunk === '[DONE]') state.done = true;
    else events.push(...state.onChunk(chunk));
  }
  events.push(...state.finish(42));
  return events;
}

describe('OpenAI chat completion stream → Converse events (golden files)', () => {
  it.each(Object.entries(chatStreamCases))('%s', async (name, chunks) => {
    const events = translate(chunks);
    for (const event of events) expect(spec.problems('ConverseStreamEvent', event)).toEqual([]);
    await expect(`${JSON.stringify(events, null, 2)}\n`).toMatchFileSnapshot(`./golden/stream-${name}.json`);
  });

  it('numbers blocks in order and closes each before the next, as Bedrock does', () => {
    const events = translate(chatStreamCases['parallel-tool-calls'] ?? []);
    const trail = events.map((event) => {
      const [type, payload] = Object.entries(event)[0] ?? [];
      const index = (payload as { contentBlockIndex?: number }).contentBlockIndex;
      return index === undefined ? type : `${type}#${index}`;
    });
    expect(trail).toEqual([
      'messageStart',
      'contentBlockStart#0',
      'contentBlockDelta#0',
      'contentBlockDelta#0',
      'contentBlockStop#0',
      'contentBlockStart#1',
      'contentBlockDelta#1',
      'contentBlockStop#1',
      'messageStop',
      'metadata',
    ]);
  });

  it('turns an error chunk into a model stream error with the upstream message', () => {
    const state = new ChatStreamState({
      toolUseIdPrefix: 't',
      redact: (text) => text.replace('sk-live', '[redacted]'),
    });
    expect(() => state.onChunk({ error: { message: 'overloaded sk-live' } })).toThrow(ModelStreamErrorException);
    expect(() => state.onChunk({ error: { message: 'overloaded sk-live' } })).toThrow('overloaded [redacted]');
  });

  it('treats a stream cut off before any finish reason as a failure, never a complete reply', () => {
    const state = new ChatStreamState({ toolUseIdPrefix: 't', redact: (text) => text });
    state.onChunk({ choices: [{ index: 0, delta: { content: 'Hal' } }] });
    expect(() => state.finish(1)).toThrow('closed the stream before the reply was complete');
  });
});
