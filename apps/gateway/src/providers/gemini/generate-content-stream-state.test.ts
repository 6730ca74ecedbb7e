import { ModelStreamErrorException } from '@heimdall/eventstream';
import type { ConverseStreamEvent } from '@heimdall/spec';
import { createSpecValidator } from '@heimdall/testing';
import { describe, expect, it } from 'vitest';
import { generateContentStreamCases } from './generate-content-stream-cases.js';
import { GenerateContentStreamState } from './generate-content-stream-state.js';
import type { GenerateContentResponse } from './generate-content-types.js';

const spec = createSpecValidator();

function translate(chunks: GenerateContentResponse[]): ConverseStreamEvent[] {
  const state = new GenerateContentStreamState({ toolUseIdPrefix: 'tooluse_gemini_test_', redact: (text) => text });
  const events = state.start();
  for (const chunk of chunks) events.push(...state.onChunk(chunk));
  events.push(...state.finish(42));
  return events;
}

/** Each event as `type#index`, to read the block structure at a glance. */
function trail(events: ConverseStreamEvent[]): string[] {
  return events.map((event) => {
    const [type, payload] = Object.entries(event)[0] ?? [];
    const index = (payload as { contentBlockIndex?: number }).contentBlockIndex;
    return index === undefined ? String(type) : `${type}#${index}`;
  });
}

const deltas = (events: ConverseStreamEvent[]) =>
  events.flatMap((event) => ('contentBlockDelta' in event ? [event.contentBlockDelta] : []));

describe('Gemini streamGenerateContent → Converse events (golden files)', () => {
  it.each(Object.entries(generateContentStreamCases))('%s', async (name, chunks) => {
    const events = translate(chunks);
    for (const event of events) expect(spec.problems('ConverseStreamEvent', event)).toEqual([]);
    await expect(`${JSON.stringify(events, null, 2)}\n`).toMatchFileSnapshot(`./golden/stream-${name}.json`);
  });

  it('gives each of several calls in one chunk a block of its own, with its whole arguments', () => {
    const events = translate(generateContentStreamCases['parallel-calls-in-one-chunk'] ?? []);
    expect(trail(events)).toEqual([
      'messageStart',
      'contentBlockDelta#0',
      'contentBlockStop#0',
      'contentBlockStart#1',
      'contentBlockDelta#1',
      'contentBlockStop#1',
      'contentBlockStart#2',
      'contentBlockDelta#2',
      'contentBlockStop#2',
      'messageStop',
      'metadata',
    ]);
    expect(deltas(events).map((delta) => delta.delta)).toEqual([
      { text: 'Checking both.' },
      { toolUse: { input: '{"city":"Paris"}' } },
      { toolUse: { input: '{"city":"Rome"}' } },
    ]);
    expect(events.at(-2)).toEqual({ messageStop: { stopReason: 'tool_use' } });
  });

  it('makes up a distinct toolUseId for each call Gemini sent without an id', () => {
    const events = translate(generateContentStreamCases['calls-without-ids'] ?? []);
    const starts = events.flatMap((event) => ('contentBlockStart' in event ? [event.contentBlockStart.start] : []));
    expect(starts).toEqual([
      { toolUse: { toolUseId: 'tooluse_gemini_test_0', name: 'lookup' } },
      { toolUse: { toolUseId: 'tooluse_gemini_test_1', name: 'lookup' } },
    ]);
  });

  it('keeps a call’s thought signature in a reasoning block of its own, right before the call', () => {
    const events = translate(generateContentStreamCases['thoughts-then-signed-call'] ?? []);
    expect(deltas(events).map((delta) => [delta.contentBlockIndex, delta.delta])).toEqual([
      [0, { reasoningContent: { text: 'The user wants ' } }],
      [0, { reasoningContent: { text: 'the weather.' } }],
      [1, { reasoningContent: { signature: 'c2lnLWNhbGw=' } }],
      [2, { toolUse: { input: '{"city":"Oslo"}' } }],
    ]);
  });

  it('counts thinking as output and takes cached tokens out of the input, as Bedrock counts them', () => {
    expect(translate(generateContentStreamCases['thoughts-then-signed-call'] ?? []).at(-1)).toHaveProperty(
      'metadata.usage',
      { inputTokens: 30, outputTokens: 62, totalTokens: 92 },
    );
    expect(translate(generateContentStreamCases['max-tokens-with-cached-prompt'] ?? []).at(-1)).toHaveProperty(
      'metadata.usage',
      { inputTokens: 176, outputTokens: 2, totalTokens: 1202, cacheReadInputTokens: 1024 },
    );
  });
});

describe('Gemini stream failures', () => {
  it('turns an error event into a model stream error with the upstream message and code', () => {
    const state = new GenerateContentStreamState({
      toolUseIdPrefix: 't',
      redact: (text) => text.replace('AIzaSySecret', '[redacted]'),
    });
    state.start();
    const error = (() => {
      try {
        state.onChunk({ error: { code: 503, message: 'Overloaded AIzaSySecret', status: 'UNAVAILABLE' } });
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(ModelStreamErrorException);
    expect(error).toMatchObject({
      message: 'The model failed while streaming (UNAVAILABLE): Overloaded [redacted]',
      originalMessage: 'Overloaded [redacted]',
      originalStatusCode: 503,
    });
  });

  it('treats a stream that ends without a finish reason as a failure, never a complete reply', () => {
    const state = new GenerateContentStreamState({ toolUseIdPrefix: 't', redact: (text) => text });
    state.start();
    for (const chunk of (generateContentStreamCases.text ?? []).slice(0, -1)) state.onChunk(chunk);
    expect(() => state.finish(1)).toThrow('closed the stream before the reply was complete');
  });

  it('fails on a chunk that is not JSON', () => {
    const state = new GenerateContentStreamState({ toolUseIdPrefix: 't', redact: (text) => text });
    expect(() => state.onMessage('{"candidates": [')).toThrow('a chunk that is not JSON');
  });
});
