import {
  ConverseCommand,
  ConverseStreamCommand,
  type ConverseStreamOutput,
  type Message,
  ServiceUnavailableException,
} from '@aws-sdk/client-bedrock-runtime';
import type { Script } from '@heimdall/mock-upstream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBedrockClient } from '../test-support/aws-clients.js';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness();
});
afterAll(() => harness.close());

const client = () => createBedrockClient({ endpoint: `${harness.url}/bedrock`, transport: 'http2' });
const tools = {
  tools: [
    {
      toolSpec: {
        name: 'get_weather',
        inputSchema: { json: { type: 'object', properties: { city: { type: 'string' } } } },
      },
    },
  ],
};

async function collect(stream: AsyncIterable<ConverseStreamOutput> | undefined) {
  const events: ConverseStreamOutput[] = [];
  for await (const event of stream ?? []) events.push(event);
  return events;
}

const thinkingThenTool: Script = {
  steps: [
    { type: 'reasoning', text: 'Paris weather needs the tool.' },
    { type: 'reasoning-signature', signature: 'c2lnbmVkLXRob3VnaHQ=' },
    { type: 'tool-calls', calls: [{ id: 'toolu_01', name: 'get_weather', arguments: ['{"city":', '"Paris"}'] }] },
  ],
  usage: { inputTokens: 12, outputTokens: 30, cacheReadTokens: 1000, cacheWriteTokens: 200 },
};

describe('Anthropic upstream, through the gateway, to the AWS SDK', () => {
  it('streams thinking with its signature, a tool call, and cache usage as Bedrock counts it', async () => {
    harness.mock.scriptFor('claude-think', thinkingThenTool);
    const reply = await client().send(
      new ConverseStreamCommand({
        modelId: 'anthropic/claude-think',
        messages: [{ role: 'user', content: [{ text: 'Weather in Paris?' }] }],
        toolConfig: tools,
        additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 1024 } },
      }),
    );
    const events = await collect(reply.stream);
    const reasoning = events.flatMap((event) =>
      event.contentBlockDelta?.contentBlockIndex === 0 ? [event.contentBlockDelta.delta?.reasoningContent] : [],
    );
    expect(reasoning).toEqual([{ text: 'Paris weather needs the tool.' }, { signature: 'c2lnbmVkLXRob3VnaHQ=' }]);
    expect(events.find((event) => event.contentBlockStart)?.contentBlockStart?.start?.toolUse).toEqual({
      toolUseId: 'toolu_01',
      name: 'get_weather',
    });
    expect(events.find((event) => event.messageStop)?.messageStop?.stopReason).toBe('tool_use');
    expect(events.at(-1)?.metadata?.usage).toEqual({
      inputTokens: 12,
      outputTokens: 30,
      cacheReadInputTokens: 1000,
      cacheWriteInputTokens: 200,
      totalTokens: 1242,
    });
    const sent = harness.mock.requests.at(-1)?.body as { thinking?: unknown; max_tokens?: number };
    expect(sent.thinking).toEqual({ type: 'enabled', budget_tokens: 1024 });
  });

  it('sends the signed thinking back unchanged in the next turn, so tool use with thinking works across turns', async () => {
    harness.mock.scriptFor('claude-think', thinkingThenTool);
    const first = await client().send(
      new ConverseCommand({
        modelId: 'anthropic/claude-think',
        messages: [{ role: 'user', content: [{ text: 'Weather in Paris?' }] }],
        toolConfig: tools,
      }),
    );
    const assistant = first.output?.message as Message;
    expect(assistant.content?.[0]).toEqual({
      reasoningContent: { reasoningText: { text: 'Paris weather needs the tool.', signature: 'c2lnbmVkLXRob3VnaHQ=' } },
    });

    harness.mock.scriptFor('claude-think', { steps: [{ type: 'text', text: 'It is 21°C in Paris.' }] });
    const second = await client().send(
      new ConverseCommand({
        modelId: 'anthropic/claude-think',
        messages: [
          { role: 'user', content: [{ text: 'Weather in Paris?' }] },
          assistant,
          { role: 'user', content: [{ toolResult: { toolUseId: 'toolu_01', content: [{ json: { celsius: 21 } }] } }] },
        ],
        toolConfig: tools,
      }),
    );
    expect(second.output?.message?.content?.[0]).toEqual({ text: 'It is 21°C in Paris.' });
    const sent = harness.mock.requests.at(-1)?.body as { messages: { role: string; content: unknown[] }[] };
    expect(sent.messages[1]?.content).toEqual([
      { type: 'thinking', thinking: 'Paris weather needs the tool.', signature: 'c2lnbmVkLXRob3VnaHQ=' },
      { type: 'tool_use', id: 'toolu_01', name: 'get_weather', input: { city: 'Paris' } },
    ]);
    expect(sent.messages[2]?.content).toEqual([
      { type: 'tool_result', tool_use_id: 'toolu_01', content: [{ type: 'text', text: '{"celsius":21}' }] },
    ]);
  });

  it('turns an overloaded Anthropic (529) into ServiceUnavailableException', async () => {
    harness.mock.scriptFor('claude-busy', { steps: [], failure: { type: 'http-error', status: 529 } });
    const error = await client()
      .send(
        new ConverseStreamCommand({
          modelId: 'anthropic/claude-busy',
          messages: [{ role: 'user', content: [{ text: 'hi' }] }],
        }),
      )
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServiceUnavailableException);
  });

  it('ends with a model stream error when Anthropic reports an error mid-stream', async () => {
    harness.mock.scriptFor('claude-fails', {
      steps: [
        { type: 'text', text: 'Starting' },
        { type: 'stream-error', message: 'Overloaded' },
      ],
    });
    const reply = await client().send(
      new ConverseStreamCommand({
        modelId: 'anthropic/claude-fails',
        messages: [{ role: 'user', content: [{ text: 'hi' }] }],
      }),
    );
    await expect(collect(reply.stream)).rejects.toMatchObject({
      name: 'ModelStreamErrorException',
      message: expect.stringContaining('Overloaded'),
    });
  });
});
