import { createAmazonBedrock } from '@ai-sdk/amazon-bedrock';
import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { createHeimdallClient, ThrottlingException } from '@heimdall/client';
import type { Script } from '@heimdall/mock-upstream';
import { ChatBedrockConverse } from '@langchain/aws';
import { streamText, tool } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness();
});
afterAll(() => harness.close());

/** Each upstream family, and how a model of it is named: with its provider prefix, or bare for Bedrock. */
const upstreams = [
  ['OpenAI-compatible', (model: string) => `openai/${model}`],
  ['Anthropic', (model: string) => `anthropic/${model}`],
  ['Gemini', (model: string) => `gemini/${model}`],
  ['Bedrock', (model: string) => `us.${model}-v1:0`],
] as const;

/** The mock matches scripts on the name the upstream gets: the part after the prefix. */
const upstreamName = (modelId: string) => modelId.replace(/^(openai|anthropic|gemini)\//, '');

const toolScript: Script = {
  steps: [
    { type: 'text', text: 'Checking. ' },
    { type: 'tool-calls', calls: [{ id: 'call_1', name: 'get_weather', arguments: ['{"city":', '"Oslo"}'] }] },
  ],
  usage: { inputTokens: 21, outputTokens: 9, cacheReadTokens: 100 },
};

describe.each(upstreams)('every client through the gateway to the %s upstream', (_family, modelFor) => {
  it('@heimdall/client streams text and a tool call, with usage counting cache reads', async () => {
    const modelId = modelFor('matrix-tools');
    harness.mock.scriptFor(upstreamName(modelId), toolScript);
    const stream = createHeimdallClient({ baseUrl: harness.url }).converseStream(modelId, {
      messages: [{ role: 'user', content: [{ text: 'Weather in Oslo?' }] }],
      toolConfig: { tools: [{ toolSpec: { name: 'get_weather', inputSchema: { json: { type: 'object' } } } }] },
    });
    const reply = await stream.finalResponse();
    expect(reply.output.message?.content).toEqual([
      { text: 'Checking. ' },
      { toolUse: { toolUseId: 'call_1', name: 'get_weather', input: { city: 'Oslo' } } },
    ]);
    expect(reply.stopReason).toBe('tool_use');
    expect(reply.usage).toMatchObject({
      inputTokens: 21,
      outputTokens: 9,
      cacheReadInputTokens: 100,
      totalTokens: 130,
    });
  });

  it('@heimdall/client gets ThrottlingException for an upstream 429 before the stream', async () => {
    const modelId = modelFor('matrix-busy');
    harness.mock.scriptFor(upstreamName(modelId), { steps: [], failure: { type: 'http-error', status: 429 } });
    const stream = createHeimdallClient({ baseUrl: harness.url }).converseStream(modelId, {
      messages: [{ role: 'user', content: [{ text: 'hi' }] }],
    });
    await expect(stream.finalResponse()).rejects.toBeInstanceOf(ThrottlingException);
  });

  it('the Vercel AI SDK streams text and a tool call', async () => {
    const modelId = modelFor('matrix-tools');
    harness.mock.scriptFor(upstreamName(modelId), toolScript);
    const bedrock = createAmazonBedrock({
      baseURL: `${harness.url}/bedrock`,
      region: 'us-east-1',
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'unchecked',
    });
    const result = streamText({
      model: bedrock(modelId),
      prompt: 'Weather in Oslo?',
      tools: { get_weather: tool({ inputSchema: z.object({ city: z.string() }) }) },
    });
    let text = '';
    for await (const piece of result.textStream) text += piece;
    expect(text).toBe('Checking. ');
    expect((await result.toolCalls).map((call) => [call.toolName, call.input])).toEqual([
      ['get_weather', { city: 'Oslo' }],
    ]);
    expect(await result.finishReason).toBe('tool-calls');
  });

  it('LangChain streams text and a mid-stream failure surfaces as an error', async () => {
    const modelId = modelFor('matrix-fails');
    harness.mock.scriptFor(upstreamName(modelId), {
      steps: [
        { type: 'text', text: 'Part' },
        { type: 'stream-error', message: 'broke' },
      ],
    });
    const model = new ChatBedrockConverse({
      model: modelId,
      region: 'us-east-1',
      client: new BedrockRuntimeClient({
        region: 'us-east-1',
        endpoint: `${harness.url}/langchain`,
        credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'unchecked' },
      }),
    });
    const chunks: string[] = [];
    const reading = (async () => {
      for await (const chunk of await model.stream('hi')) chunks.push(String(chunk.content));
    })();
    await expect(reading).rejects.toThrow(/broke/);
    expect(chunks.join('')).toBe('Part');
  });
});
