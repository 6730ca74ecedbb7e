import { createHash } from 'node:crypto';
import {
  AccessDeniedException,
  decodeConverseStream,
  ModelStreamErrorException,
  ModelTimeoutException,
  ThrottlingException,
  ValidationException,
} from '@heimdall/eventstream';
import { createMockUpstream, type MockUpstream } from '@heimdall/mock-upstream';
import type { ConverseStreamEvent } from '@heimdall/spec';
import { loadRecording, loadStreamRecordings } from '@heimdall/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BedrockProviderSettings } from '../../providers/bedrock/bedrock-settings.js';
import { eventsOfBatches } from '../../streaming/observe-events.js';
import type { UpstreamConverseRequest } from '../provider-adapter.js';
import { UpstreamFailure } from '../shared/upstream-failure.js';
import { createBedrockAdapter } from './bedrock-adapter.js';

const credentials = { accessKeyId: 'AKIAGATEWAYTESTKEY01', secretAccessKey: 'gateway-test-secret-access-key' };
const bearerToken = 'ABSKZ2F0ZXdheS10ZXN0LWJlYXJlci10b2tlbg';
let mock: MockUpstream;

beforeAll(async () => {
  mock = await createMockUpstream({ apiKeys: { bedrock: { ...credentials, bearerToken } } });
});
afterAll(async () => {
  await mock.close();
});
beforeEach(() => {
  mock.reset();
});

function settings(overrides: Partial<BedrockProviderSettings> = {}): BedrockProviderSettings {
  return {
    type: 'bedrock',
    name: 'bedrock',
    region: 'us-east-1',
    baseUrl: mock.bedrockBaseUrl,
    credentials,
    timeouts: { firstByteMs: 5_000, idleMs: 5_000 },
    retries: { max: 0, baseDelayMs: 0, maxDelayMs: 0 },
    headers: {},
    ...overrides,
  };
}

const ask: UpstreamConverseRequest = {
  messages: [{ role: 'user', content: [{ text: 'Weather in Paris?' }] }],
  inferenceConfig: { maxTokens: 300, temperature: 0.2 },
  additionalModelRequestFields: { top_k: 5 },
};

const call = (model: string) => ({
  request: ask,
  model,
  signal: new AbortController().signal,
  requestId: 'request-1',
  startedAt: performance.now(),
});

async function stream(
  model: string,
  options: Partial<BedrockProviderSettings> = {},
): Promise<{ events: ConverseStreamEvent[]; error: unknown }> {
  const events: ConverseStreamEvent[] = [];
  try {
    for await (const event of eventsOfBatches(
      await createBedrockAdapter(settings(options)).converseStream(call(model)),
    )) {
      events.push(event);
    }
    return { events, error: undefined };
  } catch (error) {
    return { events, error };
  }
}

/** The events of a recording, decoded straight from its bytes. */
async function eventsOf(bytes: Uint8Array): Promise<ConverseStreamEvent[]> {
  async function* whole() {
    yield bytes;
  }
  const events: ConverseStreamEvent[] = [];
  for await (const event of decodeConverseStream(whole())) events.push(event);
  return events;
}

describe('Bedrock adapter replaying real Bedrock recordings', () => {
  it.each(loadStreamRecordings().map((recording) => [recording.name, recording] as const))(
    'yields exactly the events of %s',
    async (name, recording) => {
      const { events, error } = await stream(`recording.${name}`);

      expect(error).toBeUndefined();
      expect(events).toEqual(await eventsOf(recording.eventStream));
      expect(mock.requests[0]?.path).toBe(`/model/recording.${name}/converse-stream`);
    },
  );

  it('yields the same events when the stream arrives in pieces that cut frames apart', async () => {
    const recording = loadRecording('model_thinking_part_stream');
    mock.replayFor('us.anthropic.claude-sonnet-4-20250514-v1:0', { recording: recording.name, chunkBytes: 5 });
    const { events, error } = await stream('us.anthropic.claude-sonnet-4-20250514-v1:0');

    expect(error).toBeUndefined();
    expect(events).toEqual(await eventsOf(recording.eventStream));
    expect(mock.requests[0]?.path).toBe(recording.request.path);
  });

  it('keeps the recorded 400 of an unknown model as a ValidationException with its message', async () => {
    const { error } = await stream('recording.streaming_error');

    expect(error).toBeInstanceOf(UpstreamFailure);
    const failure = error as UpstreamFailure;
    expect(failure.error).toBeInstanceOf(ValidationException);
    expect(failure.error).toMatchObject({ status: 400, message: 'The provided model identifier is invalid.' });
    expect(failure.retryable).toBe(false);
  });
});

describe('Bedrock adapter authentication', () => {
  it('signs with the configured key for service bedrock, sending the body unchanged', async () => {
    const { error } = await stream('us.amazon.nova-micro-v1:0');
    const received = mock.requests[0];

    expect(error).toBeUndefined();
    expect(received?.path).toBe('/model/us.amazon.nova-micro-v1%3A0/converse-stream');
    expect(received?.rawBody).toBe(JSON.stringify(ask));
    expect(received?.authorization).toEqual({
      scheme: 'sigv4',
      accessKeyId: credentials.accessKeyId,
      region: 'us-east-1',
      service: 'bedrock',
      signedHeaders: ['accept', 'content-type', 'host', 'x-amz-content-sha256', 'x-amz-date'],
      verified: true,
    });
    expect(received?.headers['x-amz-content-sha256']).toBe(
      createHash('sha256').update(JSON.stringify(ask)).digest('hex'),
    );
  });

  it('signs configured extra headers and a session token too', async () => {
    const { error } = await stream('m', {
      credentials: { ...credentials, sessionToken: 'session-token-value' },
      headers: { 'X-Team': 'search' },
    });

    expect(error).toBeUndefined();
    expect(mock.requests[0]?.headers['x-team']).toBe('search');
    expect(mock.requests[0]?.authorization).toMatchObject({
      signedHeaders: expect.arrayContaining(['x-team', 'x-amz-security-token']),
      verified: true,
    });
  });

  it('signs with credentials the default AWS chain finds in the environment when none are configured', async () => {
    const saved = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };
    process.env.AWS_ACCESS_KEY_ID = credentials.accessKeyId;
    process.env.AWS_SECRET_ACCESS_KEY = credentials.secretAccessKey;
    try {
      const { error } = await stream('m', { credentials: undefined });
      expect(error).toBeUndefined();
      expect(mock.requests[0]?.authorization).toMatchObject({ accessKeyId: credentials.accessKeyId, verified: true });
    } finally {
      restoreEnvironment('AWS_ACCESS_KEY_ID', saved.id);
      restoreEnvironment('AWS_SECRET_ACCESS_KEY', saved.secret);
    }
  });

  it('sends the Bedrock API key as a bearer token instead of signing', async () => {
    const { error } = await stream('m', { bearerToken });

    expect(error).toBeUndefined();
    expect(mock.requests[0]?.authorization).toEqual({ scheme: 'bearer', verified: true });
    expect(mock.requests[0]?.headers).not.toHaveProperty('x-amz-date');
  });

  it("answers a wrong secret or an unknown key with AccessDeniedException and Bedrock's message", async () => {
    const wrongSecret = await stream('m', { credentials: { ...credentials, secretAccessKey: 'wrong' } });
    const unknownKey = await stream('m', { credentials: { ...credentials, accessKeyId: 'AKIAUNKNOWNKEY000000' } });

    expect((wrongSecret.error as UpstreamFailure).error).toBeInstanceOf(AccessDeniedException);
    expect((wrongSecret.error as UpstreamFailure).retryable).toBe(false);
    expect((unknownKey.error as UpstreamFailure).error).toMatchObject({
      type: 'AccessDeniedException',
      status: 403,
      message: 'The security token included in the request is invalid.',
    });
  });
});

function restoreEnvironment(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

describe('Bedrock adapter errors', () => {
  it('keeps a pre-stream 429 as a retryable ThrottlingException, honouring retry-after', async () => {
    mock.script({ failure: { type: 'http-error', status: 429, retryAfterSeconds: 3 }, steps: [] });
    const { error } = await stream('m');

    expect(error).toBeInstanceOf(UpstreamFailure);
    const failure = error as UpstreamFailure;
    expect(failure.error).toBeInstanceOf(ThrottlingException);
    expect(failure.error).toMatchObject({
      status: 429,
      message: 'Too many requests, please wait before trying again.',
    });
    expect(failure.error.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(failure).toMatchObject({ retryable: true, retryAfterMs: 3_000 });
  });

  it('keeps a pre-stream 400 as a ValidationException with its message, not retried', async () => {
    mock.script({
      failure: { type: 'http-error', status: 400, message: 'maxTokens exceeds the model limit' },
      steps: [],
    });
    const { error } = await stream('m');

    expect((error as UpstreamFailure).error).toBeInstanceOf(ValidationException);
    expect(error).toMatchObject({
      retryable: false,
      error: { status: 400, message: 'maxTokens exceeds the model limit' },
    });
  });

  it('does not retry a ModelTimeoutException', async () => {
    mock.script({ failure: { type: 'http-error', status: 408 }, steps: [] });
    const { error } = await stream('m');

    expect((error as UpstreamFailure).error).toBeInstanceOf(ModelTimeoutException);
    expect((error as UpstreamFailure).retryable).toBe(false);
  });

  it('passes an exception frame through as the typed error, after the events before it', async () => {
    mock.script({
      steps: [
        { type: 'text', text: 'Partial' },
        { type: 'stream-error', status: 529, message: 'Overloaded' },
      ],
    });
    const { events, error } = await stream('m');

    expect(events).toEqual([
      { messageStart: { role: 'assistant' } },
      { contentBlockDelta: { contentBlockIndex: 0, delta: { text: 'Partial' } } },
    ]);
    expect(error).toBeInstanceOf(ModelStreamErrorException);
    expect(error).toMatchObject({ message: 'Overloaded', originalStatusCode: 529, originalMessage: 'Overloaded' });
  });

  it('fails with ModelStreamErrorException when the connection drops mid-stream', async () => {
    mock.script({ steps: [{ type: 'text', text: 'Partial' }, { type: 'drop-connection' }] });
    const { events, error } = await stream('m');

    expect(events).toHaveLength(2);
    expect(error).toBeInstanceOf(ModelStreamErrorException);
    expect((error as Error).message).toMatch(/^bedrock: the upstream connection failed mid-reply/);
  });
});

describe('Bedrock adapter converse', () => {
  it('returns the ConverseResponse of /converse as the mock sent it', async () => {
    mock.script({
      steps: [
        { type: 'text', text: 'Calling.' },
        { type: 'tool-calls', calls: [{ id: 'tooluse_1', name: 'get_weather', arguments: ['{"city":"Rome"}'] }] },
      ],
      usage: { inputTokens: 30, outputTokens: 12, cacheWriteTokens: 4 },
    });
    const adapter = createBedrockAdapter(settings());
    const reply = await adapter.converse?.(call('us.amazon.nova-micro-v1:0'));

    expect(mock.requests[0]?.path).toBe('/model/us.amazon.nova-micro-v1%3A0/converse');
    expect(mock.requests[0]?.authorization).toMatchObject({ scheme: 'sigv4', verified: true });
    expect(reply).toEqual({
      output: {
        message: {
          role: 'assistant',
          content: [
            { text: 'Calling.' },
            { toolUse: { toolUseId: 'tooluse_1', name: 'get_weather', input: { city: 'Rome' } } },
          ],
        },
      },
      stopReason: 'tool_use',
      usage: { inputTokens: 30, outputTokens: 12, totalTokens: 46, cacheWriteInputTokens: 4 },
      metrics: { latencyMs: expect.any(Number) },
    });
  });

  it('keeps the error type of a failed /converse', async () => {
    mock.script({ failure: { type: 'http-error', status: 503 }, steps: [] });
    const error = await createBedrockAdapter(settings())
      .converse?.(call('m'))
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({ retryable: true, error: { type: 'ServiceUnavailableException', status: 503 } });
  });
});
