import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMockUpstream, type MockUpstream } from '@heimdall/mock-upstream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GatewayProcess, startGatewayProcess } from '../test-support/gateway-process.js';

const secret = 'secret-budget-across-restart';
let folder: string;
let mock: MockUpstream;
const running: GatewayProcess[] = [];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'heimdall-restart-'));
  mock = await createMockUpstream({ apiKeys: { openai: 'sk-upstream' } });
  writeFileSync(
    join(folder, 'heimdall.config.json'),
    JSON.stringify({
      gatewayKeys: [{ id: 'team-a', secret, limits: { budget: { maxUsd: 100, resetPeriod: '1Y' } } }],
      prices: { 'openai/gpt-4o': { input: 1_000, output: 2_000 } },
    }),
  );
});

afterAll(async () => {
  for (const gateway of running) await gateway.kill();
  await mock.close();
  rmSync(folder, { recursive: true, force: true });
});

/** The built gateway without Redis, on an SQLite file that outlives it. */
async function start(): Promise<GatewayProcess> {
  const gateway = await startGatewayProcess({
    HEIMDALL_CONFIG: join(folder, 'heimdall.config.json'),
    HEIMDALL_DATABASE_URL: `sqlite:${join(folder, 'heimdall.db')}`,
    OPENAI_BASE_URL: mock.openaiBaseUrl,
    OPENAI_API_KEY: 'sk-upstream',
  });
  running.push(gateway);
  return gateway;
}

const spent = async (gateway: GatewayProcess): Promise<number> => {
  const response = await fetch(`${gateway.url}/api/governance/virtual-keys/quota`, {
    headers: { authorization: `Bearer ${secret}` },
  });
  const quota = (await response.json()) as { budgets: { current_usage?: number }[] };
  return quota.budgets[0]?.current_usage ?? Number.NaN;
};

describe('a budget without Redis', () => {
  it('is not reset by a restart: what it spent is kept in the database', async () => {
    const first = await start();
    const reply = await fetch(`${first.url}/model/openai%2Fgpt-4o/converse`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ messages: [{ role: 'user', content: [{ text: 'Hello!' }] }] }),
    });
    expect(reply.status).toBe(200);
    const before = await spent(first);
    expect(before).toBeGreaterThan(0);
    first.process.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = await start();
    expect(await spent(second)).toBeCloseTo(before, 9);
  });
});
