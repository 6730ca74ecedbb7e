import { ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import { createHeimdallClient } from '@heimdall/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Database, openDatabase } from '../store/database.js';
import { createBedrockClient } from '../test-support/aws-clients.js';
import { boto3Unavailable, runBoto3 } from '../test-support/boto3-runner.js';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';
import { describeEachStore } from '../test-support/store-dialects.js';

const adminKey = 'admin-secret-for-tests-0001';
const configKey = 'config-gateway-key-0001';
const messages = [{ role: 'user' as const, content: [{ text: 'Hello!' }] }];
const noBoto3 = boto3Unavailable();
if (noBoto3 && process.env.CI) throw new Error(`boto3 is required under CI: ${noBoto3}`);

describeEachStore('virtual keys through the management API', (store) => {
  let database: Database;
  let harness: GatewayHarness;
  beforeAll(async () => {
    database = await openDatabase({ location: await store().createLocation() });
    harness = await startGatewayHarness({
      database,
      environment: { HEIMDALL_ADMIN_KEYS: adminKey, HEIMDALL_API_KEYS: configKey },
    });
    harness.mock.scriptFor('gpt-4o', {
      steps: [{ type: 'text', text: 'Hi there' }],
      usage: { inputTokens: 3, outputTokens: 2 },
    });
  });
  afterAll(async () => {
    await harness?.close();
    await database?.close();
  });

  const admin = () => createHeimdallClient({ baseUrl: harness.url, adminKey });
  const asKey = (apiKey: string) => createHeimdallClient({ baseUrl: harness.url, apiKey });

  it('a key created through the API answers at once, from @heimdall/client, boto3 and the AWS SDK with a bearer token', async () => {
    const created = await admin().governance.virtualKeys.create({ name: 'checkout-service', tags: ['shop'] });
    const secret = created.virtual_key.value;
    expect(secret).toMatch(/^sk-bf-[0-9A-Za-z]{40}$/);
    const listed = await admin().governance.virtualKeys.list();
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect(listed.virtual_keys.map((key) => key.name)).toContain('checkout-service');

    const reply = await asKey(secret).converse('openai/gpt-4o', { messages });
    expect(reply.output).toMatchObject({ message: { content: [{ text: 'Hi there' }] } });

    const sdk = createBedrockClient({ endpoint: harness.url, transport: 'http1', token: secret });
    const sdkReply = await sdk.send(new ConverseCommand({ modelId: 'openai/gpt-4o', messages }));
    expect(sdkReply.output?.message?.content?.[0]?.text).toBe('Hi there');

    if (!noBoto3) {
      const [outcome] = await runBoto3({
        endpoint: harness.url,
        bearerToken: secret,
        calls: [{ operation: 'converse', modelId: 'openai/gpt-4o', messages }],
      });
      expect(outcome?.error).toBeUndefined();
      expect(JSON.stringify(outcome?.reply)).toContain('Hi there');
    }
    // Requests are logged under the key's id, never its secret.
    expect(harness.log.raw.join('\n')).not.toContain(secret);
    expect(harness.log.lines.some((line) => line.keyId === created.virtual_key.id)).toBe(true);
  });

  it('a key limited to openai/* is refused on anthropic/…, naming the key and the model', async () => {
    const { virtual_key } = await admin().governance.virtualKeys.create({
      name: 'openai-only',
      allowed_models: ['openai/*'],
    });
    await expect(asKey(virtual_key.value).converse('anthropic/claude-sonnet-4-5', { messages })).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: `The gateway key openai-only (${virtual_key.id}) may not call anthropic/claude-sonnet-4-5: the model "anthropic/claude-sonnet-4-5" is not allowed for it`,
    });
  });

  it('an expired key and an inactive key are refused, saying why', async () => {
    const expired = await admin().governance.virtualKeys.create({ name: 'lapsed', expires_at: '2020-01-01T00:00:00Z' });
    await expect(asKey(expired.virtual_key.value).converse('openai/gpt-4o', { messages })).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: `The virtual key lapsed (${expired.virtual_key.id}) cannot be used: it expired at 2020-01-01T00:00:00Z`,
    });
    const paused = await admin().governance.virtualKeys.create({ name: 'paused' });
    await admin().governance.virtualKeys.update(paused.virtual_key.id, { is_active: false });
    await expect(asKey(paused.virtual_key.value).converse('openai/gpt-4o', { messages })).rejects.toThrow(
      'cannot be used: it is inactive',
    );
  });

  it('rotating a key refuses its old secret from the next request on, and the new one works', async () => {
    const created = await admin().governance.virtualKeys.create({ name: 'rotating' });
    const rotated = await admin().governance.virtualKeys.rotate(created.virtual_key.id);
    expect(rotated.virtual_key.value).not.toBe(created.virtual_key.value);
    await expect(asKey(created.virtual_key.value).converse('openai/gpt-4o', { messages })).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: expect.stringContaining('The gateway key is not valid'),
    });
    await expect(asKey(rotated.virtual_key.value).converse('openai/gpt-4o', { messages })).resolves.toBeDefined();
    await admin().governance.virtualKeys.delete(created.virtual_key.id);
    await expect(asKey(rotated.virtual_key.value).converse('openai/gpt-4o', { messages })).rejects.toThrow(
      'The gateway key is not valid',
    );
  });

  it('a misspelt field is refused, naming it, and a key may not belong to a team and a customer', async () => {
    const response = await fetch(`${harness.url}/api/governance/virtual-keys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'typo', budgett: { max_limit: 5, reset_duration: '1d' } }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      type: 'ValidationException',
      message: expect.stringContaining('budgett'),
    });

    const customer = await admin().governance.customers.create({ name: 'Acme' });
    const team = await admin().governance.teams.create({ name: 'Platform', customer_id: customer.customer.id });
    await expect(
      admin().governance.virtualKeys.create({ name: 'both', team_id: team.team.id, customer_id: customer.customer.id }),
    ).rejects.toMatchObject({ name: 'ValidationException', message: expect.stringContaining('not both') });
    await expect(admin().governance.customers.delete(customer.customer.id)).rejects.toThrow('still has 1 team(s)');
  });

  it('a key reads its own quota: its budget and limits, its team’s and its customer’s, without an admin key', async () => {
    const customer = await admin().governance.customers.create({
      name: 'Globex',
      budget: { max_limit: 100, reset_duration: '1M' },
    });
    const team = await admin().governance.teams.create({
      name: 'Research',
      customer_id: customer.customer.id,
      rate_limit: { request_max_limit: 600, request_reset_duration: '1m' },
    });
    const { virtual_key } = await admin().governance.virtualKeys.create({
      name: 'notebook',
      team_id: team.team.id,
      budget: { max_limit: 5, reset_duration: '1d' },
    });
    const quota = await asKey(virtual_key.value).governance.virtualKeys.quota();
    expect(quota).toMatchObject({
      virtual_key_id: virtual_key.id,
      virtual_key_name: 'notebook',
      budgets: [
        { scope: 'virtual_key', id: virtual_key.id, max_limit: 5, reset_duration: '1d' },
        { scope: 'customer', id: customer.customer.id, max_limit: 100, reset_duration: '1M' },
      ],
      rate_limits: [{ scope: 'team', id: team.team.id, request_max_limit: 600 }],
    });
    // The request log names the key's team and customer, so usage can be broken down by either.
    await asKey(virtual_key.value).converse('openai/gpt-4o', { messages });
    const teamLogs = async () => {
      const response = await fetch(`${harness.url}/api/logs?team_ids=${team.team.id}`, {
        headers: { authorization: `Bearer ${adminKey}` },
      });
      return ((await response.json()) as { logs: Record<string, unknown>[] }).logs;
    };
    await expect.poll(async () => (await teamLogs()).length, { timeout: 15_000, interval: 100 }).toBe(1);
    expect((await teamLogs())[0]).toMatchObject({
      key_name: 'notebook',
      team_name: 'Research',
      customer_id: customer.customer.id,
      customer_name: 'Globex',
    });
    // The principal carries the same hierarchy for the limits engine.
    const principal = await harness.gateway.dependencies.auth.authenticate({
      method: 'POST',
      url: new URL(harness.url),
      headers: new Headers({ 'x-bf-vk': virtual_key.value }),
      body: async () => new Uint8Array(),
    });
    expect(principal).toMatchObject({
      keyName: 'notebook',
      team: { id: team.team.id, name: 'Research' },
      customer: { id: customer.customer.id, name: 'Globex' },
      presentedAs: 'x-bf-vk',
      limitScopes: [
        { kind: 'key', limits: { budget: { maxUsd: 5, resetPeriod: '1d' } } },
        { kind: 'team', limits: { requests: { max: 600, resetPeriod: '1m' } } },
        { kind: 'customer', limits: { budget: { maxUsd: 100, resetPeriod: '1M' } } },
      ],
    });
  });

  it('the management API takes only admin keys: not a gateway key, not a virtual key, not nothing', async () => {
    const { virtual_key } = await admin().governance.virtualKeys.create({ name: 'not-an-admin' });
    for (const apiKey of [configKey, virtual_key.value]) {
      await expect(asKey(apiKey).governance.virtualKeys.list()).rejects.toMatchObject({
        name: 'AccessDeniedException',
        message: expect.stringContaining('admin key is not valid'),
      });
    }
    const anonymous = await fetch(`${harness.url}/api/governance/teams`);
    expect(anonymous.status).toBe(403);
    // Neither HEAD (served as GET) nor a method the quota path lacks slips past the admin check.
    expect((await fetch(`${harness.url}/api/governance/virtual-keys`, { method: 'HEAD' })).status).toBe(403);
    const putQuota = await fetch(`${harness.url}/api/governance/virtual-keys/quota`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${virtual_key.value}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(putQuota.status).toBe(403);
    const basic = await fetch(`${harness.url}/api/governance/teams`, {
      headers: { authorization: `Basic ${Buffer.from(`admin:${adminKey}`).toString('base64')}` },
    });
    expect(basic.status).toBe(200);
    // An admin key opens nothing but the management API.
    await expect(asKey(adminKey).converse('openai/gpt-4o', { messages })).rejects.toThrow(
      'The gateway key is not valid',
    );
  });
});

describeEachStore('virtual keys across replicas', (store) => {
  it('a key created on one replica works on another within its poll interval, and its deletion too', async () => {
    const location = await store().createLocation();
    const [databaseA, databaseB] = [await openDatabase({ location }), await openDatabase({ location })];
    const options = {
      environment: { HEIMDALL_ADMIN_KEYS: adminKey },
      configFile: { governance: { pollIntervalMs: 100 } },
    };
    const [replicaA, replicaB] = [
      await startGatewayHarness({ ...options, database: databaseA }),
      await startGatewayHarness({ ...options, database: databaseB }),
    ];
    try {
      replicaB.mock.scriptFor('gpt-4o', {
        steps: [{ type: 'text', text: 'From B' }],
        usage: { inputTokens: 1, outputTokens: 1 },
      });
      const created = await createHeimdallClient({ baseUrl: replicaA.url, adminKey }).governance.virtualKeys.create({
        name: 'shared',
      });
      const onB = createHeimdallClient({ baseUrl: replicaB.url, apiKey: created.virtual_key.value });
      // Waiting for the poll, not timing it: the assertion is that B gets there.
      await expect
        .poll(
          () =>
            onB.converse('openai/gpt-4o', { messages }).then(
              () => 'answered',
              (error: Error) => error.name,
            ),
          { timeout: 10_000, interval: 50 },
        )
        .toBe('answered');
      await createHeimdallClient({ baseUrl: replicaA.url, adminKey }).governance.virtualKeys.delete(
        created.virtual_key.id,
      );
      await expect
        .poll(
          () =>
            onB.converse('openai/gpt-4o', { messages }).then(
              () => 'answered',
              (error: Error) => error.name,
            ),
          { timeout: 10_000, interval: 50 },
        )
        .toBe('AccessDeniedException');
    } finally {
      await replicaA.close();
      await replicaB.close();
      await databaseA.close();
      await databaseB.close();
    }
  });

  it('a stored key signing with SigV4 is told to send itself as a bearer token instead; configured keys still sign', async () => {
    const database = await openDatabase({ location: await store().createLocation() });
    const harness = await startGatewayHarness({
      database,
      environment: { HEIMDALL_ADMIN_KEYS: adminKey, HEIMDALL_API_KEYS: 'team-a:secret-a' },
    });
    try {
      harness.mock.scriptFor('gpt-4o', {
        steps: [{ type: 'text', text: 'Signed' }],
        usage: { inputTokens: 1, outputTokens: 1 },
      });
      const { virtual_key } = await createHeimdallClient({
        baseUrl: harness.url,
        adminKey,
      }).governance.virtualKeys.create({
        name: 'no-sigv4',
      });
      const storedSigner = createBedrockClient({
        endpoint: harness.url,
        transport: 'http1',
        credentials: { accessKeyId: virtual_key.id, secretAccessKey: virtual_key.value },
      });
      await expect(
        storedSigner.send(new ConverseCommand({ modelId: 'openai/gpt-4o', messages })),
      ).rejects.toMatchObject({
        name: 'AccessDeniedException',
        message: expect.stringContaining('do not sign with AWS SigV4: send the key as a bearer token'),
      });
      const configSigner = createBedrockClient({
        endpoint: harness.url,
        transport: 'http1',
        credentials: { accessKeyId: 'team-a', secretAccessKey: 'secret-a' },
      });
      const reply = await configSigner.send(new ConverseCommand({ modelId: 'openai/gpt-4o', messages }));
      expect(reply.output?.message?.content?.[0]?.text).toBe('Signed');
    } finally {
      await harness.close();
      await database.close();
    }
  });
});

it('without an admin key configured, the management API says how to configure one', async () => {
  const harness = await startGatewayHarness();
  try {
    const response = await fetch(`${harness.url}/api/governance/virtual-keys`, {
      headers: { authorization: 'Bearer guess' },
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      type: 'AccessDeniedException',
      message: expect.stringContaining('no admin key is configured. Set HEIMDALL_ADMIN_KEYS'),
    });
  } finally {
    await harness.close();
  }
});
