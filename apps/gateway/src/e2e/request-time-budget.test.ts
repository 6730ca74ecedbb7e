import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realSleep } from '../streaming/retry-policy.js';
import { converseBody, postConverse, readFrames, textOf } from '../test-support/converse-over-fetch.js';
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

const spentNote = (budgetMs: number) =>
  `(the gateway's attempt budget of ${budgetMs} ms for one request was spent, so no further retry or fallback was tried)`;

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

  it('a retry whose backoff outlasts the budget is not waited for: the client gets the 429 at once, saying why', async () => {
    harness.mock.scriptFor('busy', {
      steps: [],
      failure: { type: 'http-error', status: 429, message: 'slow down', retryAfterSeconds: 1 },
    });
    const response = await postConverse({ baseUrl: harness.url, modelId: 'primary/busy' });
    expect(response.status).toBe(429);
    expect(await response.json()).toEqual({
      type: 'ThrottlingException',
      message: `primary: slow down ${spentNote(400)}`,
    });
    expect(requestsFor('busy')).toHaveLength(1);
  });

  it('the budget is logged as the reason the request failed', () => {
    const lines = harness.log.lines.filter((line) => line.msg === 'request' && line.status === 408);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toMatchObject({ error: { type: 'ModelTimeoutException', message: budgetMessage } });
  });
});

describe("a request's attempt budget, shorter than its time budget", () => {
  let attemptHarness: GatewayHarness;
  beforeAll(async () => {
    attemptHarness = await startGatewayHarness({
      environment: { HEIMDALL_ATTEMPT_BUDGET_MS: '300' },
      configFile: createFailoverConfig(),
      overrides: { sleep: realSleep },
    });
    // Fails only after 400 ms: by then no retry or fallback may begin.
    attemptHarness.mock.scriptFor('slow-failure', {
      steps: [],
      timing: { headersDelayMs: 400 },
      failure: { type: 'http-error', status: 503, message: 'overloaded' },
    });
    attemptHarness.mock.scriptFor('standby', { steps: [{ type: 'text', text: 'from the backup' }] });
    attemptHarness.mock.scriptFor('long-wait', {
      steps: [],
      failure: { type: 'http-error', status: 429, message: 'slow down', retryAfterSeconds: 1 },
    });
  });
  afterAll(() => attemptHarness.close());

  let asked = 0;
  /** The upstream models asked since the last call. */
  const modelsAsked = () => {
    const models = attemptHarness.mock.requests
      .slice(asked)
      .map((request) => (request.body as { model?: string } | undefined)?.model);
    asked = attemptHarness.mock.requests.length;
    return models;
  };

  it.each(['converse-stream', 'converse'] as const)(
    '%s: an attempt that fails after the attempt budget is neither retried nor followed by its fallback',
    async (operation) => {
      modelsAsked();
      const response = await postConverse({
        baseUrl: attemptHarness.url,
        modelId: 'primary/slow-failure',
        operation,
        body: converseBody({ fallbacks: ['backup/standby'] }),
      });
      expect(response.status).toBe(503);
      expect(response.headers.get('x-heimdall-attempts')).toBe('1');
      expect(await response.json()).toEqual({
        type: 'ServiceUnavailableException',
        message: `primary: overloaded ${spentNote(300)}`,
      });
      expect(modelsAsked()).toEqual(['slow-failure']);
    },
  );

  it('a retry the budget has no room for still leaves room for the fallback, which answers', async () => {
    modelsAsked();
    const response = await postConverse({
      baseUrl: attemptHarness.url,
      modelId: 'primary/long-wait',
      body: converseBody({ fallbacks: ['backup/standby'] }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-heimdall-model')).toBe('backup/standby');
    expect(textOf(await readFrames(response))).toBe('from the backup');
    expect(modelsAsked()).toEqual(['long-wait', 'standby']);
  });
});
