import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realSleep } from '../streaming/retry-policy.js';
import { converseBody, postConverse } from '../test-support/converse-over-fetch.js';
import { createFailoverConfig } from '../test-support/failover-config.js';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';

let harness: GatewayHarness;
beforeAll(async () => {
  // The upstream's own first-byte limit stays at its two-minute default: only the budget can end these requests.
  harness = await startGatewayHarness({
    environment: { HEIMDALL_REQUEST_TIME_BUDGET_MS: '400' },
    configFile: createFailoverConfig(),
    // Backoffs really wait here, so that the budget also counts the time spent between retries.
    overrides: { sleep: realSleep },
  });
  harness.mock.scriptFor('stalls', { steps: [], failure: { type: 'no-response' } });
});
afterAll(() => harness.close());

const requestsFor = (model: string) =>
  harness.mock.requests.filter((request) => (request.body as { model?: string } | undefined)?.model === model);

const budgetMessage =
  "No upstream answered within the gateway's time budget of 400 ms for one request, retries and fallbacks included";

describe("a request's time budget across retries and fallbacks", () => {
  it.each(['converse-stream', 'converse'] as const)(
    '%s against an upstream that never answers ends with a 408 naming the budget, and the upstream request is closed',
    async (operation) => {
      const before = requestsFor('stalls').length;
      const response = await postConverse({
        baseUrl: harness.url,
        modelId: 'primary/stalls',
        operation,
        body: converseBody({ fallbacks: ['backup/stalls'] }),
      });
      expect(response.status).toBe(408);
      expect(response.headers.get('x-amzn-errortype')).toBe('ModelTimeoutException');
      expect(await response.json()).toEqual({ type: 'ModelTimeoutException', message: budgetMessage });
      // The primary's one attempt used up the budget: the backup was never asked.
      const sent = requestsFor('stalls').slice(before);
      expect(sent).toHaveLength(1);
      await expect(sent[0]?.settled).resolves.toBe('closed-early');
    },
  );

  it('a retry whose backoff outlasts the budget ends with the same 408, without the retry', async () => {
    harness.mock.scriptFor('busy', {
      steps: [],
      failure: { type: 'http-error', status: 429, message: 'slow down', retryAfterSeconds: 1 },
    });
    const response = await postConverse({ baseUrl: harness.url, modelId: 'primary/busy' });
    expect(response.status).toBe(408);
    expect(await response.json()).toEqual({ type: 'ModelTimeoutException', message: budgetMessage });
    expect(requestsFor('busy')).toHaveLength(1);
  });

  it('the budget is logged as the reason the request failed', () => {
    const lines = harness.log.lines.filter((line) => line.msg === 'request' && line.status === 408);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toMatchObject({ error: { type: 'ModelTimeoutException', message: budgetMessage } });
  });
});
