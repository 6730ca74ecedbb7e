import { ConverseCommand, ServiceQuotaExceededException } from '@aws-sdk/client-bedrock-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultOutputTokenEstimate } from '../limits/estimate-tokens.js';
import { createMemoryCounterStore } from '../limits/memory-counter-store.js';
import { createBedrockClient } from '../test-support/aws-clients.js';
import { boto3Unavailable, runBoto3 } from '../test-support/boto3-runner.js';
import { postConverse } from '../test-support/converse-over-fetch.js';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';

/** A day that no test run crosses: the budget's window never rolls over under it. */
const clock = Date.parse('2026-06-15T12:00:00Z');

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness({
    counterStore: createMemoryCounterStore({ now: () => clock }),
    configFile: {
      // One dollar per thousand tokens, in and out: a reply of 10 + 5 tokens costs $0.015.
      prices: { 'openai/priced': { input: 1_000, output: 1_000 } },
      gatewayKeys: [
        { id: 'budgeted', secret: 'secret-budgeted', limits: { budget: { maxUsd: 0.05, resetPeriod: '1d' } } },
        { id: 'budgeted-boto3', secret: 'secret-boto3', limits: { budget: { maxUsd: 0.02, resetPeriod: '1d' } } },
        { id: 'two-at-once', secret: 'secret-two', limits: { concurrentStreams: 2 } },
        { id: 'leaves-early', secret: 'secret-leaves', limits: { tokens: { max: 100_000, resetPeriod: '1d' } } },
      ],
    },
  });
  harness.mock.scriptFor('priced', {
    steps: [{ type: 'text', text: 'ok' }],
    usage: { inputTokens: 10, outputTokens: 5 },
  });
  // Usage comes last, after a pause the client does not wait for.
  harness.mock.scriptFor('usage-last', {
    steps: [
      { type: 'text', text: 'first' },
      { type: 'text', text: ' second' },
      { type: 'text', text: ' third' },
    ],
    usage: { inputTokens: 10, outputTokens: 50 },
    timing: { betweenChunksDelayMs: 300 },
  });
  harness.mock.scriptFor('held', {
    steps: [
      { type: 'text', text: 'first' },
      { type: 'text', text: ' second' },
    ],
    timing: { betweenChunksDelayMs: 30_000 },
  });
});
afterAll(() => harness.close());

/** The mock upstream's requests for one model (the OpenAI wire format names it in the body). */
const modelRequests = (model: string) =>
  harness.mock.requests.filter((request) => (request.body as { model?: string } | undefined)?.model === model);

const message = [{ role: 'user' as const, content: [{ text: 'hi' }] }];

describe('budgets', () => {
  it('refuse the request that would go over a spent budget with ServiceQuotaExceededException, naming the key and the reset', async () => {
    const client = createBedrockClient({ endpoint: harness.url, transport: 'http2', token: 'secret-budgeted' });
    const send = () =>
      client.send(
        new ConverseCommand({ modelId: 'openai/priced', messages: message, inferenceConfig: { maxTokens: 10 } }),
      );
    let answered = 0;
    let refusal: unknown;
    for (let request = 0; request < 10 && refusal === undefined; request++) {
      try {
        await send();
        answered += 1;
      } catch (error) {
        refusal = error;
      }
    }
    // Each answer really cost $0.015: three fit under $0.05 only if the estimate of the fourth did not.
    expect(answered).toBeGreaterThanOrEqual(2);
    expect(answered * 0.015).toBeLessThanOrEqual(0.05);
    expect(refusal).toBeInstanceOf(ServiceQuotaExceededException);
    expect((refusal as Error).message).toMatch(
      /^The gateway key budgeted would go over its budget of 0\.05 USD per day; it resets at 2026-06-16T00:00:00\.000Z/,
    );
    expect(modelRequests('priced')).toHaveLength(answered);
  });

  it.skipIf(boto3Unavailable() !== undefined)(
    'reach boto3 as its ServiceQuotaExceededException, with the message',
    async () => {
      const calls = Array.from({ length: 3 }, () => ({
        operation: 'converse' as const,
        modelId: 'openai/priced',
        messages: message,
      }));
      const outcomes = await runBoto3({ endpoint: harness.url, bearerToken: 'secret-boto3', calls });
      const refused = outcomes.find((outcome) => outcome.error);
      expect(refused?.error).toMatchObject({
        code: 'ServiceQuotaExceededException',
        status: 400,
        message: expect.stringContaining('The gateway key budgeted-boto3 would go over its budget of 0.02 USD per day'),
      });
    },
  );

  it('log what the reservation took and what it was settled to', async () => {
    const line = harness.log.lines.find((entry) => entry.keyId === 'budgeted' && entry.status === 200);
    expect(line?.limitReservation).toMatchObject({ 'key:budgeted:budget:1d': expect.any(Number) });
    expect(line?.limitSettlement).toEqual({ 'key:budgeted:budget:1d': 15_000 });
  });
});

describe('concurrency limits', () => {
  it('refuse a third stream while two are open, and take one again once a stream ends', async () => {
    const clients = [new AbortController(), new AbortController()];
    const held = clients.map((client) =>
      postConverse({
        baseUrl: harness.url,
        modelId: 'openai/held',
        operation: 'converse-stream',
        headers: { authorization: 'Bearer secret-two' },
        signal: client.signal,
      })
        .then((response) => response.arrayBuffer())
        .catch(() => undefined),
    );
    await expect.poll(() => modelRequests('held').length, { timeout: 10_000 }).toBe(2);
    const third = await postConverse({
      baseUrl: harness.url,
      modelId: 'openai/priced',
      operation: 'converse',
      headers: { authorization: 'Bearer secret-two' },
    });
    expect(third.status).toBe(429);
    expect(await third.json()).toMatchObject({
      type: 'ThrottlingException',
      message:
        'The gateway key two-at-once would go over its 2 requests in flight at once; it resets when a request in flight ends',
    });
    clients[0]?.abort();
    await held[0];
    await expect
      .poll(
        async () =>
          (
            await postConverse({
              baseUrl: harness.url,
              modelId: 'openai/priced',
              operation: 'converse',
              headers: { authorization: 'Bearer secret-two' },
            })
          ).status,
        { timeout: 10_000 },
      )
      .toBe(200);
    clients[1]?.abort();
    await held[1];
  });
});

describe('a client that leaves mid-stream', () => {
  /** Reads the stream's first bytes, then hangs up; resolves with the request's log line. */
  async function readFirstBytesAndLeave(model: string) {
    const client = new AbortController();
    const response = await postConverse({
      baseUrl: harness.url,
      modelId: `openai/${model}`,
      operation: 'converse-stream',
      headers: { authorization: 'Bearer secret-leaves' },
      signal: client.signal,
    });
    expect(response.status).toBe(200);
    await response.body?.getReader().read();
    client.abort();
    const requestId = response.headers.get('x-amzn-requestid');
    await expect
      .poll(() => harness.log.lines.find((line) => line.requestId === requestId && line.msg === 'request'), {
        timeout: 20_000,
      })
      .toBeDefined();
    return harness.log.lines.find((line) => line.requestId === requestId && line.msg === 'request');
  }

  it('is billed the usage the upstream sends last, read after the client left', async () => {
    const line = await readFirstBytesAndLeave('usage-last');
    expect(line).toMatchObject({ clientClosed: true, usage: { inputTokens: 10, outputTokens: 50 } });
    expect(line?.limitSettlement).toEqual({ 'key:leaves-early:tokens:1d': 60 });
    expect(line?.usageEstimated).toBeUndefined();
  });

  it('is billed an estimate, marked as one, when the upstream does not finish within the drain time', async () => {
    const line = await readFirstBytesAndLeave('held');
    expect(line).toMatchObject({ clientClosed: true, usageEstimated: true });
    expect(line?.usage).toBeUndefined();
    // The prompt's estimate stands; for output, "first" (five characters: two tokens) replaces the 4,096 reserved.
    const counter = 'key:leaves-early:tokens:1d';
    const reserved = Number((line?.limitReservation as Record<string, number> | undefined)?.[counter]);
    const settled = Number((line?.limitSettlement as Record<string, number> | undefined)?.[counter]);
    expect(settled).toBe(reserved - defaultOutputTokenEstimate + 2);
  });
});
