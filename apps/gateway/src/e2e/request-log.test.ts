import { ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBedrockClient } from '../test-support/aws-clients.js';
import { postConverse, readFrames } from '../test-support/converse-over-fetch.js';
import { type GatewayHarness, startGatewayHarness, upstreamKey } from '../test-support/gateway-harness.js';

const gatewayToken = 'gw-token-7f3a9c51d2';
const sigV4Secret = 'sigv4-secret-b81e40c7';
const wrongToken = 'wrong-token-d93c11aa';

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness({
    environment: { HEIMDALL_API_KEYS: `${gatewayToken},team-log:${sigV4Secret}` },
  });
  harness.mock.scriptFor('logged', {
    steps: [{ type: 'text', text: 'noted' }],
    usage: { inputTokens: 11, outputTokens: 4 },
  });
});
afterAll(() => harness.close());

const auth = { authorization: `Bearer ${gatewayToken}` };
const requestLines = () => harness.log.lines.filter((line) => line.msg === 'request');
const lineFor = (response: Response) =>
  requestLines().filter((line) => line.requestId === response.headers.get('x-amzn-requestid'));

describe('one log line per request', () => {
  it('a stream is logged once, with its route, model, provider, status, timings and usage', async () => {
    const response = await postConverse({ baseUrl: harness.url, modelId: 'openai/logged', headers: auth });
    await readFrames(response);
    const lines = lineFor(response);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'info',
      route: '/bedrock/model/{modelId}/converse-stream',
      model: 'openai/logged',
      answeredBy: 'openai/logged',
      provider: 'openai',
      status: 200,
      stopReason: 'end_turn',
      usage: { inputTokens: 11, outputTokens: 4, totalTokens: 15 },
    });
    const { timeToFirstByteMs, durationMs } = lines[0] as { timeToFirstByteMs: number; durationMs: number };
    expect(timeToFirstByteMs).toBeGreaterThanOrEqual(0);
    expect(durationMs).toBeGreaterThanOrEqual(timeToFirstByteMs);
  });

  it('every kind of request and answer gets exactly one line, under its own request id; probes none', async () => {
    harness.mock.scriptFor('refused', { steps: [], failure: { type: 'http-error', status: 404 } });
    const before = requestLines().length;
    const responses = [
      await postConverse({ baseUrl: harness.url, modelId: 'openai/logged', operation: 'converse', headers: auth }),
      await postConverse({ baseUrl: harness.url, modelId: 'openai/refused', headers: auth }),
      await postConverse({ baseUrl: harness.url, modelId: 'openai/logged', headers: {} }),
      await postConverse({ baseUrl: harness.url, modelId: 'openai/logged', body: '{"messages": [', headers: auth }),
      await fetch(`${harness.url}/bedrock/model/x/invoke`, { method: 'POST' }),
    ];
    // Probes are called every few seconds: counted in /metrics, never a line each.
    const probes = [await fetch(`${harness.url}/health`), await fetch(`${harness.url}/ready`)];
    await Promise.all([...responses, ...probes].map((response) => response.arrayBuffer()));
    expect(requestLines().length - before).toBe(responses.length);
    expect(responses.map((response) => lineFor(response).length)).toEqual(responses.map(() => 1));
    expect(probes.map((response) => lineFor(response).length)).toEqual([0, 0]);
    const [converse, refused, anonymous] = responses.map((response) => lineFor(response)[0]);
    expect(converse).toMatchObject({
      route: '/bedrock/model/{modelId}/converse',
      status: 200,
      usage: { totalTokens: 15 },
    });
    expect(refused).toMatchObject({ status: 404, provider: 'openai', error: { type: 'ResourceNotFoundException' } });
    expect(anonymous).toMatchObject({ status: 403, error: { type: 'AccessDeniedException' } });
  });

  it('a client that disconnects mid-stream is logged as clientClosed, not as an upstream failure', async () => {
    harness.mock.scriptFor('paused', {
      steps: [
        { type: 'text', text: 'first' },
        { type: 'delay', ms: 5_000 },
        { type: 'text', text: 'never read' },
      ],
    });
    const controller = new AbortController();
    const response = await postConverse({
      baseUrl: harness.url,
      modelId: 'openai/paused',
      headers: auth,
      signal: controller.signal,
    });
    await response.body?.getReader().read();
    controller.abort();
    await vi.waitFor(() => expect(lineFor(response)).toHaveLength(1));
    expect(lineFor(response)[0]).toMatchObject({ level: 'info', status: 200, clientClosed: true });
    expect(lineFor(response)[0]).not.toHaveProperty('error');
  });
});

describe('secrets stay out of the log', () => {
  it('no line holds a gateway key, a SigV4 secret, a rejected key or the upstream key', async () => {
    harness.mock.scriptFor('leaky', {
      steps: [],
      failure: { type: 'http-error', status: 401, message: `Incorrect API key provided: ${upstreamKey}` },
    });
    await postConverse({ baseUrl: harness.url, modelId: 'openai/leaky', headers: auth }).then((r) => r.text());
    await postConverse({ baseUrl: harness.url, modelId: 'openai/logged', headers: { 'x-api-key': gatewayToken } });
    await postConverse({ baseUrl: harness.url, modelId: 'openai/logged', headers: { 'x-bf-vk': wrongToken } });
    const client = createBedrockClient({
      endpoint: `${harness.url}/bedrock`,
      transport: 'http2',
      credentials: { accessKeyId: 'team-log', secretAccessKey: sigV4Secret },
    });
    const reply = await client.send(
      new ConverseStreamCommand({ modelId: 'openai/logged', messages: [{ role: 'user', content: [{ text: 'x' }] }] }),
    );
    for await (const _event of reply.stream ?? []) {
      // Read to the end so the request is logged.
    }
    const everything = harness.log.raw.join('\n');
    expect(harness.log.raw.length).toBeGreaterThan(4);
    for (const secret of [gatewayToken, sigV4Secret, wrongToken, upstreamKey, upstreamKey.slice(3, 20)]) {
      expect(everything).not.toContain(secret);
    }
  });
});
