import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMockUpstream, type MockUpstream } from '@heimdall/mock-upstream';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { estimateTokens } from '../limits/estimate-tokens.js';
import { upstreamKey } from '../test-support/gateway-harness.js';
import { type GatewayProcess, startGatewayProcess } from '../test-support/gateway-process.js';
import { type RedisServer, redisServerAvailable, startRedisServer } from '../test-support/redis-server.js';

const metricsKey = 'metrics-key-for-replicas';
const leaseMs = 15_000;
const bounded = { timeout: 60_000, interval: 200 };

const keys = {
  requests: { id: 'ten-requests', secret: 'secret-requests', limits: { requests: { max: 10, resetPeriod: '1d' } } },
  tokens: { id: 'thousand-tokens', secret: 'secret-tokens', limits: { tokens: { max: 1_000, resetPeriod: '1d' } } },
  streams: { id: 'four-streams', secret: 'secret-streams', limits: { concurrentStreams: 4 } },
  budget: { id: 'dime', secret: 'secret-budget', limits: { budget: { maxUsd: 0.1, resetPeriod: '1d' } } },
  crash: { id: 'one-stream', secret: 'secret-crash', limits: { concurrentStreams: 1 } },
  faults: { id: 'six-requests', secret: 'secret-faults', limits: { requests: { max: 6, resetPeriod: '1d' } } },
};

let redis: RedisServer;
let mock: MockUpstream;
/** closed, open and split: one fail mode each, the same limits. */
let replicas: GatewayProcess[];
let spare: GatewayProcess;

const failModes = ['closed', 'open', 'split'] as const;

beforeAll(async () => {
  redis = await startRedisServer();
  mock = await createMockUpstream({ apiKeys: { openai: upstreamKey } });
  mock.scriptFor('quick', { steps: [{ type: 'text', text: 'ok' }], usage: { inputTokens: 10, outputTokens: 5 } });
  // Sends its first words, then holds the stream open far longer than any test waits.
  mock.scriptFor('held', {
    steps: [
      { type: 'text', text: 'first' },
      { type: 'text', text: ' second' },
    ],
    timing: { betweenChunksDelayMs: 120_000 },
  });
  const directory = mkdtempSync(join(tmpdir(), 'heimdall-replicas-'));
  const configFile = join(directory, 'heimdall.config.json');
  writeFileSync(
    configFile,
    JSON.stringify({ gatewayKeys: Object.values(keys), prices: { 'openai/quick': { input: 1_000, output: 1_000 } } }),
  );
  const environment = (failMode: string) => ({
    HEIMDALL_CONFIG: configFile,
    OPENAI_BASE_URL: mock.openaiBaseUrl,
    OPENAI_API_KEY: upstreamKey,
    HEIMDALL_REDIS_URL: redis.url,
    HEIMDALL_LIMITS_FAIL_MODE: failMode,
    HEIMDALL_LIMITS_REPLICAS: '3',
    // Windows start with their first request: no day or hour boundary falls inside the test.
    HEIMDALL_LIMITS_WINDOWS: 'rolling',
    HEIMDALL_LIMITS_LEASE_MS: String(leaseMs),
    HEIMDALL_METRICS_KEY: metricsKey,
  });
  replicas = await Promise.all(failModes.map((mode) => startGatewayProcess(environment(mode))));
  spare = await startGatewayProcess(environment('closed'));
}, 120_000);

afterAll(async () => {
  await Promise.all([...(replicas ?? []), ...(spare ? [spare] : [])].map((replica) => replica.kill()));
  await mock?.close();
  await redis?.close();
});

const body = (maxTokens?: number) =>
  JSON.stringify({
    messages: [{ role: 'user', content: [{ text: 'hello' }] }],
    ...(maxTokens ? { inferenceConfig: { maxTokens } } : {}),
  });

function send(
  replica: GatewayProcess,
  secret: string,
  {
    model = 'quick',
    operation = 'converse',
    maxTokens,
    signal,
  }: { model?: string; operation?: string; maxTokens?: number; signal?: AbortSignal } = {},
) {
  return fetch(`${replica.url}/model/openai%2F${model}/${operation}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: body(maxTokens),
    ...(signal ? { signal } : {}),
  });
}

/** `count` requests at once, spread round-robin over the three replicas. */
const spread = (count: number, request: (replica: GatewayProcess) => Promise<Response>) =>
  Promise.all(
    Array.from({ length: count }, (_, index) => request(replicas[index % replicas.length] as GatewayProcess)),
  );

const statusesOf = (responses: Response[]) => responses.map((response) => response.status);
const count = (statuses: number[], status: number) => statuses.filter((value) => value === status).length;

async function metric(replica: GatewayProcess, name: string): Promise<number | undefined> {
  const text = await (
    await fetch(`${replica.url}/metrics`, { headers: { authorization: `Bearer ${metricsKey}` } })
  ).text();
  const line = text.split('\n').find((entry) => entry.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.split(' ').at(-1));
}

describe.runIf(redisServerAvailable())('three gateway processes sharing one Redis', { timeout: 120_000 }, () => {
  it('let exactly N requests through when 60 clients hit a limit of 10 across the three, and refuse the rest with ThrottlingException', async () => {
    const responses = await spread(60, (replica) =>
      send(replica, keys.requests.secret, { operation: 'converse-stream' }),
    );
    const statuses = statusesOf(responses);
    expect(count(statuses, 200)).toBe(10);
    expect(count(statuses, 429)).toBe(50);
    const refused = responses.find((response) => response.status === 429);
    expect(refused?.headers.get('x-amzn-errortype')).toBe('ThrottlingException');
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0);
    // The streams that went through carry what is left, in their headers before the body.
    const remaining = responses
      .filter((response) => response.status === 200)
      .map((response) => Number(response.headers.get('x-ratelimit-remaining-requests')))
      .sort((a, b) => a - b);
    expect(remaining).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    await Promise.all(responses.map((response) => response.arrayBuffer()));
    // Each replica's /metrics shows the shared counter as its last reservation saw it: all used up.
    const labels = `{scope_kind="key",scope="${keys.requests.id}",measure="requests",period="1d"}`;
    for (const replica of replicas) {
      expect(await metric(replica, `heimdall_limit_used${labels}`)).toBe(10);
      expect(await metric(replica, `heimdall_limit_remaining${labels}`)).toBe(0);
    }
  });

  it('let exactly as many through as their token reservations fit, while none has settled', async () => {
    const estimate = estimateTokens(JSON.parse(body(200)));
    const fit = Math.floor(1_000 / (estimate.input + estimate.output));
    const clients = Array.from({ length: 15 }, () => new AbortController());
    let next = 0;
    const responses = await spread(15, (replica) => {
      const signal = (clients[next++] as AbortController).signal;
      return send(replica, keys.tokens.secret, { model: 'held', operation: 'converse-stream', maxTokens: 200, signal });
    });
    expect(count(statusesOf(responses), 200)).toBe(fit);
    expect(count(statusesOf(responses), 429)).toBe(15 - fit);
    for (const client of clients) client.abort();
  });

  it('let exactly four streams be open at once across the three, and more again once they end', async () => {
    const clients = Array.from({ length: 12 }, () => new AbortController());
    let next = 0;
    const responses = await spread(12, (replica) => {
      const signal = (clients[next++] as AbortController).signal;
      return send(replica, keys.streams.secret, { model: 'held', operation: 'converse-stream', signal });
    });
    expect(count(statusesOf(responses), 200)).toBe(4);
    expect(count(statusesOf(responses), 429)).toBe(8);
    for (const client of clients) client.abort();
    await expect
      .poll(async () => (await send(replicas[0] as GatewayProcess, keys.streams.secret)).status, bounded)
      .toBe(200);
  });

  it('overshoot a budget drained by parallel requests by no more than the in-flight reservations allow', async () => {
    const responses = await spread(30, (replica) => send(replica, keys.budget.secret, { maxTokens: 10 }));
    const statuses = statusesOf(responses);
    const answered = count(statuses, 200);
    expect(count(statuses, 400)).toBe(30 - answered);
    const bodies = await Promise.all(responses.map((response) => response.text()));
    const refused = bodies.find((_, index) => statuses[index] === 400);
    expect(JSON.parse(refused ?? '{}')).toMatchObject({
      type: 'ServiceQuotaExceededException',
      message: expect.stringContaining('The gateway key dime would go over its budget of 0.1 USD per day'),
    });
    // Each answer cost $0.015 for 10 + 5 tokens, less than its reservation: what was spent stays within the budget.
    const client = new Redis(redis.url);
    const counterKey = `heimdall:{key:${keys.budget.id}}:c:key:${keys.budget.id}:budget:1d`;
    await expect.poll(async () => Number(await client.hget(counterKey, 'held')), bounded).toBe(0);
    const spentMicroUsd = Number(await client.hget(counterKey, 'used'));
    client.disconnect();
    expect(spentMicroUsd).toBe(answered * 15_000);
    expect(spentMicroUsd).toBeLessThanOrEqual(100_000);
    expect(answered).toBeGreaterThanOrEqual(4);
  });

  it('give back what a killed gateway held once its lease runs out', async () => {
    const client = new AbortController();
    const held = await send(spare, keys.crash.secret, {
      model: 'held',
      operation: 'converse-stream',
      signal: client.signal,
    });
    expect(held.status).toBe(200);
    await spare.kill();
    client.abort();
    expect((await send(replicas[0] as GatewayProcess, keys.crash.secret)).status).toBe(429);
    await expect
      .poll(async () => (await send(replicas[0] as GatewayProcess, keys.crash.secret)).status, bounded)
      .toBe(200);
  });

  it('follow each fail mode while Redis is down, say so in a metric and the log, and go back to Redis when it returns', async () => {
    const [closed, open, split] = replicas as [GatewayProcess, GatewayProcess, GatewayProcess];
    await redis.kill();
    const refused = await send(closed, keys.faults.secret);
    expect(refused.status).toBe(503);
    expect(await refused.json()).toMatchObject({ type: 'ServiceUnavailableException' });
    expect(statusesOf(await Promise.all([1, 2, 3, 4, 5, 6, 7].map(() => send(open, keys.faults.secret))))).toEqual(
      Array(7).fill(200),
    );
    // Six a day shared by three replicas: two each while every replica counts alone.
    const splitStatuses = [];
    for (let request = 0; request < 3; request++) splitStatuses.push((await send(split, keys.faults.secret)).status);
    expect(splitStatuses).toEqual([200, 200, 429]);
    for (const replica of replicas) {
      expect(await metric(replica, 'heimdall_limit_store_degraded')).toBe(1);
      expect(replica.lines.some((line) => String(line.msg).startsWith('the counter store is unreachable'))).toBe(true);
    }
    await redis.start();
    await expect.poll(async () => (await send(closed, keys.faults.secret)).status, bounded).toBe(200);
    expect(await metric(closed, 'heimdall_limit_store_degraded')).toBe(0);
    expect(closed.lines.some((line) => String(line.msg).startsWith('the counter store answers again'))).toBe(true);
  });
});
