import type { Script } from '@heimdall/mock-upstream';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postConverse, readFrames, textOf } from '../test-support/converse-over-fetch.js';
import { createFailoverConfig } from '../test-support/failover-config.js';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';
import { type RedisServer, redisServerAvailable, startRedisServer } from '../test-support/redis-server.js';

/** Two gateways sharing one Redis, each in front of its own mock upstream with the same provider names. */
describe.runIf(redisServerAvailable())('routing state shared by replicas through Redis', () => {
  let redis: RedisServer;
  let first: GatewayHarness;
  let second: GatewayHarness;
  const configFile = {
    ...createFailoverConfig(),
    cooldowns: { failures: 2, windowMs: 60_000, cooldownMs: 60_000, maxRetryAfterMs: 120_000 },
    routes: {
      'chat-default': { targets: ['primary/flaky', 'backup/standby'] },
      'chat-busy': { targets: ['primary/left', 'backup/right'], strategy: 'least-busy' },
    },
  };

  beforeAll(async () => {
    redis = await startRedisServer();
    const environment = { HEIMDALL_REDIS_URL: redis.url };
    [first, second] = await Promise.all([
      // Ties go to the first tied target, so that which one a tie picks is known.
      startGatewayHarness({ configFile, environment, random: () => 0 }),
      startGatewayHarness({ configFile, environment, random: () => 0 }),
    ]);
    first.mock.scriptFor('flaky', { steps: [], failure: { type: 'http-error', status: 503, message: 'down' } });
    // Behind the second gateway the primary would answer: only the shared cool-down keeps it from being asked.
    second.mock.scriptFor('flaky', { steps: [{ type: 'text', text: 'from the primary' }] });
    // Replies that stay in flight until the client lets go: the second chunk comes a minute after the first.
    const heldOpen: Script = {
      steps: [
        { type: 'text', text: 'a' },
        { type: 'text', text: 'b' },
      ],
      timing: { betweenChunksDelayMs: 60_000 },
    };
    for (const harness of [first, second]) {
      harness.mock.scriptFor('standby', { steps: [{ type: 'text', text: 'from the backup' }] });
      harness.mock.scriptFor('left', heldOpen);
      harness.mock.scriptFor('right', heldOpen);
    }
  });
  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
    await redis?.close();
  });

  const modelsAsked = (harness: GatewayHarness) =>
    harness.mock.requests.map((request) => (request.body as { model?: string }).model);

  const coolingDown = async (harness: GatewayHarness) => {
    const ready = (await (await fetch(`${harness.url}/ready`)).json()) as { coolingDown?: { target: string }[] };
    return ready.coolingDown?.map((cooldown) => cooldown.target) ?? [];
  };

  it('a target set aside through one gateway is skipped by the other', async () => {
    const failing = await postConverse({ baseUrl: first.url, modelId: 'chat-default' });
    expect(textOf(await readFrames(failing))).toBe('from the backup');
    expect(modelsAsked(first)).toEqual(['flaky', 'flaky', 'flaky', 'standby']);
    // Failures are recorded without holding up the reply: wait until the first gateway's record has landed.
    await expect.poll(() => coolingDown(first), { timeout: 10_000 }).toEqual(['primary/flaky']);

    const response = await postConverse({ baseUrl: second.url, modelId: 'chat-default' });
    expect(textOf(await readFrames(response))).toBe('from the backup');
    expect(response.headers.get('x-heimdall-model')).toBe('backup/standby');
    expect(modelsAsked(second)).toEqual(['standby']);
    expect(await coolingDown(second)).toEqual(['primary/flaky']);
  });

  it('least-busy counts the streams in flight through every gateway', async () => {
    const redisClient = new Redis(redis.url);
    const clients: AbortController[] = [];
    const open = async (harness: GatewayHarness) => {
      const client = new AbortController();
      clients.push(client);
      const response = await postConverse({ baseUrl: harness.url, modelId: 'chat-busy', signal: client.signal });
      return response.headers.get('x-heimdall-model');
    };
    const inFlight = async (target: string) => Number(await redisClient.get(`heimdall:{load}:in-flight:${target}`));
    try {
      expect(await open(first)).toBe('primary/left');
      // The count is sent as the attempt goes out, without holding it up: wait until it has landed.
      await expect.poll(() => inFlight('primary/left'), { timeout: 10_000 }).toBe(1);
      // Alone, the second gateway would pick the first tied target; it sees the first gateway's stream instead.
      expect(await open(second)).toBe('backup/right');
      await expect.poll(() => inFlight('backup/right'), { timeout: 10_000 }).toBe(1);
      expect(await open(second)).toBe('primary/left');
      for (const client of clients.splice(0)) client.abort();
      // Every stream given back, through whichever gateway carried it.
      await expect.poll(() => inFlight('primary/left'), { timeout: 10_000 }).toBe(0);
      await expect.poll(() => inFlight('backup/right'), { timeout: 10_000 }).toBe(0);
    } finally {
      for (const client of clients) client.abort();
      redisClient.disconnect();
    }
  });
});
