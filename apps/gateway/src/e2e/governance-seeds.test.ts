import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHeimdallClient } from '@heimdall/client';
import { createMockUpstream } from '@heimdall/mock-upstream';
import { afterAll, expect, it } from 'vitest';
import { loadConfig } from '../config/load-config.js';
import { createGateway, type Gateway } from '../create-gateway.js';
import { openDatabase } from '../store/database.js';
import { upstreamKey } from '../test-support/gateway-harness.js';
import { describeEachStore } from '../test-support/store-dialects.js';

const adminKey = 'seeds-admin-key-0001';
const messages = [{ role: 'user' as const, content: [{ text: 'Hi' }] }];

describeEachStore('virtual keys, teams and customers seeded by the config file', (store) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('are written at every start, owned by the file: a change in the file wins, and one it drops is deleted', async () => {
    const mock = await createMockUpstream({ apiKeys: { openai: upstreamKey } });
    cleanups.push(() => mock.close());
    mock.scriptFor('gpt-4o', { steps: [{ type: 'text', text: 'Seeded' }], usage: { inputTokens: 1, outputTokens: 1 } });
    const location = await store().createLocation();
    const directory = mkdtempSync(join(tmpdir(), 'heimdall-seeds-'));
    const environment = {
      HOST: '127.0.0.1',
      PORT: '0',
      OPENAI_BASE_URL: mock.openaiBaseUrl,
      OPENAI_API_KEY: upstreamKey,
      HEIMDALL_ADMIN_KEYS: adminKey,
      CHECKOUT_KEY: 'sk-bf-checkout-seeded-secret-0001',
    };
    /** Starts a gateway on the shared database with this governance block in its config file. */
    const start = async (governance: Record<string, unknown>): Promise<{ gateway: Gateway; url: string }> => {
      writeFileSync(join(directory, 'heimdall.config.json'), JSON.stringify({ governance }));
      const config = loadConfig(environment, directory);
      const database = await openDatabase({ location });
      const gateway = createGateway({ config, database });
      const { url } = await gateway.start();
      cleanups.push(async () => {
        await gateway.stop({ graceMs: 0 });
        await database.close();
      });
      return { gateway, url };
    };
    const first = await start({
      customers: [{ id: 'acme', name: 'Acme', budget: { max_limit: 50, reset_duration: '1M' } }],
      teams: [{ id: 'shop', name: 'Shop', customer_id: 'acme' }],
      virtualKeys: [
        {
          id: 'checkout',
          name: 'checkout',
          secret: 'env.CHECKOUT_KEY',
          team_id: 'shop',
          allowed_models: ['openai/gpt-4o'],
        },
      ],
    });
    const asKey = (url: string) => createHeimdallClient({ baseUrl: url, apiKey: environment.CHECKOUT_KEY });
    await expect(asKey(first.url).converse('openai/gpt-4o', { messages })).resolves.toBeDefined();
    await expect(asKey(first.url).converse('openai/gpt-4o-mini', { messages })).rejects.toThrow(
      'The gateway key checkout (checkout) may not call openai/gpt-4o-mini',
    );
    const admin = createHeimdallClient({ baseUrl: first.url, adminKey });
    const { virtual_key } = await admin.governance.virtualKeys.get('checkout');
    expect(virtual_key).toMatchObject({ source: 'config', team_id: 'shop' });
    await expect(admin.governance.virtualKeys.update('checkout', { is_active: false })).rejects.toThrow(
      'is seeded by the config file, which rewrites it at every start: change it there',
    );
    const made = await admin.governance.virtualKeys.create({ name: 'made-by-api' });

    // The next start: the file now allows every model, and no longer seeds the team.
    const second = await start({
      customers: [{ id: 'acme', name: 'Acme Corp' }],
      virtualKeys: [{ id: 'checkout', name: 'checkout', secret: 'env.CHECKOUT_KEY', customer_id: 'acme' }],
    });
    await expect(asKey(second.url).converse('openai/gpt-4o', { messages })).resolves.toBeDefined();
    const admin2 = createHeimdallClient({ baseUrl: second.url, adminKey });
    expect((await admin2.governance.virtualKeys.get('checkout')).virtual_key).toMatchObject({
      customer_id: 'acme',
      allowed_models: [],
      created_at: virtual_key.created_at,
    });
    expect((await admin2.governance.teams.list()).teams).toEqual([]);
    expect((await admin2.governance.customers.get('acme')).customer.name).toBe('Acme Corp');
    // What the API made is the API's: the file leaves it alone.
    await expect(admin2.governance.virtualKeys.get(made.virtual_key.id)).resolves.toBeDefined();
  });
});

it('a seeded key naming a team nobody defines stops the start, saying where', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'heimdall-seeds-'));
  writeFileSync(
    join(directory, 'heimdall.config.json'),
    JSON.stringify({
      governance: { virtualKeys: [{ id: 'k', name: 'k', secret: 'a-long-enough-secret', team_id: 'ghost' }] },
    }),
  );
  const config = loadConfig({ HOST: '127.0.0.1', PORT: '0' }, directory);
  const database = await openDatabase({ location: { dialect: 'sqlite', path: join(directory, 'heimdall.db') } });
  const gateway = createGateway({ config, database });
  try {
    await expect(gateway.start()).rejects.toThrow('governance.virtualKeys[0].team_id: no team has the id ghost');
  } finally {
    await database.close();
  }
});
