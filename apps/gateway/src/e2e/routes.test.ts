import { ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBedrockClient } from '../test-support/aws-clients.js';
import { boto3Unavailable, runBoto3 } from '../test-support/boto3-runner.js';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';

const messages = [{ role: 'user' as const, content: [{ text: 'hi' }] }];
const boto3Missing = boto3Unavailable();
if (boto3Missing && process.env.CI) throw new Error(`boto3 is required under CI: ${boto3Missing}`);

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness({
    environment: { HEIMDALL_API_KEYS: 'team-py:secret-py' },
    configFile: {
      routes: {
        // What the README shows: an alias whose first model is throttled, answered by the next.
        'chat-default': { targets: ['openai/primary', 'anthropic/backup'] },
        // A Bedrock-style id, so that Bedrock clients pick their Anthropic profile for it.
        'anthropic.claude-sonnet-4-5': { targets: ['openai/refuses', 'anthropic/backup'], fallbackOn: ['throttled'] },
      },
    },
  });
});
afterAll(() => harness.close());
beforeEach(() => {
  harness.mock.reset();
  harness.mock.scriptFor('primary', { steps: [], failure: { type: 'http-error', status: 429, message: 'slow down' } });
  harness.mock.scriptFor('backup', { steps: [{ type: 'text', text: 'from the backup' }] });
  harness.mock.scriptFor('refuses', { steps: [], failure: { type: 'http-error', status: 400, message: 'bad' } });
});

/** Which wire format was asked for which model, as `openai:primary`, in the order the mock received them. */
const wireModels = () =>
  harness.mock.requests.map(({ path, body }) => {
    const model = (body as { model?: string } | undefined)?.model;
    if (path.endsWith('/chat/completions')) return `openai:${model}`;
    if (path.endsWith('/v1/messages')) return `anthropic:${model}`;
    return `gemini:${/\/models\/([^:/]+):/.exec(path)?.[1]}`;
  });

describe('routes: aliases and fallback chains from the config file', () => {
  it.skipIf(boto3Missing !== undefined)(
    'boto3 streams from chat-default, answered by the fallback when the primary is throttled, with no change to the client',
    async () => {
      const [outcome] = await runBoto3({
        endpoint: harness.url,
        accessKeyId: 'team-py',
        secretAccessKey: 'secret-py',
        calls: [{ operation: 'converse_stream', modelId: 'chat-default', messages }],
      });
      const text = (outcome?.events ?? [])
        .map((event) => (event.contentBlockDelta?.delta as { text?: string } | undefined)?.text ?? '')
        .join('');
      expect(outcome?.error).toBeUndefined();
      expect(text).toBe('from the backup');
      expect(outcome?.headers).toEqual({ 'x-heimdall-model': 'anthropic/backup', 'x-heimdall-attempts': '4' });
      expect(wireModels()).toContain('anthropic:backup');
      expect(wireModels().filter((model) => model === 'openai:primary').length).toBeGreaterThan(0);
      // The log line names each attempt: the primary's throttled tries, then the fallback's answer.
      const line = harness.log.lines.find((entry) => entry.msg === 'request' && entry.model === 'chat-default');
      const attempts = (line?.attempts ?? []) as { modelId: string; outcome: string }[];
      expect(attempts.map(({ modelId, outcome }) => `${modelId} ${outcome}`)).toEqual([
        'openai/primary ThrottlingException',
        'openai/primary ThrottlingException',
        'openai/primary ThrottlingException',
        'anthropic/backup ok',
      ]);
    },
  );

  it('the AWS SDK for JavaScript gets the same, and the reply names the model that answered', async () => {
    const client = createBedrockClient({
      endpoint: harness.url,
      transport: 'http2',
      credentials: { accessKeyId: 'team-py', secretAccessKey: 'secret-py' },
    });
    const reply = await client.send(new ConverseStreamCommand({ modelId: 'chat-default', messages }));
    let text = '';
    for await (const event of reply.stream ?? []) text += event.contentBlockDelta?.delta?.text ?? '';
    expect(text).toBe('from the backup');
    const line = harness.log.lines.find((entry) => entry.msg === 'request' && entry.model === 'chat-default');
    expect(line).toMatchObject({ answeredBy: 'anthropic/backup', provider: 'anthropic' });
    // By now the throttled primary has failed often enough to be set aside: the next request asks the fallback only.
    const asked = wireModels().length;
    const again = await client.send(new ConverseStreamCommand({ modelId: 'chat-default', messages }));
    for await (const _event of again.stream ?? []);
    expect(wireModels().slice(asked)).toEqual(['anthropic:backup']);
  });

  it('a route falls back only on the failures it names: a bad request to its first model ends there', async () => {
    const response = await fetch(`${harness.url}/model/anthropic.claude-sonnet-4-5/converse`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer secret-py' },
      body: JSON.stringify({ messages }),
    });
    expect(response.status).toBe(400);
    expect(wireModels()).toEqual(['openai:refuses']);
  });

  it('takes per-request fallbacks from the x-heimdall-fallbacks header, for clients that cannot send a body field', async () => {
    const response = await fetch(`${harness.url}/model/openai%2Fprimary/converse`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer secret-py',
        'x-heimdall-fallbacks': 'gemini/backup, anthropic/backup',
      },
      body: JSON.stringify({ messages }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-heimdall-model')).toBe('gemini/backup');
    expect(wireModels().at(-1)).toBe('gemini:backup');
  });

  it('refuses a header fallback no header-safe model id could be, before any upstream call', async () => {
    const response = await fetch(`${harness.url}/model/openai%2Fprimary/converse`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer secret-py',
        'x-heimdall-fallbacks': Array.from({ length: 9 }, (_, index) => `openai/m${index}`).join(','),
      },
      body: JSON.stringify({ messages }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      message: expect.stringContaining('x-heimdall-fallbacks: 9 entries'),
    });
    expect(harness.mock.requests).toHaveLength(0);
  });
});
