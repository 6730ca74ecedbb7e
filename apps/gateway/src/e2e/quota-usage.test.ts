import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHeimdallClient } from '@heimdall/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CounterStore } from '../limits/counter-store.js';
import { createMemoryCounterStore } from '../limits/memory-counter-store.js';
import { createRedisCounterStore } from '../limits/redis-counter-store.js';
import { type Database, openDatabase } from '../store/database.js';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';
import { type RedisServer, redisServerAvailable, startRedisServer } from '../test-support/redis-server.js';

const adminKey = 'admin-secret-for-quota-tests-01';
const messages = [{ role: 'user' as const, content: [{ text: 'Hello!' }] }];
/** Noon of a day no run crosses: the minute and the day windows stay put under the test. */
const clock = Date.parse('2026-06-15T12:00:10Z');

const stores: { name: string; available: boolean; create: () => Promise<CounterStore> }[] = [];
let redis: RedisServer | undefined;
stores.push({ name: 'in memory', available: true, create: async () => createMemoryCounterStore({ now: () => clock }) });
stores.push({
  name: 'in a real redis-server',
  available: redisServerAvailable(),
  create: async () => {
    redis = await startRedisServer();
    return createRedisCounterStore({ url: redis.url, now: () => clock });
  },
});

describe.each(stores.filter((store) => store.available))('the quota shows use, counters $name', ({ create }) => {
  let folder: string;
  let database: Database;
  let counters: CounterStore;
  let harness: GatewayHarness;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'heimdall-quota-'));
    database = await openDatabase({ location: { dialect: 'sqlite', path: join(folder, 'heimdall.db') } });
    counters = await create();
    harness = await startGatewayHarness({
      database,
      counterStore: counters,
      environment: { HEIMDALL_ADMIN_KEYS: adminKey },
      // One dollar per thousand tokens, in and out: a reply of 10 + 5 tokens costs $0.015.
      configFile: {
        prices: { 'openai/priced': { input: 1_000, output: 1_000 } },
        gatewayKeys: [
          {
            id: 'configured',
            secret: 'secret-configured-quota',
            limits: { requests: { max: 3, resetPeriod: '1m' }, budget: { maxUsd: 5, resetPeriod: '1d' } },
          },
        ],
      },
    });
    harness.mock.scriptFor('priced', {
      steps: [{ type: 'text', text: 'ok' }],
      usage: { inputTokens: 10, outputTokens: 5 },
    });
  });
  afterAll(async () => {
    await harness?.close();
    await counters?.close?.();
    await redis?.close();
    redis = undefined;
    await database?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('after two requests: 2 requests and their cost used, what remains, and when each window resets', async () => {
    const admin = createHeimdallClient({ baseUrl: harness.url, adminKey });
    const customer = await admin.governance.customers.create({
      name: 'Initech',
      budget: { max_limit: 10, reset_duration: '1M' },
    });
    const { virtual_key } = await admin.governance.virtualKeys.create({
      name: 'metered',
      customer_id: customer.customer.id,
      // Room for the reservation's estimate, which counts the most output a reply may have.
      budget: { max_limit: 5, reset_duration: '1d' },
      rate_limit: { request_max_limit: 10, request_reset_duration: '1m' },
    });
    const asKey = createHeimdallClient({ baseUrl: harness.url, apiKey: virtual_key.value });

    const before = await asKey.governance.virtualKeys.quota();
    expect(before.budgets[0]).toMatchObject({ current_usage: 0, remaining: 5 });
    expect(before.rate_limits[0]).toMatchObject({ request_current_usage: 0, request_remaining: 10 });

    await asKey.converse('openai/priced', { messages });
    await asKey.converse('openai/priced', { messages });

    // A request is settled to its real cost just after its answer: until then its estimate is held.
    await expect
      .poll(async () => (await asKey.governance.virtualKeys.quota()).budgets[0]?.current_usage, {
        timeout: 15_000,
        interval: 50,
      })
      .toBeCloseTo(0.03, 9);
    const quota = await asKey.governance.virtualKeys.quota();
    expect(quota.budgets).toEqual([
      {
        scope: 'virtual_key',
        id: virtual_key.id,
        name: 'metered',
        max_limit: 5,
        reset_duration: '1d',
        current_usage: expect.closeTo(0.03, 9),
        remaining: expect.closeTo(4.97, 9),
        resets_at: '2026-06-16T00:00:00.000Z',
      },
      {
        scope: 'customer',
        id: customer.customer.id,
        name: 'Initech',
        max_limit: 10,
        reset_duration: '1M',
        current_usage: expect.closeTo(0.03, 9),
        remaining: expect.closeTo(9.97, 9),
        resets_at: '2026-07-01T00:00:00.000Z',
      },
    ]);
    expect(quota.rate_limits).toEqual([
      {
        scope: 'virtual_key',
        id: virtual_key.id,
        name: 'metered',
        request_max_limit: 10,
        request_reset_duration: '1m',
        request_current_usage: 2,
        request_remaining: 8,
        request_resets_at: '2026-06-15T12:01:00.000Z',
      },
    ]);
  });

  it('shows a key from the configuration file its limits and their use too', async () => {
    const asKey = createHeimdallClient({ baseUrl: harness.url, apiKey: 'secret-configured-quota' });
    await asKey.converse('openai/priced', { messages });
    await expect
      .poll(async () => (await asKey.governance.virtualKeys.quota()).budgets[0]?.current_usage, {
        timeout: 15_000,
        interval: 50,
      })
      .toBeCloseTo(0.015, 9);
    expect(await asKey.governance.virtualKeys.quota()).toEqual({
      virtual_key_id: 'configured',
      virtual_key_name: 'configured',
      is_active: true,
      budgets: [
        {
          scope: 'virtual_key',
          id: 'configured',
          max_limit: 5,
          reset_duration: '1d',
          current_usage: expect.closeTo(0.015, 9),
          remaining: expect.closeTo(4.985, 9),
          resets_at: '2026-06-16T00:00:00.000Z',
        },
      ],
      rate_limits: [
        {
          scope: 'virtual_key',
          id: 'configured',
          request_max_limit: 3,
          request_reset_duration: '1m',
          request_current_usage: 1,
          request_remaining: 2,
          request_resets_at: '2026-06-15T12:01:00.000Z',
        },
      ],
    });
  });
});
