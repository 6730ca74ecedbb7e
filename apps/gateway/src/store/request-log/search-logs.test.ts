import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../logging/create-logger.js';
import { createRequestLogMetrics } from '../../metrics/request-log-metrics.js';
import { describeEachStore } from '../../test-support/store-dialects.js';
import { type Database, openDatabase } from '../database.js';
import { dayOf, dayTablesBetween, startOfDayMs } from './day-tables.js';
import { LogQueryError } from './log-filters.js';
import type { LogFilters } from './log-query.js';
import { logStats } from './log-stats.js';
import { requestLogFixture as row } from './request-log-fixture.js';
import { dropExpiredDays } from './request-log-retention.js';
import { createRequestLogWriter } from './request-log-writer.js';
import { searchLogs } from './search-logs.js';

const hour = 3_600_000;
const december = (day: number, hourOfDay = 12) => Date.UTC(2026, 11, day, hourOfDay);

/** Six requests over three days, each differing from the first in what one filter looks at. */
const rows = [
  row({ request_id: 'r1', time_ms: december(1, 9) }),
  row({ request_id: 'r2', time_ms: december(1, 10), key_id: 'key-b', team_id: null, customer_id: 'cust-1' }),
  row({
    request_id: 'r3',
    time_ms: december(2, 9),
    model: 'claude',
    answered_by: 'anthropic/claude-sonnet',
    provider: 'anthropic',
    cost_usd: null,
    price_source: 'unknown',
  }),
  row({
    request_id: 'r4',
    time_ms: december(2, 10),
    outcome: 'error',
    status_code: 429,
    error_type: 'ThrottlingException',
    cost_usd: null,
    input_tokens: null,
    output_tokens: null,
    total_tokens: null,
  }),
  row({ request_id: 'r5', time_ms: december(3, 9), outcome: 'cancelled', client_cancelled: 1, duration_ms: 5_000 }),
  row({
    request_id: 'r6',
    time_ms: december(3, 10),
    cost_usd: 0.5,
    request_body: JSON.stringify({ messages: [{ role: 'user', content: [{ text: 'Tell me about 100% Fjords_' }] }] }),
  }),
];

describeEachStore('the request log store', (store) => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ location: await store().createLocation() });
    const writer = createRequestLogWriter({
      database,
      logger: createLogger({ LOG_LEVEL: 'silent' }),
      metrics: createRequestLogMetrics(new Registry()),
      queueLimit: 100,
      batchSize: 4,
      flushIntervalMs: 1,
    });
    for (const entry of rows) writer.add(entry);
    await writer.flush();
    await writer.flush();
  });
  afterAll(() => database?.close());

  const ids = async (filters: LogFilters & { limit?: number; offset?: number }) =>
    (await searchLogs(database, filters)).logs.map((entry) => entry.id);

  it('keeps one table per day, listed in the registry', async () => {
    const days = await dayTablesBetween(database.kysely, {});
    expect(days.map(({ table }) => table)).toEqual([
      'request_log_20261203',
      'request_log_20261202',
      'request_log_20261201',
    ]);
  });

  it('returns every request newest first, with each field as it was written', async () => {
    const result = await searchLogs(database, {});
    expect(result.logs.map((entry) => entry.id)).toEqual(['r6', 'r5', 'r4', 'r3', 'r2', 'r1']);
    expect(result.pagination).toEqual({ limit: 50, offset: 0, total_count: 6 });
    expect(result.logs.find((entry) => entry.id === 'r1')).toMatchObject({
      timestamp: '2026-12-01T09:00:00.000Z',
      key_id: 'key-a',
      team_name: 'Team One',
      model: 'openai/gpt-4o',
      provider: 'openai',
      status: 'success',
      status_code: 200,
      latency: 100,
      time_to_first_byte_ms: 40,
      token_usage: { input_tokens: 10, output_tokens: 20, total_tokens: 30, cache_read_tokens: 0 },
      cost: 0.01,
      client_cancelled: false,
      raw_request: null,
    });
    expect(result.logs.find((entry) => entry.id === 'r3')?.cost).toBeNull();
  });

  it('pages across days with a limit and an offset', async () => {
    expect(await ids({ limit: 2 })).toEqual(['r6', 'r5']);
    expect(await ids({ limit: 2, offset: 1 })).toEqual(['r5', 'r4']);
    expect(await ids({ limit: 3, offset: 3 })).toEqual(['r3', 'r2', 'r1']);
    expect(await ids({ limit: 10, offset: 6 })).toEqual([]);
  });

  it('filters by time range, key, team, customer, model, provider, status and error type', async () => {
    expect(await ids({ start_time: '2026-12-02T00:00:00Z', end_time: '2026-12-02T10:00:00Z' })).toEqual(['r3']);
    expect(await ids({ key_ids: ['key-b'] })).toEqual(['r2']);
    expect(await ids({ team_ids: ['team-1'], end_time: '2026-12-02T00:00:00Z' })).toEqual(['r1']);
    expect(await ids({ customer_ids: ['cust-1'] })).toEqual(['r2']);
    // The model asked for and the one that answered both count.
    expect(await ids({ models: ['claude'] })).toEqual(['r3']);
    expect(await ids({ models: ['anthropic/claude-sonnet'] })).toEqual(['r3']);
    expect(await ids({ providers: ['anthropic'] })).toEqual(['r3']);
    expect(await ids({ status: ['error', 'cancelled'] })).toEqual(['r5', 'r4']);
    expect(await ids({ error_types: ['ThrottlingException'] })).toEqual(['r4']);
  });

  it('filters by cost and latency, an unknown cost matching no bound', async () => {
    expect(await ids({ min_cost: 0.1 })).toEqual(['r6']);
    expect(await ids({ max_cost: 0.05 })).toEqual(['r5', 'r2', 'r1']);
    expect(await ids({ min_latency: 1_000 })).toEqual(['r5']);
    expect(await ids({ max_latency: 100, min_latency: 100, key_ids: ['key-b'] })).toEqual(['r2']);
  });

  it('finds text in stored bodies whatever its case, taking % and _ literally', async () => {
    expect(await ids({ content_search: 'fjords' })).toEqual(['r6']);
    expect(await ids({ content_search: '100% FJORDS_' })).toEqual(['r6']);
    expect(await ids({ content_search: '100_' })).toEqual([]);
  });

  it('totals requests, tokens and cost, and says how many had no price', async () => {
    const { totals, groups } = await logStats(database, {});
    expect(groups).toEqual([]);
    expect(totals).toMatchObject({
      total_requests: 6,
      input_tokens: 50,
      output_tokens: 100,
      total_tokens: 150,
      unpriced_requests: 2,
    });
    expect(totals.total_cost).toBeCloseTo(0.53, 10);
    expect(totals.success_rate).toBeCloseTo(4 / 6, 10);
    expect(totals.average_latency).toBeCloseTo((5 * 100 + 5_000) / 6, 10);
  });

  it('groups stats by key, by model and by day, with the filters applied', async () => {
    const byKey = await logStats(database, { group_by: 'key' });
    expect(byKey.groups.map(({ group, total_requests }) => [group, total_requests])).toEqual([
      ['key-a', 5],
      ['key-b', 1],
    ]);
    const byModel = await logStats(database, { group_by: 'model', providers: ['anthropic', 'openai'] });
    expect(byModel.groups.map(({ group, total_requests }) => [group, total_requests])).toEqual([
      ['openai/gpt-4o', 5],
      ['anthropic/claude-sonnet', 1],
    ]);
    const byDay = await logStats(database, { group_by: 'day', key_ids: ['key-a'] });
    expect(byDay.groups.map(({ group, total_requests, total_cost }) => [group, total_requests, total_cost])).toEqual([
      ['2026-12-03', 2, expect.closeTo(0.51, 10)],
      ['2026-12-02', 2, 0],
      ['2026-12-01', 1, expect.closeTo(0.01, 10)],
    ]);
  });

  it('refuses a filter it cannot apply, naming it', async () => {
    await expect(searchLogs(database, { start_time: 'yesterday' })).rejects.toThrow(
      new LogQueryError('start_time must be an ISO 8601 time, e.g. 2026-12-02T00:00:00Z'),
    );
    await expect(searchLogs(database, { limit: 0 })).rejects.toThrow('limit must be a whole number from 1 to 1000');
    await expect(searchLogs(database, { min_cost: -1 })).rejects.toThrow('min_cost must be a number of at least 0');
    await expect(logStats(database, { group_by: 'hour' as 'day' })).rejects.toThrow(
      'group_by must be one of key, model, day',
    );
  });
});

describeEachStore('request log retention', (store) => {
  it('drops whole days older than the retention, and keeps the rest searchable', async () => {
    const database = await openDatabase({ location: await store().createLocation() });
    try {
      const writer = createRequestLogWriter({
        database,
        logger: createLogger({ LOG_LEVEL: 'silent' }),
        metrics: createRequestLogMetrics(new Registry()),
        queueLimit: 100,
        batchSize: 100,
        flushIntervalMs: 1,
      });
      for (const entry of rows) writer.add(entry);
      await writer.close();
      // On 3 December, two days kept: the 2nd and the 3rd.
      expect(await dropExpiredDays(database, 2, december(3, 23) + hour / 2)).toEqual([20261201]);
      expect((await dayTablesBetween(database.kysely, {})).map(({ day }) => day)).toEqual([20261203, 20261202]);
      expect((await searchLogs(database, {})).logs.map((entry) => entry.id)).toEqual(['r6', 'r5', 'r4', 'r3']);
      // The table itself is gone, not just emptied.
      await expect(database.kysely.selectFrom('request_log_20261201').selectAll().execute()).rejects.toThrow();
      expect(await dropExpiredDays(database, 2, december(3, 23))).toEqual([]);
    } finally {
      await database.close();
    }
  });
});

describe('a day', () => {
  it('is the UTC calendar day, whatever the hour, and starts at UTC midnight', () => {
    expect(dayOf(Date.UTC(2026, 11, 2, 0, 0, 0))).toBe(20261202);
    expect(dayOf(Date.UTC(2026, 11, 2, 23, 59, 59, 999))).toBe(20261202);
    expect(dayOf(Date.UTC(2027, 0, 1))).toBe(20270101);
    expect(startOfDayMs(20261202)).toBe(Date.UTC(2026, 11, 2));
  });
});
