import {
  BedrockRuntimeClient,
  ConverseStreamCommand,
  type ConverseStreamOutput,
  ThrottlingException,
  ValidationException,
} from '@aws-sdk/client-bedrock-runtime';
import { loadRecording, loadStreamRecordings } from '@heimdall/testing';
import { HttpResponse } from '@smithy/protocol-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBedrockClient } from '../test-support/aws-clients.js';
import { type GatewayHarness, startGatewayHarness, upstreamAwsCredentials } from '../test-support/gateway-harness.js';

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness();
});
afterAll(() => harness.close());

async function collect(stream: AsyncIterable<ConverseStreamOutput> | undefined) {
  const events: ConverseStreamOutput[] = [];
  for await (const event of stream ?? []) events.push(event);
  return events;
}

/** What the AWS SDK itself makes of a recording's bytes, with no gateway in between. */
async function eventsStraightFromRecording(eventStream: Uint8Array) {
  const { Readable } = await import('node:stream');
  const direct = new BedrockRuntimeClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
    requestHandler: {
      handle: async () => ({
        response: new HttpResponse({
          statusCode: 200,
          headers: { 'content-type': 'application/vnd.amazon.eventstream' },
          body: Readable.from([Buffer.from(eventStream)]),
        }),
      }),
    },
  });
  const reply = await direct.send(new ConverseStreamCommand({ modelId: 'm', messages: [] }));
  return collect(reply.stream);
}

/** Latency is measured anew by every hop; everything else must arrive as Bedrock sent it. */
const withoutLatency = (events: ConverseStreamOutput[]) =>
  events.map((event) => (event.metadata ? { metadata: { ...event.metadata, metrics: undefined } } : event));

describe('Bedrock upstream, through the gateway, to the AWS SDK', () => {
  it.each(loadStreamRecordings().map((recording) => [recording.name, recording] as const))(
    'recording %s reaches the client as the same events with the same fields',
    async (name, recording) => {
      const body = recording.request.body as Record<string, unknown>;
      const reply = await createBedrockClient({ endpoint: harness.url, transport: 'http2' }).send(
        new ConverseStreamCommand({ ...body, modelId: `recording.${name}` } as never),
      );
      const throughGateway = await collect(reply.stream);
      expect(withoutLatency(throughGateway)).toEqual(
        withoutLatency(await eventsStraightFromRecording(recording.eventStream)),
      );
    },
  );

  it('signs every upstream request with the configured AWS credentials', async () => {
    const before = harness.mock.requests.length;
    await createBedrockClient({ endpoint: harness.url, transport: 'http1' })
      .send(
        new ConverseStreamCommand({
          modelId: 'recording.model_stream',
          messages: [{ role: 'user', content: [{ text: 'hi' }] }],
        }),
      )
      .then((reply) => collect(reply.stream));
    const upstream = harness.mock.requests[before];
    expect(upstream?.path).toBe('/model/recording.model_stream/converse-stream');
    expect(upstream?.authorization).toMatchObject({
      scheme: 'sigv4',
      accessKeyId: upstreamAwsCredentials.accessKeyId,
      service: 'bedrock',
      verified: true,
    });
  });

  it("keeps Bedrock's own error type and message for an error before the stream", async () => {
    const recorded = loadRecording('streaming_error');
    harness.mock.scriptFor('us.throttled-model-v1:0', {
      steps: [],
      failure: { type: 'http-error', status: 429, message: 'Too many tokens, please wait.' },
    });
    const throttled = await createBedrockClient({ endpoint: harness.url, transport: 'http2' })
      .send(
        new ConverseStreamCommand({
          modelId: 'us.throttled-model-v1:0',
          messages: [{ role: 'user', content: [{ text: 'hi' }] }],
        }),
      )
      .catch((caught: unknown) => caught);
    expect(throttled).toBeInstanceOf(ThrottlingException);
    expect((throttled as Error).message).toBe('Too many tokens, please wait.');

    const invalid = await createBedrockClient({ endpoint: harness.url, transport: 'http2' })
      .send(
        new ConverseStreamCommand({
          modelId: 'recording.streaming_error',
          messages: [{ role: 'user', content: [{ text: 'hello' }] }],
        }),
      )
      .catch((caught: unknown) => caught);
    expect(invalid).toBeInstanceOf(ValidationException);
    expect((invalid as Error).message).toBe(recorded.response.body?.message);
  });

  it('passes an exception inside the stream through with its fields', async () => {
    harness.mock.scriptFor('us.flaky-model-v1:0', {
      steps: [
        { type: 'text', text: 'Partial' },
        { type: 'stream-error', status: 503, message: 'Model crashed' },
      ],
    });
    const reply = await createBedrockClient({ endpoint: harness.url, transport: 'http2' }).send(
      new ConverseStreamCommand({
        modelId: 'us.flaky-model-v1:0',
        messages: [{ role: 'user', content: [{ text: 'hi' }] }],
      }),
    );
    await expect(collect(reply.stream)).rejects.toMatchObject({
      name: 'ModelStreamErrorException',
      originalStatusCode: 503,
      originalMessage: 'Model crashed',
    });
  });
});
