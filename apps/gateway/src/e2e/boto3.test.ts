import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Boto3Call, boto3Unavailable, runBoto3 } from '../test-support/boto3-runner.js';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';

const unavailable = boto3Unavailable();
// Under CI a missing boto3 fails the run instead of skipping it quietly.
if (unavailable && process.env.CI) throw new Error(`boto3 is required under CI: ${unavailable}`);
const title = unavailable ? `boto3 (skipped: ${unavailable})` : 'boto3 against the gateway, signing with SigV4';

let harness: GatewayHarness;
beforeAll(async () => {
  if (unavailable) return;
  harness = await startGatewayHarness({ environment: { HEIMDALL_API_KEYS: 'team-py:secret-py' } });
  harness.mock.scriptFor('py-text', {
    steps: [
      { type: 'text', text: 'Hello ' },
      { type: 'text', text: 'Python' },
    ],
    usage: { inputTokens: 5, outputTokens: 2 },
  });
  harness.mock.scriptFor('py-tools', {
    steps: [
      {
        type: 'tool-calls',
        calls: [{ id: 'call_kyiv', name: 'get_weather', arguments: ['{"city":', '"Kyiv"}'] }],
      },
    ],
    usage: { inputTokens: 30, outputTokens: 10 },
  });
  harness.mock.scriptFor('py-busy', { steps: [], failure: { type: 'http-error', status: 429, message: 'Slow down' } });
  harness.mock.scriptFor('py-drop', { steps: [{ type: 'text', text: 'Cut' }, { type: 'drop-connection' }] });
});
afterAll(() => harness?.close());

const messages = [{ role: 'user', content: [{ text: 'Weather in Kyiv?' }] }];
const toolConfig = {
  tools: [
    {
      toolSpec: {
        name: 'get_weather',
        inputSchema: { json: { type: 'object', properties: { city: { type: 'string' } } } },
      },
    },
  ],
};
/** The mock answers each upstream with the script of the model name after the prefix. */
const call = (operation: Boto3Call['operation'], model: string, provider = 'openai'): Boto3Call => ({
  operation,
  modelId: `${provider}/${model}`,
  messages,
  toolConfig,
});

describe.skipIf(unavailable !== undefined)(title, () => {
  it.each(['openai', 'gemini'])(
    'converse_stream and converse return what the %s upstream said, and errors raise the Bedrock error codes',
    async (provider) => {
      const [text, tools, whole, busy, dropped] = await runBoto3({
        endpoint: `${harness.url}/bedrock`,
        accessKeyId: 'team-py',
        secretAccessKey: 'secret-py',
        calls: [
          call('converse_stream', 'py-text', provider),
          call('converse_stream', 'py-tools', provider),
          call('converse', 'py-tools', provider),
          call('converse_stream', 'py-busy', provider),
          call('converse_stream', 'py-drop', provider),
        ],
      });

      const deltas = text?.events?.flatMap((event) => (event.contentBlockDelta ? [event.contentBlockDelta] : []));
      expect(deltas?.map((delta) => (delta.delta as { text: string }).text).join('')).toBe('Hello Python');
      expect(text?.events?.at(-1)?.metadata).toMatchObject({
        usage: { inputTokens: 5, outputTokens: 2, totalTokens: 7 },
      });
      expect(text?.requestId).toMatch(/^[0-9a-f-]{36}$/);

      expect(tools?.events?.find((event) => event.contentBlockStart)?.contentBlockStart).toEqual({
        contentBlockIndex: 0,
        start: { toolUse: { toolUseId: 'call_kyiv', name: 'get_weather' } },
      });
      expect(tools?.events?.find((event) => event.messageStop)?.messageStop).toEqual({ stopReason: 'tool_use' });

      expect(whole?.reply).toMatchObject({
        output: { message: { content: [{ toolUse: { toolUseId: 'call_kyiv', input: { city: 'Kyiv' } } }] } },
        stopReason: 'tool_use',
        usage: { inputTokens: 30, outputTokens: 10, totalTokens: 40 },
      });

      expect(busy?.error).toMatchObject({ code: 'ThrottlingException', status: 429 });
      expect(busy?.error?.message).toContain('Slow down');

      expect(dropped?.events?.some((event) => event.contentBlockDelta)).toBe(true);
      expect(dropped?.error?.code).toBe('modelStreamErrorException');
    },
  );

  it('a wrong secret key is refused with AccessDeniedException', async () => {
    const [refused] = await runBoto3({
      endpoint: `${harness.url}/bedrock`,
      accessKeyId: 'team-py',
      secretAccessKey: 'not-the-secret',
      calls: [call('converse', 'py-text')],
    });
    expect(refused?.error).toMatchObject({ code: 'AccessDeniedException', status: 403 });
  });
});
