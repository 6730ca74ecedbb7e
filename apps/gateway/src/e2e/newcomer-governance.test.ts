import { createMockUpstream, type MockUpstream } from '@heimdall/mock-upstream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../config/load-config.js';
import { createGateway, type Gateway } from '../create-gateway.js';
import { type Database, openDatabase } from '../store/database.js';
import { boto3Unavailable, runBoto3 } from '../test-support/boto3-runner.js';
import { upstreamKey } from '../test-support/gateway-harness.js';
import { describeEachStore } from '../test-support/store-dialects.js';

const noBoto3 = boto3Unavailable();
if (noBoto3 && process.env.CI) throw new Error(`boto3 is required under CI: ${noBoto3}`);
const adminKey = 'newcomer-admin-key-0001';

/**
 * The README's path for someone new: start the gateway with an admin key and nothing else (the database is its
 * default kind, an SQLite file, or PostgreSQL by URL), create a virtual key with curl's request, call a model with it
 * from boto3, and find the request, its tokens and its cost in /api/logs.
 */
describeEachStore('a newcomer, from the README', (store) => {
  let mock: MockUpstream;
  let database: Database;
  let gateway: Gateway;
  let url: string;
  beforeAll(async () => {
    mock = await createMockUpstream({ apiKeys: { openai: upstreamKey } });
    mock.scriptFor('gpt-4o', {
      steps: [{ type: 'text', text: 'Hello from the mock' }],
      usage: { inputTokens: 12, outputTokens: 7 },
    });
    const location = await store().createLocation();
    const databaseUrl = location.dialect === 'sqlite' ? `sqlite:${location.path}` : location.connectionString;
    const config = loadConfig(
      {
        HOST: '127.0.0.1',
        PORT: '0',
        OPENAI_BASE_URL: mock.openaiBaseUrl,
        OPENAI_API_KEY: upstreamKey,
        HEIMDALL_ADMIN_KEYS: adminKey,
        HEIMDALL_DATABASE_URL: databaseUrl,
      },
      process.cwd(),
    );
    database = await openDatabase({ location: config.database.url });
    gateway = createGateway({ config, database });
    ({ url } = await gateway.start());
  });
  afterAll(async () => {
    await gateway?.stop({ graceMs: 0 });
    await database?.close();
    await mock?.close();
  });

  it.skipIf(noBoto3 !== undefined)(
    'creates a key with curl, calls a model with boto3, and sees tokens and cost in /api/logs',
    async () => {
      const created = await fetch(`${url}/api/governance/virtual-keys`, {
        method: 'POST',
        headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'my-first-key' }),
      });
      expect(created.status).toBe(200);
      const { virtual_key } = (await created.json()) as { virtual_key: { id: string; value: string } };

      const [outcome] = await runBoto3({
        endpoint: url,
        bearerToken: virtual_key.value,
        calls: [
          { operation: 'converse', modelId: 'openai/gpt-4o', messages: [{ role: 'user', content: [{ text: 'Hi' }] }] },
        ],
      });
      expect(outcome?.error).toBeUndefined();

      const logs = async () => {
        const response = await fetch(`${url}/api/logs?key_ids=${virtual_key.id}`, {
          headers: { authorization: `Bearer ${adminKey}` },
        });
        return (await response.json()) as { logs: Record<string, unknown>[] };
      };
      // The log is written in batches, off the request's path: wait for the row, do not time it.
      await expect.poll(async () => (await logs()).logs.length, { timeout: 15_000, interval: 100 }).toBe(1);
      const [entry] = (await logs()).logs;
      expect(entry).toMatchObject({
        key_id: virtual_key.id,
        key_name: 'my-first-key',
        model: 'openai/gpt-4o',
        status: 'success',
        token_usage: { input_tokens: 12, output_tokens: 7 },
      });
      expect(entry?.cost).toBeGreaterThan(0);

      const stats = await fetch(`${url}/api/logs/stats?group_by=key&key_ids=${virtual_key.id}`, {
        headers: { authorization: `Bearer ${adminKey}` },
      });
      expect(await stats.json()).toMatchObject({
        totals: { total_requests: 1, input_tokens: 12, output_tokens: 7 },
        groups: [{ group: virtual_key.id, total_requests: 1 }],
      });
    },
  );

  it('a misspelt log filter is refused, naming it, instead of matching everything', async () => {
    const response = await fetch(`${url}/api/logs?modles=openai/gpt-4o`, {
      headers: { authorization: `Bearer ${adminKey}` },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      type: 'ValidationException',
      message: expect.stringContaining('modles'),
    });
  });
});
