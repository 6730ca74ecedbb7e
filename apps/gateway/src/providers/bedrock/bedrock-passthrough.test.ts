import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  encodeConverseEvent,
  encodeConverseException,
  InternalServerException,
  ModelErrorException,
  ModelStreamErrorException,
  ThrottlingException,
} from '@heimdall/eventstream';
import type { ConverseStreamEvent } from '@heimdall/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BedrockProviderSettings } from '../../providers/bedrock/bedrock-settings.js';
import { eventsOfBatches } from '../../streaming/observe-events.js';
import { UpstreamFailure } from '../shared/upstream-failure.js';
import { createBedrockAdapter } from './bedrock-adapter.js';

/** Bedrock as a loopback server that answers every request with what the current test sets. */
let answer: (response: ServerResponse) => void = (response) => response.end();
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    request.resume();
    request.on('end', () => answer(response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const bearerToken = 'ABSKcGFzc3Rocm91Z2gtdGVzdC10b2tlbg';
const settings: BedrockProviderSettings = {
  type: 'bedrock',
  name: 'bedrock',
  region: 'us-east-1',
  get baseUrl() {
    return baseUrl;
  },
  bearerToken,
  timeouts: { firstByteMs: 5_000, idleMs: 5_000 },
  retries: { max: 0, baseDelayMs: 0, maxDelayMs: 0 },
  headers: {},
};
const call = {
  request: { messages: [{ role: 'user' as const, content: [{ text: 'Hi' }] }] },
  model: 'us.amazon.nova-pro-v1:0',
  signal: new AbortController().signal,
  requestId: 'request-1',
  startedAt: performance.now(),
};

function streamFrames(frames: Uint8Array[], end: 'end' | 'destroy' = 'end'): void {
  answer = (response) => {
    response.writeHead(200, { 'content-type': 'application/vnd.amazon.eventstream', 'x-amzn-requestid': 'upstream-1' });
    for (const frame of frames) response.write(frame);
    if (end === 'end') response.end();
    else response.destroy();
  };
}

function reply(status: number, headers: Record<string, string>, body: string): void {
  answer = (response) => {
    response.writeHead(status, headers);
    response.end(body);
  };
}

async function collect(): Promise<{ events: ConverseStreamEvent[]; error: unknown }> {
  const events: ConverseStreamEvent[] = [];
  try {
    for await (const event of eventsOfBatches(await createBedrockAdapter(settings).converseStream(call)))
      events.push(event);
    return { events, error: undefined };
  } catch (error) {
    return { events, error };
  }
}

const richEvents = [
  { messageStart: { role: 'assistant' } },
  { contentBlockDelta: { contentBlockIndex: 0, delta: { reasoningContent: { redactedContent: 'AQIDBA==' } } } },
  { contentBlockStop: { contentBlockIndex: 0 } },
  {
    contentBlockDelta: {
      contentBlockIndex: 1,
      delta: {
        citation: {
          title: 'Guide',
          sourceContent: [{ text: 'Paris' }],
          location: { documentChar: { documentIndex: 0, start: 1, end: 5 } },
        },
      },
    },
  },
  { contentBlockStart: { contentBlockIndex: 2, start: { toolResult: { toolUseId: 'tooluse_1', status: 'success' } } } },
  {
    contentBlockDelta: {
      contentBlockIndex: 2,
      delta: { toolResult: [{ json: { temperature: 21 } }, { text: 'sunny' }] },
    },
  },
  { messageStop: { stopReason: 'end_turn', additionalModelResponseFields: { stop_sequence: null, model: 'x' } } },
  {
    metadata: {
      usage: { inputTokens: 3, outputTokens: 4, totalTokens: 7, cacheDetails: [{ ttl: '5m', inputTokens: 2 }] },
      metrics: { latencyMs: 120 },
      trace: { guardrail: { modelOutput: ['ok'] }, promptRouter: { invokedModelId: 'arn:model' } },
      performanceConfig: { latency: 'optimized' },
      serviceTier: { type: 'priority' },
      fieldFromTheFuture: { kept: true },
    },
  },
] as unknown as ConverseStreamEvent[];

describe('Bedrock stream passed through', () => {
  it('yields every field of every event, unknown fields included', async () => {
    streamFrames(richEvents.map((event) => encodeConverseEvent(event)));
    const { events, error } = await collect();

    expect(error).toBeUndefined();
    expect(events).toEqual(richEvents);
  });

  it('turns a throttling exception sent as the first frame into a retryable failure before the stream', async () => {
    streamFrames([encodeConverseException(new ThrottlingException({ message: 'Too many tokens' }))]);
    const { events, error } = await collect();

    expect(events).toEqual([]);
    expect(error).toBeInstanceOf(UpstreamFailure);
    expect((error as UpstreamFailure).error).toBeInstanceOf(ThrottlingException);
    expect((error as UpstreamFailure).retryable).toBe(true);
  });

  it('fails a stream that ends cleanly before messageStop', async () => {
    streamFrames([encodeConverseEvent({ messageStart: { role: 'assistant' } })]);
    const { events, error } = await collect();

    expect(events).toHaveLength(1);
    expect(error).toBeInstanceOf(ModelStreamErrorException);
    expect((error as Error).message).toBe('bedrock: the upstream stream ended before messageStop');
  });

  it('fails with ModelStreamErrorException on a corrupt frame', async () => {
    const corrupt = encodeConverseEvent({ contentBlockStop: { contentBlockIndex: 0 } });
    corrupt[corrupt.length - 1] = (corrupt.at(-1) ?? 0) ^ 0xff;
    streamFrames([encodeConverseEvent({ messageStart: { role: 'assistant' } }), corrupt]);
    const { error } = await collect();

    expect(error).toBeInstanceOf(ModelStreamErrorException);
    expect((error as Error).message).toMatch(/^bedrock: the upstream sent a corrupt event stream/);
  });

  it('refuses a successful reply that is not an event stream', async () => {
    reply(200, { 'content-type': 'text/html' }, '<html>proxy login</html>');
    const { error } = await collect();

    expect((error as UpstreamFailure).error).toBeInstanceOf(InternalServerException);
    expect((error as UpstreamFailure).retryable).toBe(false);
  });
});

describe('Bedrock errors before the stream', () => {
  it('reads the type from the body when the header is missing, and keeps the extra fields', async () => {
    reply(
      424,
      { 'content-type': 'application/json' },
      JSON.stringify({
        __type: 'com.amazon.bedrock#ModelErrorException',
        Message: 'The model failed',
        originalStatusCode: 500,
        resourceName: 'model-x',
      }),
    );
    const { error } = await collect();
    const failure = error as UpstreamFailure;

    expect(failure.error).toBeInstanceOf(ModelErrorException);
    expect(failure.error).toMatchObject({
      status: 424,
      message: 'The model failed',
      originalStatusCode: 500,
      resourceName: 'model-x',
    });
    expect(failure.retryable).toBe(false);
  });

  it('falls back on the status and the raw text for a reply that is not JSON, without secrets', async () => {
    reply(502, { 'content-type': 'text/plain' }, `Bad gateway for Bearer ${bearerToken}`);
    const { error } = await collect();
    const failure = error as UpstreamFailure;

    // The status of the type, as the spec sends it, so that every client reads the same error.
    expect(failure.error).toMatchObject({ type: 'ServiceUnavailableException', status: 503 });
    expect(failure.error.message).toBe('Bad gateway for [redacted]');
    expect(failure.retryable).toBe(true);
  });

  it('answers an AWS type outside the spec with the listed type it stands for, keeping the message', async () => {
    reply(
      403,
      { 'x-amzn-errortype': 'ExpiredTokenException:http://internal.amazon.com/coral/com.amazon.coral.service/' },
      '{"message":"The security token included in the request is expired"}',
    );
    const { error } = await collect();

    expect((error as UpstreamFailure).error).toMatchObject({
      type: 'AccessDeniedException',
      status: 403,
      message: 'The security token included in the request is expired',
    });
    expect((error as UpstreamFailure).retryable).toBe(false);
  });

  it('answers an upstream that serves no such path with ResourceNotFoundException, not as the gateway would', async () => {
    reply(404, { 'x-amzn-errortype': 'UnknownOperationException' }, '{"message":"No such operation"}');
    const { error } = await collect();

    expect((error as UpstreamFailure).error).toMatchObject({ type: 'ResourceNotFoundException', status: 404 });
  });

  it.each([
    [400, 'ValidationException'],
    [429, 'ThrottlingException'],
    [500, 'InternalServerException'],
    [503, 'ServiceUnavailableException'],
  ])('answers a made-up type with status %i as %s, never as sent', async (status, type) => {
    reply(status, { 'x-amzn-errortype': 'Foo', 'content-type': 'application/json' }, '{"message":"odd"}');
    const { error } = await collect();

    expect((error as UpstreamFailure).error).toMatchObject({ type, message: 'odd' });
    expect((error as UpstreamFailure).error.name).toBe(type);
  });
});

describe('Bedrock converse passed through', () => {
  it('returns the reply JSON unchanged, fields unknown to Heimdall included', async () => {
    const converseReply = {
      output: { message: { role: 'assistant', content: [{ text: 'Hi' }, { citationsContent: { citations: [] } }] } },
      stopReason: 'end_turn',
      usage: { inputTokens: 1, outputTokens: 1, totalTokens: 2 },
      metrics: { latencyMs: 50 },
      additionalModelResponseFields: { anything: [1, 2] },
      trace: { promptRouter: { invokedModelId: 'arn:model' } },
      serviceTier: { type: 'flex' },
      fieldFromTheFuture: 'kept',
    };
    reply(200, { 'content-type': 'application/json' }, JSON.stringify(converseReply));

    expect(await createBedrockAdapter(settings).converse?.(call)).toEqual(converseReply);
  });

  it('refuses a reply larger than 16 MiB without reading it all', async () => {
    const text = 'x'.repeat(17 * 1024 * 1024);
    reply(
      200,
      { 'content-type': 'application/json' },
      `{"output":{"message":{"role":"assistant","content":[{"text":"${text}"}]}}}`,
    );
    const error = await createBedrockAdapter(settings)
      .converse?.(call)
      .catch((caught: unknown) => caught);

    expect((error as UpstreamFailure).error).toMatchObject({
      type: 'InternalServerException',
      message:
        "bedrock: the upstream's Converse reply is unusable: it is larger than 16777216 bytes, the most the gateway reads",
    });
    expect((error as UpstreamFailure).retryable).toBe(false);
  });

  it('refuses a reply that is not a ConverseResponse', async () => {
    reply(200, { 'content-type': 'application/json' }, '{"output":{}}');
    const error = await createBedrockAdapter(settings)
      .converse?.(call)
      .catch((caught: unknown) => caught);

    expect((error as UpstreamFailure).error).toMatchObject({
      type: 'InternalServerException',
      message: "bedrock: the upstream's Converse reply is unusable: it has no output.message",
    });
  });
});
