import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHeimdallClient } from '@heimdall/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../store/database.js';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';

const adminKey = 'admin-secret-for-tests-0001';
const messages = [{ role: 'user' as const, content: [{ text: 'Hello!' }] }];

/** A small seeded generator (mulberry32), so that the weighted draws are the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

let folder: string;
let database: Database;
let harness: GatewayHarness;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'heimdall-provider-configs-'));
  database = await openDatabase({ location: { dialect: 'sqlite', path: join(folder, 'heimdall.db') } });
  harness = await startGatewayHarness({
    database,
    environment: { HEIMDALL_ADMIN_KEYS: adminKey },
    random: seededRandom(20_260_101),
  });
  // One model name on every provider of the mock: the reply says which wire format (so which provider) answered.
  harness.mock.scriptFor('shared-model', (request) => ({
    steps: [{ type: 'text', text: `from ${request.wireFormat}` }],
  }));
  // The OpenAI-compatible provider is throttled for this model; Anthropic's answers it.
  harness.mock.scriptFor('busy-model', (request) =>
    request.wireFormat === 'openai'
      ? { steps: [], failure: { type: 'http-error', status: 429, message: 'slow down' } }
      : { steps: [{ type: 'text', text: 'from the backup' }] },
  );
});
afterAll(async () => {
  await harness?.close();
  await database?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const admin = () => createHeimdallClient({ baseUrl: harness.url, adminKey });
const asKey = (apiKey: string) => createHeimdallClient({ baseUrl: harness.url, apiKey });
const textOf = (reply: { output?: unknown }) =>
  (reply.output as { message?: { content?: { text?: string }[] } }).message?.content?.[0]?.text;

describe("a virtual key's provider configs", () => {
  it('limit the key to their providers: another provider is refused, naming the key and the provider', async () => {
    const { virtual_key } = await admin().governance.virtualKeys.create({
      name: 'openai-configured',
      provider_configs: [{ provider: 'openai', weight: 1 }],
    });
    await expect(asKey(virtual_key.value).converse('anthropic/claude-sonnet-4-5', { messages })).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: `The gateway key openai-configured (${virtual_key.id}) may not call anthropic/claude-sonnet-4-5: the provider "anthropic" is not among its provider configs (openai)`,
    });
    // The provider it names answers, by its prefix or for a bare model name.
    expect(textOf(await asKey(virtual_key.value).converse('openai/shared-model', { messages }))).toBe('from openai');
    expect(textOf(await asKey(virtual_key.value).converse('shared-model', { messages }))).toBe('from openai');
  });

  it("limit the models of a provider to the config's allowed models", async () => {
    const { virtual_key } = await admin().governance.virtualKeys.create({
      name: 'gpt-only',
      provider_configs: [{ provider: 'openai', allowed_models: ['gpt-*'] }],
    });
    await expect(asKey(virtual_key.value).converse('openai/shared-model', { messages })).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: `The gateway key gpt-only (${virtual_key.id}) may not call openai/shared-model: the model "shared-model" is not among the allowed models of its provider config for "openai"`,
    });
  });

  it('are a fallback set: a throttled primary is answered by the backup, the client sending a bare model name', async () => {
    const { virtual_key } = await admin().governance.virtualKeys.create({
      name: 'with-backup',
      // A weight of zero is never drawn first while another weighs more: the backup only ever takes over.
      provider_configs: [
        { provider: 'openai', weight: 1 },
        { provider: 'anthropic', weight: 0 },
      ],
    });
    const reply = await asKey(virtual_key.value).converse('busy-model', { messages });
    expect(textOf(reply)).toBe('from the backup');
    // The OpenAI-compatible upstream was asked (and retried) first, then Anthropic's once.
    const tried = harness.mock.requests
      .filter((request) => (request.body as { model?: string } | undefined)?.model === 'busy-model')
      .map((request) => (request.path.endsWith('/chat/completions') ? 'openai' : request.path));
    expect(tried[0]).toBe('openai');
    expect(tried.at(-1)).toBe('/v1/messages');
    expect(tried.filter((path) => path === '/v1/messages')).toHaveLength(1);
    expect(harness.log.lines.find((line) => line.msg === 'request' && line.keyId === virtual_key.id)).toMatchObject({
      model: 'busy-model',
      answeredBy: 'anthropic/busy-model',
      status: 200,
    });
  });

  it('share a bare model name out by weight, drawn with the gateway’s seeded randomness', async () => {
    const { virtual_key } = await admin().governance.virtualKeys.create({
      name: 'three-to-one',
      provider_configs: [
        { provider: 'openai', weight: 3 },
        { provider: 'anthropic', weight: 1 },
      ],
    });
    const counts = new Map<string, number>();
    for (let index = 0; index < 80; index++) {
      const text = textOf(await asKey(virtual_key.value).converse('shared-model', { messages })) ?? 'none';
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(['from anthropic', 'from openai']);
    // Three quarters of 80 is 60; the seed fixes the draws, the range says what the weights mean.
    const openai = counts.get('from openai') ?? 0;
    expect(openai).toBeGreaterThanOrEqual(50);
    expect(openai).toBeLessThanOrEqual(70);
  });
});
