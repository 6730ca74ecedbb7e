import { ConverseCommand, ThrottlingException } from '@aws-sdk/client-bedrock-runtime';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryCounterStore } from '../limits/memory-counter-store.js';
import { createBedrockClient } from '../test-support/aws-clients.js';
import { boto3Unavailable, runBoto3 } from '../test-support/boto3-runner.js';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';

/** Ten seconds into a minute, whenever the test runs: no window rolls over under it. */
let clock = 10_000;

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness({
    counterStore: createMemoryCounterStore({ now: () => clock }),
    configFile: {
      gatewayKeys: [
        { id: 'five-a-minute', secret: 'secret-five', rateLimits: { requestsPerMinute: 5 } },
        { id: 'token-budget', secret: 'secret-tokens', rateLimits: { tokensPerMinute: 2_000 } },
      ],
    },
  });
});
afterAll(() => harness.close());
beforeEach(() => {
  clock += 60_000;
  harness.mock.reset();
  harness.mock.scriptFor('limited', {
    steps: [{ type: 'text', text: 'ok' }],
    usage: { inputTokens: 10, outputTokens: 5 },
  });
});

const converse = (secret: string, maxTokens?: number) =>
  fetch(`${harness.url}/model/openai%2Flimited/converse`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({
      messages: [{ role: 'user', content: [{ text: 'hi' }] }],
      ...(maxTokens ? { inferenceConfig: { maxTokens } } : {}),
    }),
  });

describe("gateway keys' rate limits", () => {
  it('let exactly the limit through when twenty requests arrive at once, and refuse the rest before any upstream', async () => {
    const responses = await Promise.all(Array.from({ length: 20 }, () => converse('secret-five')));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(15);
    const refused = responses.find((response) => response.status === 429);
    expect(refused?.headers.get('x-amzn-errortype')).toBe('ThrottlingException');
    expect(refused?.headers.get('retry-after')).toBe('50');
    expect(await refused?.json()).toMatchObject({
      message: `The gateway key five-a-minute would go over its 5 requests per minute; it resets at ${new Date(clock + 50_000).toISOString()} (in 50 s)`,
    });
    expect(harness.mock.requests).toHaveLength(5);
    expect(refused?.headers.get('x-ratelimit-limit-requests')).toBe('5');
    expect(refused?.headers.get('x-ratelimit-remaining-requests')).toBe('0');
    expect(refused?.headers.get('x-ratelimit-reset-requests')).toBe('50s');
  });

  it('tell a successful client what is left of its limits, in the headers', async () => {
    const response = await converse('secret-five');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-ratelimit-limit-requests')).toBe('5');
    expect(response.headers.get('x-ratelimit-remaining-requests')).toBe('4');
    expect(response.headers.get('x-ratelimit-reset-requests')).toBe('50s');
  });

  it('refuse the request that would cross a token limit, counting what it may use before it goes out', async () => {
    // The first request may use up to 1,500 output tokens: a second like it would cross 2,000 while it runs.
    const [first, second] = await Promise.all([converse('secret-tokens', 1_500), converse('secret-tokens', 1_500)]);
    expect([first?.status, second?.status].sort()).toEqual([200, 429]);
    // Settled to the 15 tokens really used: the next request of the same size fits again.
    const third = await converse('secret-tokens', 1_500);
    expect(third.status).toBe(200);
  });

  it('reach the AWS SDK as its own ThrottlingException, with the message', async () => {
    const client = createBedrockClient({ endpoint: harness.url, transport: 'http2', token: 'secret-five' });
    for (let request = 0; request < 5; request++) {
      await client.send(
        new ConverseCommand({ modelId: 'openai/limited', messages: [{ role: 'user', content: [{ text: 'hi' }] }] }),
      );
    }
    const refused = client.send(
      new ConverseCommand({ modelId: 'openai/limited', messages: [{ role: 'user', content: [{ text: 'hi' }] }] }),
    );
    await expect(refused).rejects.toBeInstanceOf(ThrottlingException);
    await expect(refused).rejects.toThrow(/five-a-minute would go over its 5 requests per minute/);
  });

  it.skipIf(boto3Unavailable() !== undefined)('reach boto3 as its ThrottlingException, with the message', async () => {
    const calls = Array.from({ length: 6 }, () => ({
      operation: 'converse' as const,
      modelId: 'openai/limited',
      messages: [{ role: 'user', content: [{ text: 'hi' }] }],
    }));
    const outcomes = await runBoto3({ endpoint: harness.url, bearerToken: 'secret-five', calls });
    expect(outcomes.slice(0, 5).every((outcome) => outcome.reply)).toBe(true);
    expect(outcomes[5]?.error).toMatchObject({
      code: 'ThrottlingException',
      status: 429,
      message: expect.stringContaining('The gateway key five-a-minute would go over its 5 requests per minute'),
    });
  });
});
