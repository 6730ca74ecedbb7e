import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness({
    environment: { HEIMDALL_API_KEYS: 'team-a:secret-a' },
    configFile: { prices: { 'openai/house-model': { input: 1, output: 4 } } },
  });
  const usage = { inputTokens: 1_000, outputTokens: 1_000 };
  for (const model of ['gpt-4o', 'house-model', 'unpriced-model']) {
    harness.mock.scriptFor(model, { steps: [{ type: 'text', text: 'ok' }], usage });
  }
});
afterAll(() => harness.close());

async function lineOf(model: string, operation = 'converse-stream'): Promise<Record<string, unknown>> {
  const response = await fetch(`${harness.url}/model/openai%2F${model}/${operation}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer secret-a' },
    body: JSON.stringify({ messages: [{ role: 'user', content: [{ text: 'hi' }] }] }),
  });
  await response.arrayBuffer();
  const requestId = response.headers.get('x-amzn-requestid');
  await expect
    .poll(() => harness.log.lines.some((line) => line.requestId === requestId && line.msg === 'request'))
    .toBe(true);
  return harness.log.lines.find((line) => line.requestId === requestId && line.msg === 'request') ?? {};
}

describe('the cost of each request', () => {
  it('is priced from the bundled table, logged with the table it came from, and counted per key in /metrics', async () => {
    const line = await lineOf('gpt-4o');
    // gpt-4o: $2.50 and $10 per million input and output tokens.
    expect(line.costUsd).toBeCloseTo(0.0125, 6);
    expect(line.priceSource).toBe('@pydantic/genai-prices@0.1.8');
    const metrics = await (
      await fetch(`${harness.url}/metrics`, { headers: { authorization: 'Bearer secret-a' } })
    ).text();
    expect(metrics).toMatch(/heimdall_cost_usd_total\{key="team-a",provider="openai",model="openai\/gpt-4o"\} 0\.0125/);
  });

  it("uses the operator's own price where the config gives one, on Converse too", async () => {
    const line = await lineOf('house-model', 'converse');
    expect(line).toMatchObject({ costUsd: 0.005, priceSource: 'prices' });
  });

  it('logs a model without a price as unknown, never as free', async () => {
    const line = await lineOf('unpriced-model');
    expect(line.costUsd).toBeUndefined();
    expect(line.priceSource).toBe('unknown');
  });
});
