import { createAmazonBedrock } from '@ai-sdk/amazon-bedrock';
import { AccessDeniedException, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
import { AccessDeniedException as ClientAccessDenied, createHeimdallClient } from '@heimdall/client';
import { generateText } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBedrockClient, type Transport } from '../test-support/aws-clients.js';
import { type GatewayHarness, startGatewayHarness, upstreamKey } from '../test-support/gateway-harness.js';

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness({ environment: { HEIMDALL_API_KEYS: 'plain-token,team-a:secret-a' } });
  harness.mock.scriptFor('keyed', { steps: [{ type: 'text', text: 'welcome' }] });
});
afterAll(() => harness.close());

const messages = [{ role: 'user' as const, content: [{ text: 'hi' }] }];
const body = JSON.stringify({ messages });

async function post(headers: Record<string, string>) {
  const response = await fetch(`${harness.url}/bedrock/model/openai%2Fkeyed/converse`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
  });
  return {
    status: response.status,
    type: response.headers.get('x-amzn-errortype'),
    body: (await response.json()) as Record<string, unknown>,
  };
}

async function streamedText(transport: Transport, secretAccessKey: string): Promise<string> {
  const client = createBedrockClient({
    endpoint: `${harness.url}/bedrock`,
    transport,
    credentials: { accessKeyId: 'team-a', secretAccessKey },
  });
  const reply = await client.send(new ConverseStreamCommand({ modelId: 'openai/keyed', messages }));
  let text = '';
  for await (const event of reply.stream ?? []) text += event.contentBlockDelta?.delta?.text ?? '';
  return text;
}

describe.each<Transport>(['http2', 'http1'])(
  'the AWS SDK signing with a gateway key id and secret over %s',
  (transport) => {
    it('gets its stream once the signature is verified', async () => {
      expect(await streamedText(transport, 'secret-a')).toBe('welcome');
    });

    it('signed with the wrong secret, gets AccessDeniedException', async () => {
      const error = await streamedText(transport, 'secret-b').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AccessDeniedException);
      expect((error as AccessDeniedException).$metadata.httpStatusCode).toBe(403);
    });
  },
);

describe('gateway keys as tokens', () => {
  it('@heimdall/client with apiKey gets its reply; with a wrong key, AccessDeniedException', async () => {
    const client = (apiKey: string) => createHeimdallClient({ baseUrl: harness.url, apiKey, prefix: '/bedrock' });
    const reply = await client('plain-token').converse('openai/keyed', { messages });
    expect(reply.output.message?.content).toEqual([{ text: 'welcome' }]);
    const error = await client('wrong-token')
      .converse('openai/keyed', { messages })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ClientAccessDenied);
    expect((error as ClientAccessDenied).message).toMatch(/^The gateway key is not valid/);
  });

  it('a wrong bearer key gets 403 with x-amzn-errortype AccessDeniedException', async () => {
    const reply = await post({ authorization: 'Bearer wrong-token' });
    expect(reply).toMatchObject({ status: 403, type: 'AccessDeniedException' });
    expect(JSON.stringify(reply.body)).not.toContain('plain-token');
  });

  it.each([['x-api-key'], ['x-bf-vk']])('the key in %s is accepted', async (header) => {
    expect(await post({ [header]: 'plain-token' })).toMatchObject({ status: 200 });
    expect(await post({ [header]: 'secret-b' })).toMatchObject({ status: 403, type: 'AccessDeniedException' });
  });

  it('the key as the password of Basic authorization is accepted', async () => {
    const basic = (password: string) => `Basic ${Buffer.from(`any-user:${password}`).toString('base64')}`;
    expect(await post({ authorization: basic('plain-token') })).toMatchObject({ status: 200 });
    expect(await post({ authorization: basic('secret-b') })).toMatchObject({ status: 403 });
  });

  it('no key at all gets 403 saying how to send one', async () => {
    const reply = await post({});
    expect(reply).toMatchObject({ status: 403, type: 'AccessDeniedException' });
    expect(reply.body.message).toMatch(/^A gateway key is required/);
  });
});

describe('what needs no key, and what never goes upstream', () => {
  it('the Vercel AI SDK signing with the gateway key id and secret gets its reply', async () => {
    const bedrock = createAmazonBedrock({
      baseURL: `${harness.url}/bedrock`,
      region: 'us-east-1',
      accessKeyId: 'team-a',
      secretAccessKey: 'secret-a',
    });
    const result = await generateText({ model: bedrock('openai/keyed'), prompt: 'hi' });
    expect(result.text).toBe('welcome');
  });

  it('the upstream sees its own key, never the gateway key or the client signature', async () => {
    const before = harness.mock.requests.length;
    await post({ authorization: 'Bearer plain-token' });
    await post({ 'x-api-key': 'plain-token' });
    await post({ 'x-bf-vk': 'plain-token' });
    await streamedText('http2', 'secret-a');
    const sent = harness.mock.requests.slice(before);
    expect(sent).toHaveLength(4);
    for (const request of sent) {
      expect(request.headers.authorization).toBe(`Bearer ${upstreamKey}`);
      expect(request.headers['x-api-key']).toBeUndefined();
      expect(request.headers['x-bf-vk']).toBeUndefined();
      expect(Object.keys(request.headers).filter((name) => name.startsWith('x-amz'))).toEqual([]);
      expect(JSON.stringify(request.headers)).not.toMatch(/plain-token|secret-a|team-a/);
    }
  });

  it.each([['/health'], ['/ready']])('%s answers without a key', async (path) => {
    const response = await fetch(`${harness.url}${path}`);
    expect(response.status).toBe(200);
  });

  it('/metrics needs a gateway key once the gateway has keys', async () => {
    expect((await fetch(`${harness.url}/metrics`)).status).toBe(403);
    expect((await fetch(`${harness.url}/metrics`, { headers: { authorization: 'Bearer plain-token' } })).status).toBe(
      200,
    );
  });
});
