import { AccessDeniedException, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBedrockClient } from '../test-support/aws-clients.js';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';

const messages = [{ role: 'user' as const, content: [{ text: 'hi' }] }];

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness({
    configFile: {
      gatewayKeys: [
        { id: 'openai-only', secret: 'secret-openai-only', models: { allow: ['openai/*'] } },
        { id: 'no-gemini', secret: 'secret-no-gemini', providers: { deny: ['gemini'] } },
        { id: 'lapsed', secret: 'secret-lapsed', expiresAt: '2020-01-01T00:00:00Z' },
        { id: 'switched-off', secret: 'secret-switched-off', active: false },
      ],
    },
  });
});
afterAll(() => harness.close());
beforeEach(() => {
  harness.mock.reset();
  harness.mock.scriptFor('gpt-4o', { steps: [{ type: 'text', text: 'allowed' }] });
});

const sdk = (accessKeyId: string, secretAccessKey: string) =>
  createBedrockClient({
    endpoint: `${harness.url}/bedrock`,
    transport: 'http2',
    credentials: { accessKeyId, secretAccessKey },
  });

describe("each gateway key's policy, enforced for real clients", () => {
  it('a key limited to openai/* streams from OpenAI through the AWS SDK (SigV4)', async () => {
    const { stream } = await sdk('openai-only', 'secret-openai-only').send(
      new ConverseStreamCommand({ modelId: 'openai/gpt-4o', messages }),
    );
    let text = '';
    for await (const event of stream ?? []) text += event.contentBlockDelta?.delta?.text ?? '';
    expect(text).toBe('allowed');
  });

  it('the same key is refused on anthropic/…: AccessDeniedException naming the key and the model, no upstream call', async () => {
    const refused = sdk('openai-only', 'secret-openai-only').send(
      new ConverseCommand({ modelId: 'anthropic/claude-sonnet-4-5', messages }),
    );
    await expect(refused).rejects.toBeInstanceOf(AccessDeniedException);
    await expect(refused).rejects.toThrow(
      'The gateway key openai-only may not call anthropic/claude-sonnet-4-5: the model "anthropic/claude-sonnet-4-5" is not allowed for it',
    );
    expect(harness.mock.requests).toHaveLength(0);
  });

  it('a fallback the key may not call is refused too, not tried', async () => {
    harness.mock.scriptFor('broken', { steps: [], failure: { type: 'http-error', status: 503 } });
    const response = await fetch(`${harness.url}/model/openai%2Fbroken/converse`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer secret-no-gemini' },
      body: JSON.stringify({ messages, fallbacks: ['gemini/gemini-2.5-flash'] }),
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ message: expect.stringContaining('provider "gemini" is denied') });
    expect(harness.mock.requests.every((request) => !request.path.includes('gemini'))).toBe(true);
  });

  it('an expired key and an inactive key are refused, each saying why', async () => {
    const expired = sdk('lapsed', 'secret-lapsed').send(new ConverseCommand({ modelId: 'openai/gpt-4o', messages }));
    await expect(expired).rejects.toBeInstanceOf(AccessDeniedException);
    await expect(expired).rejects.toThrow('The gateway key lapsed cannot be used: it expired at 2020-01-01T00:00:00Z');
    const inactive = await fetch(`${harness.url}/model/openai%2Fgpt-4o/converse`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-bf-vk': 'secret-switched-off' },
      body: JSON.stringify({ messages }),
    });
    expect(inactive.status).toBe(403);
    expect(await inactive.json()).toMatchObject({
      message: 'The gateway key switched-off cannot be used: it is inactive',
    });
    expect(harness.mock.requests).toHaveLength(0);
    expect(harness.log.raw.join('\n')).not.toMatch(/secret-(lapsed|switched-off)/);
  });
});
