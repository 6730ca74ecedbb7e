import type { Script } from '@heimdall/mock-upstream';
import { ChatBedrockConverse } from '@langchain/aws';
import type { AIMessageChunk } from '@langchain/core/messages';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createBedrockClient, type Transport } from '../test-support/aws-clients.js';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness();
});
afterAll(() => harness.close());

const weatherTool = {
  name: 'get_weather',
  description: 'The weather in a city',
  schema: z.object({ city: z.string() }),
};

const toolScript: Script = {
  steps: [
    { type: 'text', text: 'One moment.' },
    { type: 'tool-calls', calls: [{ id: 'call_oslo', name: 'get_weather', arguments: ['{"city"', ':"Oslo"}'] }] },
  ],
  usage: { inputTokens: 21, outputTokens: 9 },
};

describe.each<Transport>(['http2', 'http1'])('LangChain ChatBedrockConverse over %s', (transport) => {
  /** LangChain's Bedrock chat model with the AWS SDK client pointed at the gateway's `/langchain` routes. */
  const chatModel = (model: string) =>
    new ChatBedrockConverse({
      model,
      region: 'us-east-1',
      client: createBedrockClient({ endpoint: `${harness.url}/langchain`, transport }),
    });

  it('.stream() yields the text as message chunks, with usage at the end', async () => {
    harness.mock.scriptFor('lc-text', {
      steps: [
        { type: 'text', text: 'Fjords ' },
        { type: 'text', text: 'are deep.' },
      ],
      usage: { inputTokens: 6, outputTokens: 3 },
    });
    const chunks: AIMessageChunk[] = [];
    for await (const chunk of await chatModel('openai/lc-text').stream('Tell me about fjords')) chunks.push(chunk);
    const text = chunks.map((chunk) => (typeof chunk.content === 'string' ? chunk.content : '')).join('');
    expect(text).toBe('Fjords are deep.');
    const usage = chunks.find((chunk) => chunk.usage_metadata)?.usage_metadata;
    expect(usage).toMatchObject({ input_tokens: 6, output_tokens: 3, total_tokens: 9 });
  });

  it('.stream() with a bound tool yields tool_call_chunks that add up to the call', async () => {
    harness.mock.scriptFor('lc-tools', toolScript);
    const model = chatModel('openai/lc-tools').bindTools([weatherTool]);
    let whole: AIMessageChunk | undefined;
    const toolChunks: unknown[] = [];
    for await (const chunk of await model.stream('Weather in Oslo?')) {
      toolChunks.push(...(chunk.tool_call_chunks ?? []));
      whole = whole ? whole.concat(chunk) : chunk;
    }
    expect(toolChunks.length).toBeGreaterThan(1);
    expect(toolChunks[0]).toMatchObject({ id: 'call_oslo', name: 'get_weather' });
    expect(whole?.tool_calls).toEqual([
      expect.objectContaining({ id: 'call_oslo', name: 'get_weather', args: { city: 'Oslo' } }),
    ]);
  });

  it('.invoke() returns the whole message with its tool call and usage', async () => {
    harness.mock.scriptFor('lc-tools', toolScript);
    const reply = await chatModel('openai/lc-tools').bindTools([weatherTool]).invoke('Weather in Oslo?');
    expect(reply.tool_calls).toEqual([
      expect.objectContaining({ id: 'call_oslo', name: 'get_weather', args: { city: 'Oslo' } }),
    ]);
    expect(JSON.stringify(reply.content)).toContain('One moment.');
    expect(reply.usage_metadata).toMatchObject({ input_tokens: 21, output_tokens: 9, total_tokens: 30 });
    expect(reply.response_metadata).toMatchObject({ stopReason: 'tool_use' });
  });
});
