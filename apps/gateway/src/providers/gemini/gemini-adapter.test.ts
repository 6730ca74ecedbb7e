import {
  AccessDeniedException,
  ModelStreamErrorException,
  ResourceNotFoundException,
  ServiceUnavailableException,
  ThrottlingException,
  ValidationException,
} from '@heimdall/eventstream';
import { createMockUpstream, type MockUpstream } from '@heimdall/mock-upstream';
import type { ConverseStreamEvent } from '@heimdall/spec';
import { createSpecValidator } from '@heimdall/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eventsOfBatches } from '../../streaming/observe-events.js';
import type { UpstreamConverseRequest } from '../provider-adapter.js';
import { UpstreamFailure } from '../shared/upstream-failure.js';
import { createGeminiAdapter } from './gemini-adapter.js';
import type { GeminiProviderSettings } from './gemini-settings.js';

const apiKey = 'AIzaSyTestKey0123456789abcdefghijklmno';
const spec = createSpecValidator();
let mock: MockUpstream;

beforeAll(async () => {
  mock = await createMockUpstream({ apiKeys: { gemini: apiKey } });
});
afterAll(async () => {
  await mock.close();
});
beforeEach(() => {
  mock.reset();
});

function settings(overrides: Partial<GeminiProviderSettings> = {}): GeminiProviderSettings {
  return {
    type: 'gemini',
    name: 'gemini',
    baseUrl: mock.geminiBaseUrl,
    timeouts: { firstByteMs: 5_000, idleMs: 5_000 },
    retries: { max: 0, baseDelayMs: 0, maxDelayMs: 0 },
    keys: [{ key: apiKey, weight: 1 }],
    headers: {},
    ...overrides,
  };
}

const ask: UpstreamConverseRequest = { messages: [{ role: 'user', content: [{ text: 'Weather in Paris?' }] }] };

async function converse(
  request: UpstreamConverseRequest = ask,
  options: Partial<GeminiProviderSettings> = {},
): Promise<{ events: ConverseStreamEvent[]; error: unknown }> {
  const stream = await createGeminiAdapter(settings(options)).converseStream({
    request,
    model: 'gemini-2.5-flash',
    signal: new AbortController().signal,
    requestId: 'request-1',
    startedAt: performance.now(),
  });
  const events: ConverseStreamEvent[] = [];
  try {
    for await (const event of eventsOfBatches(stream)) {
      expect(spec.problems('ConverseStreamEvent', event)).toEqual([]);
      events.push(event);
    }
    return { events, error: undefined };
  } catch (error) {
    return { events, error };
  }
}

const failureOf = (options: Partial<GeminiProviderSettings> = {}) =>
  converse(ask, options).then(
    () => undefined,
    (caught: unknown) => caught as UpstreamFailure,
  );
const deltas = (events: ConverseStreamEvent[]) =>
  events.flatMap((event) => ('contentBlockDelta' in event ? [event.contentBlockDelta] : []));

describe('Gemini adapter against the generateContent wire format', () => {
  it('streams text from streamGenerateContent with alt=sse and the key in x-goog-api-key', async () => {
    mock.script({
      steps: [
        { type: 'text', text: 'Sunny' },
        { type: 'text', text: ' and warm.' },
      ],
      usage: { inputTokens: 12, outputTokens: 4, cacheReadTokens: 100 },
    });
    const { events, error } = await converse({ ...ask, system: [{ text: 'Be brief.' }] });

    expect(error).toBeUndefined();
    expect(deltas(events).map((delta) => delta.delta)).toEqual([{ text: 'Sunny' }, { text: ' and warm.' }]);
    expect(events.at(-2)).toEqual({ messageStop: { stopReason: 'end_turn' } });
    expect(events.at(-1)).toHaveProperty('metadata.usage', {
      inputTokens: 12,
      outputTokens: 4,
      totalTokens: 116,
      cacheReadInputTokens: 100,
    });
    const [received] = mock.requests;
    expect(received?.path).toBe('/v1beta/models/gemini-2.5-flash:streamGenerateContent');
    expect(received?.headers).toMatchObject({ 'x-goog-api-key': apiKey, 'content-type': 'application/json' });
    expect(received?.body).toEqual({
      contents: [{ role: 'user', parts: [{ text: 'Weather in Paris?' }] }],
      systemInstruction: { parts: [{ text: 'Be brief.' }] },
    });
  });

  it('streams thinking, then each call of a step as its own tool-use block, the signature just before the calls', async () => {
    mock.script({
      steps: [
        { type: 'reasoning', text: 'Two cities.' },
        { type: 'reasoning-signature', signature: 'c2lnLWNhbGw=' },
        {
          type: 'tool-calls',
          calls: [
            { id: 'call_paris', name: 'get_weather', arguments: ['{"city":', '"Paris"}'] },
            { id: 'call_rome', name: 'get_weather', arguments: ['{"city":"Rome"}'] },
          ],
        },
      ],
    });
    const { events } = await converse();

    expect(deltas(events).map((delta) => [delta.contentBlockIndex, delta.delta])).toEqual([
      [0, { reasoningContent: { text: 'Two cities.' } }],
      [1, { reasoningContent: { signature: 'c2lnLWNhbGw=' } }],
      [2, { toolUse: { input: '{"city":"Paris"}' } }],
      [3, { toolUse: { input: '{"city":"Rome"}' } }],
    ]);
    expect(events.flatMap((event) => ('contentBlockStart' in event ? [event.contentBlockStart] : []))).toEqual([
      { contentBlockIndex: 2, start: { toolUse: { toolUseId: 'call_paris', name: 'get_weather' } } },
      { contentBlockIndex: 3, start: { toolUse: { toolUseId: 'call_rome', name: 'get_weather' } } },
    ]);
    expect(events.at(-2)).toEqual({ messageStop: { stopReason: 'tool_use' } });
  });

  it('reports a safety stop as content_filtered', async () => {
    mock.script({ steps: [{ type: 'text', text: 'Par' }], finishReason: 'content-filter' });
    const { events } = await converse();
    expect(events.at(-2)).toEqual({ messageStop: { stopReason: 'content_filtered' } });
  });
});

describe('Gemini failures as Bedrock errors', () => {
  it('answers a 429 with a retryable ThrottlingException that waits for the RetryInfo delay in the body', async () => {
    mock.script({ failure: { type: 'http-error', status: 429, retryAfterSeconds: 13 }, steps: [] });
    const failure = await failureOf();

    expect(failure).toBeInstanceOf(UpstreamFailure);
    expect(failure?.error).toBeInstanceOf(ThrottlingException);
    expect(failure?.error.message).toBe(
      'gemini: You exceeded your current quota, please check your plan and billing details.',
    );
    expect({ retryable: failure?.retryable, retryAfterMs: failure?.retryAfterMs }).toEqual({
      retryable: true,
      retryAfterMs: 13_000,
    });
  });

  it('answers a key Google calls invalid (its 400 API_KEY_INVALID) with AccessDeniedException, without the key', async () => {
    const wrongKey = 'AIzaSyWrongKey9876543210zyxwvutsrqpon';
    const failure = await failureOf({ keys: [{ key: wrongKey, weight: 1 }] });

    expect(failure?.error).toBeInstanceOf(AccessDeniedException);
    expect(failure?.error.message).toBe('gemini: API key not valid. Please pass a valid API key.');
    expect(failure?.error.message).not.toContain(wrongKey);
    expect(failure?.retryable).toBe(false);
  });

  it('tries the provider’s other key at once when Google refuses one', async () => {
    const keys = [
      { key: 'AIzaSyWrongKeyNumberOne000000000000000', weight: 1 },
      { key: 'AIzaSyWrongKeyNumberTwo000000000000000', weight: 1 },
    ];
    const failure = await failureOf({ keys });

    expect(failure?.error).toBeInstanceOf(AccessDeniedException);
    expect(failure?.retryable).toBe(true);
    // At once: the other key is free, so there is nothing to wait for.
    expect(failure?.retryAfterMs).toBe(0);
  });

  it.each([
    [503, ServiceUnavailableException, true],
    [404, ResourceNotFoundException, false],
    [400, ValidationException, false],
  ] as const)('answers a %i with %o (retryable: %s)', async (status, ErrorType, retryable) => {
    mock.script({ failure: { type: 'http-error', status }, steps: [] });
    const failure = await failureOf();
    expect(failure?.error).toBeInstanceOf(ErrorType);
    expect(failure?.retryable).toBe(retryable);
  });

  it('fails the stream with a model stream error after the text that came before an error event', async () => {
    mock.script({
      steps: [
        { type: 'text', text: 'Partial' },
        { type: 'stream-error', status: 503 },
      ],
    });
    const { events, error } = await converse();

    expect(deltas(events).map((delta) => delta.delta)).toEqual([{ text: 'Partial' }]);
    expect(error).toBeInstanceOf(ModelStreamErrorException);
    expect(error).toMatchObject({
      originalMessage: 'The model is overloaded. Please try again later.',
      originalStatusCode: 503,
    });
    expect(events.some((event) => 'messageStop' in event)).toBe(false);
  });

  it('fails the stream, never ends it quietly, when the connection drops mid-reply', async () => {
    mock.script({ steps: [{ type: 'text', text: 'Partial' }, { type: 'drop-connection' }] });
    const { events, error } = await converse();

    expect(error).toBeInstanceOf(ModelStreamErrorException);
    expect((error as Error).message).toMatch(/^gemini: the upstream connection failed mid-reply/);
    expect(events.some((event) => 'messageStop' in event)).toBe(false);
  });
});
