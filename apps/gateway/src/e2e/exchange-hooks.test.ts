import { ThrottlingException } from '@heimdall/eventstream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AttemptPlan, ExchangeHooks, UsageReport } from '../app/exchange-hooks.js';
import type { Principal } from '../auth/principal.js';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';

/** What the hooks saw, per request id. */
const attempts: { principal: Principal; plan: AttemptPlan }[] = [];
const reports = new Map<string, UsageReport>();
const finished: string[] = [];

/** A policy of the kind later features plug in: `team-limited` may not call anything. */
const hooks: ExchangeHooks = {
  beforeAttempt(exchange, plan) {
    attempts.push({ principal: exchange.principal, plan });
    if (exchange.principal.kind === 'gateway-key' && exchange.principal.keyId === 'team-limited') {
      throw new ThrottlingException({ message: 'team-limited has used its allowance for this minute' });
    }
  },
  afterUsage(exchange, report) {
    reports.set(exchange.requestId, report);
  },
  onFinish(exchange) {
    finished.push(exchange.requestId);
  },
};

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness({
    environment: { HEIMDALL_API_KEYS: 'team-a:secret-a,team-limited:secret-limited' },
    hooks: [hooks],
  });
});
afterAll(() => harness.close());
beforeEach(() => {
  attempts.length = 0;
  reports.clear();
  finished.length = 0;
  harness.mock.reset();
});

const converseStream = (model: string, key: string, signal?: AbortSignal) =>
  fetch(`${harness.url}/bedrock/model/${encodeURIComponent(model)}/converse-stream`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ messages: [{ role: 'user', content: [{ text: 'hi' }] }], fallbacks: ['openai/backup'] }),
    ...(signal ? { signal } : {}),
  });

/** The usage report of the one request made since the last reset, once its log line is written. */
async function onlyReport(): Promise<UsageReport> {
  await expect.poll(() => reports.size, { timeout: 10_000 }).toBe(1);
  const [report] = reports.values();
  if (!report) throw new Error('no usage report');
  return report;
}

describe('the exchange: one state per request, and the hooks features plug into', () => {
  it('gives every attempt hook the principal the request authenticated as, and logs the key by id only', async () => {
    harness.mock.scriptFor('ok', { steps: [{ type: 'text', text: 'fine' }] });
    const response = await converseStream('openai/ok', 'secret-a');
    await response.arrayBuffer();
    expect(attempts).toMatchObject([
      {
        principal: { kind: 'gateway-key', keyId: 'team-a', presentedAs: 'bearer' },
        plan: { modelId: 'openai/ok', provider: 'openai', model: 'ok', retry: 0 },
      },
    ]);
    await expect.poll(() => finished.length).toBe(1);
    const line = harness.log.lines.find((entry) => entry.msg === 'request' && entry.model === 'openai/ok');
    expect(line).toMatchObject({ keyId: 'team-a' });
    expect(harness.log.raw.join('\n')).not.toContain('secret-a');
  });

  it('lets a hook refuse an attempt: the client gets its error, and neither the upstream nor a fallback is called', async () => {
    harness.mock.scriptFor('ok', { steps: [{ type: 'text', text: 'fine' }] });
    const response = await converseStream('openai/ok', 'secret-limited');
    expect(response.status).toBe(429);
    expect(response.headers.get('x-amzn-errortype')).toMatch(/^ThrottlingException/);
    expect(await response.json()).toMatchObject({ message: 'team-limited has used its allowance for this minute' });
    expect(harness.mock.requests).toHaveLength(0);
    expect(attempts).toHaveLength(1);
    const metrics = await (await fetch(`${harness.url}/metrics`)).text();
    expect(metrics).not.toMatch(/heimdall_upstream_errors_total\{[^}]*type="ThrottlingException"/);
  });

  it('reports the usage of a completed stream', async () => {
    harness.mock.scriptFor('ok', {
      steps: [{ type: 'text', text: 'all of it' }],
      usage: { inputTokens: 11, outputTokens: 4 },
    });
    await (await converseStream('openai/ok', 'secret-a')).arrayBuffer();
    expect(await onlyReport()).toMatchObject({
      outcome: 'completed',
      usage: { inputTokens: 11, outputTokens: 4 },
      modelId: 'openai/ok',
      provider: 'openai',
    });
  });

  it('reports a stream that failed after it began as failed', async () => {
    harness.mock.scriptFor('breaks', {
      steps: [
        { type: 'text', text: 'part' },
        { type: 'stream-error', message: 'overloaded' },
      ],
    });
    await (await converseStream('openai/breaks', 'secret-a')).arrayBuffer();
    expect(await onlyReport()).toMatchObject({ outcome: 'failed', modelId: 'openai/breaks' });
  });

  it('reports a stream the client cancelled as cancelled', async () => {
    harness.mock.scriptFor('slow', {
      steps: [
        { type: 'text', text: 'first' },
        { type: 'delay', ms: 5_000 },
        { type: 'text', text: 'never read' },
      ],
    });
    const client = new AbortController();
    const response = await converseStream('openai/slow', 'secret-a', client.signal);
    const reader = response.body?.getReader();
    await reader?.read();
    client.abort();
    expect(await onlyReport()).toMatchObject({ outcome: 'cancelled', modelId: 'openai/slow' });
  });

  it('reports nothing for a request refused before any attempt, but still finishes it', async () => {
    const response = await converseStream('openai/ok', 'not-a-key');
    expect(response.status).toBe(403);
    await expect.poll(() => finished.length).toBe(1);
    expect(reports.size).toBe(0);
  });
});
