import { DatabaseSync } from 'node:sqlite';
import { afterEach, expect, it } from 'vitest';
import type { GatewayAuth } from '../auth/gateway-auth.js';
import type { DatabaseLocation } from '../config/database-schema.js';
import { type Database, openDatabase } from '../store/database.js';
import type { LogEntry } from '../store/request-log/log-query.js';
import { searchLogs } from '../store/request-log/search-logs.js';
import { postConverse } from '../test-support/converse-over-fetch.js';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';
import { startStandaloneGateway } from '../test-support/standalone-gateway.js';
import { describeEachStore } from '../test-support/store-dialects.js';
import { startTcpProxy, type TcpProxy } from '../test-support/tcp-proxy.js';

const bounded = { timeout: 15_000, interval: 50 };
const keys = 'plain:secret-plain,bodies:secret-bodies';

/** The configured keys, with the team and body logging that the governance data would give them. */
const withGovernance = (auth: GatewayAuth): GatewayAuth => ({
  async authenticate(request) {
    const principal = await auth.authenticate(request);
    if (principal.kind !== 'gateway-key') return principal;
    return { ...principal, team: { id: 'team-1', name: 'Team One' }, logBodies: principal.keyId === 'bodies' };
  },
});

/** Metrics as Prometheus scrapes them, with a gateway key. */
async function metric(harness: GatewayHarness, name: string): Promise<number> {
  const text = await (
    await fetch(`${harness.url}/metrics`, { headers: { authorization: 'Bearer secret-plain' } })
  ).text();
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name} `));
  return line ? Number(line.slice(name.length + 1)) : Number.NaN;
}

async function stream(harness: GatewayHarness, model: string, key = 'secret-plain', signal?: AbortSignal) {
  const response = await postConverse({
    baseUrl: harness.url,
    modelId: `openai/${model}`,
    headers: { authorization: `Bearer ${key}` },
    body: JSON.stringify({ messages: [{ role: 'user', content: [{ text: `a question for ${model}` }] }] }),
    ...(signal ? { signal } : {}),
  });
  const bytes = await response.arrayBuffer().catch(() => undefined);
  return { response, bytes, requestId: response.headers.get('x-amzn-requestid') ?? '' };
}

/** The stored row of one request, once the writer has written it. */
async function rowOf(database: Database, requestId: string): Promise<LogEntry> {
  let found: LogEntry | undefined;
  await expect
    .poll(async () => {
      found = (await searchLogs(database, { limit: 1000 })).logs.find((entry) => entry.id === requestId);
      return found !== undefined;
    }, bounded)
    .toBe(true);
  return found as LogEntry;
}

describeEachStore('the request log, through the gateway', (store) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  /**
   * A database, and a way to take it away mid-run: for PostgreSQL a proxy in front of the real server, which drops
   * every connection (`down`) or holds every byte (`hung`); for SQLite another process's write lock on the file.
   */
  async function openStore() {
    const location = await store().createLocation();
    let proxy: TcpProxy | undefined;
    let reached = location;
    if (location.dialect === 'postgres') {
      const url = new URL(location.connectionString);
      proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port) });
      cleanups.push(() => (proxy as TcpProxy).close());
      url.port = String(proxy.port);
      reached = { dialect: 'postgres', connectionString: url.toString() };
    }
    const database = await openDatabase({ location: reached });
    cleanups.push(() => database.close());
    let lock: DatabaseSync | undefined;
    return {
      database,
      takeAway(how: 'down' | 'hung') {
        if (proxy) return how === 'down' ? proxy.cut() : proxy.stall();
        lock = new DatabaseSync((location as Extract<DatabaseLocation, { dialect: 'sqlite' }>).path);
        lock.exec('BEGIN EXCLUSIVE');
      },
      bringBack() {
        proxy?.restore();
        lock?.exec('ROLLBACK');
        lock?.close();
        lock = undefined;
      },
    };
  }

  async function gatewayOn(database: Database, requestLog: Record<string, unknown> = {}, environment = {}) {
    const harness = await startGatewayHarness({
      database,
      environment: { HEIMDALL_API_KEYS: keys, ...environment },
      configFile: { requestLog: { flushIntervalMs: 5, ...requestLog } },
      wrapAuth: withGovernance,
    });
    cleanups.push(() => harness.close());
    harness.mock.scriptFor('gpt-4o', {
      steps: [{ type: 'text', text: 'Fjords are long.' }],
      usage: { inputTokens: 1_000, outputTokens: 1_000, cacheReadTokens: 200 },
    });
    harness.mock.scriptFor('unpriced-model', {
      steps: [{ type: 'text', text: 'ok' }],
      usage: { inputTokens: 5, outputTokens: 7 },
    });
    harness.mock.scriptFor('breaks', {
      steps: [
        { type: 'text', text: 'half' },
        { type: 'stream-error', status: 500, message: 'the model fell over' },
      ],
    });
    harness.mock.scriptFor('slow-middle', {
      steps: [
        { type: 'text', text: 'first' },
        { type: 'text', text: ' second' },
      ],
      timing: { betweenChunksDelayMs: 5_000 },
    });
    return harness;
  }

  it('stores a completed stream with its key, team, model, provider, usage, cost and price table', async () => {
    const { database } = await openStore();
    const harness = await gatewayOn(database);
    const { requestId } = await stream(harness, 'gpt-4o');
    const entry = await rowOf(database, requestId);
    expect(entry).toMatchObject({
      route: '/bedrock/model/{modelId}/converse-stream',
      key_id: 'plain',
      team_id: 'team-1',
      team_name: 'Team One',
      model: 'openai/gpt-4o',
      answered_by: 'openai/gpt-4o',
      provider: 'openai',
      number_of_attempts: 1,
      status: 'success',
      status_code: 200,
      error_type: null,
      stop_reason: 'end_turn',
      client_cancelled: false,
      price_source: '@pydantic/genai-prices@0.1.8',
      token_usage: { input_tokens: 1_000, output_tokens: 1_000, cache_read_tokens: 200 },
      raw_request: null,
      raw_response: null,
    });
    expect(entry.cost).toBeGreaterThan(0);
    expect(entry.time_to_first_byte_ms).toBeGreaterThanOrEqual(0);
    expect(entry.latency).toBeGreaterThanOrEqual(entry.time_to_first_byte_ms ?? 0);

    const unpriced = await rowOf(database, (await stream(harness, 'unpriced-model')).requestId);
    expect(unpriced).toMatchObject({ cost: null, price_source: 'unknown', token_usage: { input_tokens: 5 } });
    // A refused key is a call worth seeing; probes and the docs are not stored at all.
    const refused = await postConverse({
      baseUrl: harness.url,
      modelId: 'openai/gpt-4o',
      headers: { authorization: 'Bearer wrong' },
    });
    expect(refused.status).toBe(403);
    await fetch(`${harness.url}/health`);
    await fetch(`${harness.url}/openapi.json`);
    const denied = await rowOf(database, refused.headers.get('x-amzn-requestid') ?? '');
    expect(denied).toMatchObject({
      status: 'error',
      status_code: 403,
      error_type: 'AccessDeniedException',
      key_id: null,
    });
    await harness.gateway.requestLog?.writer.flush();
    expect((await searchLogs(database, {})).logs.map((entry) => entry.route)).toEqual([
      '/bedrock/model/{modelId}/converse-stream',
      '/bedrock/model/{modelId}/converse-stream',
      '/bedrock/model/{modelId}/converse-stream',
    ]);
  });

  it('stores a stream that failed mid-way with its error, and one the client left as cancelled', async () => {
    const { database } = await openStore();
    const harness = await gatewayOn(database, {}, { HEIMDALL_MAX_RETRIES: '0' });
    const failed = await rowOf(database, (await stream(harness, 'breaks')).requestId);
    expect(failed).toMatchObject({ status: 'error', provider: 'openai', client_cancelled: false });
    expect(failed.error_type).toMatch(/Exception$/);
    expect(failed.error_message).toContain('the model fell over');

    const client = new AbortController();
    const before = harness.mock.requests.length;
    const leaving = stream(harness, 'slow-middle', 'secret-plain', client.signal).catch(() => undefined);
    await expect.poll(() => harness.mock.requests.length, bounded).toBeGreaterThan(before);
    client.abort();
    await leaving;
    await expect.poll(async () => (await searchLogs(database, { status: ['cancelled'] })).logs.length, bounded).toBe(1);
    const [cancelled] = (await searchLogs(database, { status: ['cancelled'] })).logs;
    expect(cancelled).toMatchObject({ model: 'openai/slow-middle', client_cancelled: true, key_id: 'plain' });
  });

  it('keeps bodies only for a key that logs them, and finds them by their text', async () => {
    const { database } = await openStore();
    const harness = await gatewayOn(database);
    const kept = await rowOf(database, (await stream(harness, 'gpt-4o', 'secret-bodies')).requestId);
    expect(kept.raw_request).toEqual({ messages: [{ role: 'user', content: [{ text: 'a question for gpt-4o' }] }] });
    expect(JSON.stringify(kept.raw_response)).toContain('Fjords are long.');
    const notKept = await rowOf(database, (await stream(harness, 'gpt-4o')).requestId);
    expect([notKept.raw_request, notKept.raw_response]).toEqual([null, null]);
    const found = await searchLogs(database, { content_search: 'FJORDS ARE' });
    expect(found.logs.map((entry) => entry.id)).toEqual([kept.id]);
  });

  it('stores nothing with the request log off, and streams as before', async () => {
    const { database } = await openStore();
    const harness = await gatewayOn(database, {}, { HEIMDALL_REQUEST_LOG: 'off' });
    const { response } = await stream(harness, 'gpt-4o');
    expect(response.status).toBe(200);
    expect(harness.gateway.requestLog).toBeUndefined();
    expect((await searchLogs(database, {})).pagination.total_count).toBe(0);
  });

  it('keeps streaming while the store is down, counts the failed writes, and writes the rows once it is back', async () => {
    const { database, takeAway, bringBack } = await openStore();
    const harness = await gatewayOn(database);
    // Makes the day's table first, so that what fails below is the write itself.
    await rowOf(database, (await stream(harness, 'gpt-4o')).requestId);
    takeAway('down');
    const requestIds: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      const { response, bytes, requestId } = await stream(harness, 'gpt-4o');
      expect(response.status).toBe(200);
      expect(bytes?.byteLength).toBeGreaterThan(0);
      requestIds.push(requestId);
    }
    await expect.poll(() => metric(harness, 'heimdall_request_log_write_errors_total'), bounded).toBeGreaterThan(0);
    expect(harness.log.lines.some((line) => String(line.msg).startsWith('request log: the database refused'))).toBe(
      true,
    );
    bringBack();
    for (const requestId of requestIds) await rowOf(database, requestId);
    expect(await metric(harness, 'heimdall_request_log_rows_dropped_total{reason="queue_full"}')).toBe(0);
    await expect
      .poll(
        () => harness.log.lines.some((line) => line.msg === 'request log: the database takes writes again'),
        bounded,
      )
      .toBe(true);
  });

  it('drops and counts rows past the queue limit while the store hangs, never holding a stream up', async () => {
    const { database, takeAway, bringBack } = await openStore();
    const harness = await gatewayOn(database, { queueLimit: 2, batchSize: 1 });
    await rowOf(database, (await stream(harness, 'gpt-4o')).requestId);
    takeAway('hung');
    for (let index = 0; index < 6; index += 1) expect((await stream(harness, 'gpt-4o')).response.status).toBe(200);
    await expect
      .poll(() => metric(harness, 'heimdall_request_log_rows_dropped_total{reason="queue_full"}'), bounded)
      .toBeGreaterThanOrEqual(3);
    expect(harness.log.lines.some((line) => String(line.msg).startsWith('request log: the queue is full'))).toBe(true);
    bringBack();
    // What was queued is written once the store answers again.
    await expect.poll(() => metric(harness, 'heimdall_request_log_queue_rows'), bounded).toBe(0);
  });

  it('writes the rows still queued when the gateway stops', async () => {
    const { database } = await openStore();
    // No timed flush within the test: only the stop can write the row.
    const running = await startStandaloneGateway({}, { database, requestLog: { flushIntervalMs: 600_000 } });
    cleanups.push(() => running.closeMock());
    running.mock.scriptFor('gpt-4o', { steps: [{ type: 'text', text: 'ok' }] });
    const response = await postConverse({ baseUrl: running.url, modelId: 'openai/gpt-4o' });
    await response.arrayBuffer();
    const requestId = response.headers.get('x-amzn-requestid');
    expect((await searchLogs(database, {})).logs).toEqual([]);
    await running.gateway.stop({ graceMs: 1_000 });
    expect((await searchLogs(database, {})).logs.map((entry) => entry.id)).toEqual([requestId]);
  });
});
