import {
  AccessDeniedException,
  ModelStreamErrorException,
  ServiceUnavailableException,
  ThrottlingException,
} from '@heimdall/eventstream';
import { createMockUpstream, type MockUpstream } from '@heimdall/mock-upstream';
import type { ConverseStreamEvent } from '@heimdall/spec';
import { createSpecValidator } from '@heimdall/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AnthropicProviderSettings } from '../../providers/anthropic/anthropic-settings.js';
import { eventsOfBatches } from '../../streaming/observe-events.js';
import type { UpstreamConverseRequest } from '../provider-adapter.js';
import { UpstreamFailure } from '../shared/upstream-failure.js';
import { createAnthropicAdapter } from './anthropic-adapter.js';

const apiKey = 'sk-ant-api03-test-key-0123456789';
const spec = createSpecValidator();
let mock: MockUpstream;

beforeAll(async () => {
  mock = await createMockUpstream({ apiKeys: { anthropic: apiKey } });
});
afterAll(async () => {
  await mock.close();
});
beforeEach(() => {
  mock.reset();
});

function settings(overrides: Partial<AnthropicProviderSettings> = {}): AnthropicProviderSettings {
  return {
    type: 'anthropic',
    name: 'anthropic',
    baseUrl: mock.anthropicBaseUrl,
    version: '2023-06-01',
    defaultMaxTokens: 1024,
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
  options: Partial<AnthropicProviderSettings> = {},
): Promise<{ events: ConverseStreamEvent[]; error: unknown }> {
  const adapter = createAnthropicAdapter(settings(options));
  const stream = await adapter.converseStream({
    request,
    model: 'claude-sonnet-4-5',
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

const deltas = (events: ConverseStreamEvent[]) =>
  events.flatMap((event) => ('contentBlockDelta' in event ? [event.contentBlockDelta] : []));
const usageOf = (events: ConverseStreamEvent[]) => {
  const last = events.at(-1);
  return last && 'metadata' in last ? last.metadata.usage : undefined;
};

describe('Anthropic adapter against the Messages wire format', () => {
  it('streams text with the key, version and a streaming body with max_tokens', async () => {
    mock.script({
      steps: [{ type: 'text', text: 'Sunny' }, { type: 'ping' }, { type: 'text', text: ' and warm.' }],
      usage: { inputTokens: 12, outputTokens: 4 },
    });
    const { events, error } = await converse();

    expect(error).toBeUndefined();
    expect(deltas(events).map((delta) => delta.delta)).toEqual([{ text: 'Sunny' }, { text: ' and warm.' }]);
    expect(events.at(-2)).toEqual({ messageStop: { stopReason: 'end_turn' } });
    expect(usageOf(events)).toEqual({ inputTokens: 12, outputTokens: 4, totalTokens: 16 });
    const [received] = mock.requests;
    expect(received?.path).toBe('/v1/messages');
    expect(received?.headers).toMatchObject({
      'x-api-key': apiKey,
      'anthropic-version': '2023-06-01',
      'content-type': 'application/json',
    });
    expect(received?.body).toMatchObject({ model: 'claude-sonnet-4-5', stream: true, max_tokens: 1024 });
  });

  it('streams tool calls one block each, with their input_json_delta pieces', async () => {
    mock.script({
      steps: [
        { type: 'text', text: 'Checking.' },
        {
          type: 'tool-calls',
          calls: [
            { id: 'toolu_paris', name: 'get_weather', arguments: ['{"city":', ' "Paris"}'] },
            { id: 'toolu_rome', name: 'get_weather', arguments: ['{"city": "Rome"}'] },
          ],
        },
      ],
    });
    const { events } = await converse();

    expect(events.flatMap((event) => ('contentBlockStart' in event ? [event.contentBlockStart] : []))).toEqual([
      { contentBlockIndex: 1, start: { toolUse: { toolUseId: 'toolu_paris', name: 'get_weather' } } },
      { contentBlockIndex: 2, start: { toolUse: { toolUseId: 'toolu_rome', name: 'get_weather' } } },
    ]);
    const inputs = deltas(events).filter((delta) => 'toolUse' in delta.delta);
    expect(inputs.map((delta) => [delta.contentBlockIndex, delta.delta])).toEqual([
      [1, { toolUse: { input: '{"city":' } }],
      [1, { toolUse: { input: ' "Paris"}' } }],
      [2, { toolUse: { input: '{"city": "Rome"}' } }],
    ]);
    expect(events.at(-2)).toEqual({ messageStop: { stopReason: 'tool_use' } });
  });

  it('streams thinking with its signature, and redacted thinking as a block of its own', async () => {
    mock.script({
      steps: [
        { type: 'reasoning', text: 'The user wants ' },
        { type: 'reasoning', text: 'the weather.' },
        { type: 'reasoning-signature', signature: 'EqQBCgIYAhIM' },
        { type: 'redacted-reasoning', data: 'EmwKAhgBEgy3' },
        { type: 'text', text: 'Sunny.' },
      ],
    });
    const { events } = await converse();

    expect(deltas(events).map((delta) => [delta.contentBlockIndex, delta.delta])).toEqual([
      [0, { reasoningContent: { text: 'The user wants ' } }],
      [0, { reasoningContent: { text: 'the weather.' } }],
      [0, { reasoningContent: { signature: 'EqQBCgIYAhIM' } }],
      [1, { reasoningContent: { redactedContent: 'EmwKAhgBEgy3' } }],
      [2, { text: 'Sunny.' }],
    ]);
  });

  it('reports cache reads and writes, counted into totalTokens', async () => {
    mock.script({
      steps: [{ type: 'text', text: '21' }],
      usage: { inputTokens: 2, outputTokens: 5, cacheReadTokens: 1200, cacheWriteTokens: 122 },
    });
    const { events } = await converse();

    expect(usageOf(events)).toEqual({
      inputTokens: 2,
      outputTokens: 5,
      totalTokens: 1329,
      cacheReadInputTokens: 1200,
      cacheWriteInputTokens: 122,
    });
  });

  it('asks for the beta features named in additionalModelRequestFields, and only sends the rest in the body', async () => {
    mock.script({ steps: [{ type: 'text', text: 'ok' }] });
    await converse(
      { ...ask, additionalModelRequestFields: { anthropic_beta: ['interleaved-thinking-2025-05-14'], top_k: 3 } },
      { headers: { 'anthropic-beta': 'files-api-2025-04-14' } },
    );

    const [received] = mock.requests;
    expect(received?.headers['anthropic-beta']).toBe('files-api-2025-04-14,interleaved-thinking-2025-05-14');
    expect(received?.body).toMatchObject({ top_k: 3 });
    expect(received?.body).not.toHaveProperty('anthropic_beta');
  });
});

describe('Anthropic failures as Bedrock errors', () => {
  it('answers a 429 with a retryable ThrottlingException that carries the retry-after', async () => {
    mock.script({ failure: { type: 'http-error', status: 429, retryAfterSeconds: 7 }, steps: [] });
    const failure = await converse().catch((caught: unknown) => caught);

    expect(failure).toBeInstanceOf(UpstreamFailure);
    const { error, retryable, retryAfterMs } = failure as UpstreamFailure;
    expect(error).toBeInstanceOf(ThrottlingException);
    expect(error.message).toBe('anthropic: Your organization has hit a rate limit.');
    expect({ retryable, retryAfterMs }).toEqual({ retryable: true, retryAfterMs: 7_000 });
  });

  it('answers a 529 overload with a retryable ServiceUnavailableException', async () => {
    mock.script({ failure: { type: 'http-error', status: 529 }, steps: [] });
    const failure = (await converse().catch((caught: unknown) => caught)) as UpstreamFailure;

    expect(failure.error).toBeInstanceOf(ServiceUnavailableException);
    expect(failure.error.message).toBe('anthropic: Overloaded');
    expect(failure.retryable).toBe(true);
  });

  it('answers a refused key with AccessDeniedException, without the key', async () => {
    const wrongKey = 'sk-ant-api03-wrong-key-9876543210';
    const failure = (await converse(ask, { keys: [{ key: wrongKey, weight: 1 }] }).catch(
      (caught: unknown) => caught,
    )) as UpstreamFailure;

    expect(failure.error).toBeInstanceOf(AccessDeniedException);
    expect(failure.error.message).toBe('anthropic: invalid x-api-key');
    expect(failure.error.message).not.toContain(wrongKey);
  });

  it('fails the stream with a model stream error after the text that came before an error event', async () => {
    mock.script({
      steps: [
        { type: 'text', text: 'Partial' },
        { type: 'stream-error', status: 529 },
      ],
    });
    const { events, error } = await converse();

    expect(deltas(events).map((delta) => delta.delta)).toEqual([{ text: 'Partial' }]);
    expect(error).toBeInstanceOf(ModelStreamErrorException);
    expect(error).toMatchObject({ originalMessage: 'Overloaded', originalStatusCode: 529 });
    expect(events.some((event) => 'messageStop' in event)).toBe(false);
  });

  it('fails the stream, never ends it quietly, when the connection drops mid-reply', async () => {
    mock.script({ steps: [{ type: 'text', text: 'Partial' }, { type: 'drop-connection' }] });
    const { events, error } = await converse();

    expect(error).toBeInstanceOf(ModelStreamErrorException);
    expect((error as Error).message).toMatch(/^anthropic: the upstream connection failed mid-reply/);
    expect(events.some((event) => 'messageStop' in event)).toBe(false);
  });
});
