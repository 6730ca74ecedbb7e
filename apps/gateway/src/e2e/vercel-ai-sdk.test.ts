import { createAmazonBedrock } from '@ai-sdk/amazon-bedrock';
import type { Script } from '@heimdall/mock-upstream';
import { generateText, streamText, tool } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness();
});
afterAll(() => harness.close());

/** The Vercel AI SDK's Bedrock provider, unmodified, signing with SigV4 as it does against Bedrock. */
const bedrock = () =>
  createAmazonBedrock({
    baseURL: `${harness.url}/bedrock`,
    region: 'us-east-1',
    accessKeyId: 'AKIDEXAMPLE',
    secretAccessKey: 'not-checked-when-the-gateway-has-no-keys',
  });

const tools = {
  get_weather: tool({
    description: 'The weather in a city',
    inputSchema: z.object({ city: z.string() }),
  }),
};

const weatherScript: Script = {
  steps: [
    { type: 'text', text: 'Let me check.' },
    {
      type: 'tool-calls',
      calls: [
        { id: 'call_paris', name: 'get_weather', arguments: ['{"ci', 'ty":"Paris"}'] },
        { id: 'call_rome', name: 'get_weather', arguments: ['{"city":"Rome"}'] },
      ],
    },
  ],
  usage: { inputTokens: 40, outputTokens: 12 },
};

describe('Vercel AI SDK (@ai-sdk/amazon-bedrock) against the gateway', () => {
  it('streamText streams the text, with usage and the finish reason', async () => {
    harness.mock.scriptFor('ai-text', {
      steps: [
        { type: 'text', text: 'Hello ' },
        { type: 'text', text: 'from the gateway' },
      ],
      usage: { inputTokens: 8, outputTokens: 4 },
    });
    const result = streamText({ model: bedrock()('openai/ai-text'), prompt: 'Say hello' });
    const pieces: string[] = [];
    for await (const piece of result.textStream) pieces.push(piece);
    expect(pieces.join('')).toBe('Hello from the gateway');
    expect(pieces.length).toBeGreaterThan(1);
    expect(await result.finishReason).toBe('stop');
    const usage = await result.usage;
    expect([usage.inputTokens, usage.outputTokens, usage.totalTokens]).toEqual([8, 4, 12]);
  });

  it('streamText turns streamed tool calls into tool-call parts with parsed arguments', async () => {
    harness.mock.scriptFor('ai-tools', weatherScript);
    const result = streamText({ model: bedrock()('openai/ai-tools'), prompt: 'Weather in Paris and Rome?', tools });
    const kinds: string[] = [];
    for await (const part of result.fullStream) kinds.push(part.type);
    expect(kinds).toContain('tool-input-delta');
    const calls = await result.toolCalls;
    expect(calls.map((call) => [call.toolCallId, call.toolName, call.input])).toEqual([
      ['call_paris', 'get_weather', { city: 'Paris' }],
      ['call_rome', 'get_weather', { city: 'Rome' }],
    ]);
    expect(await result.text).toBe('Let me check.');
    expect(await result.finishReason).toBe('tool-calls');
    expect((await result.usage).totalTokens).toBe(52);
  });

  it('generateText gets the whole reply through Converse', async () => {
    harness.mock.scriptFor('ai-tools', weatherScript);
    const before = harness.mock.requests.length;
    const result = await generateText({ model: bedrock()('openai/ai-tools'), prompt: 'Weather?', tools });
    expect(result.text).toBe('Let me check.');
    expect(result.toolCalls.map((call) => call.input)).toEqual([{ city: 'Paris' }, { city: 'Rome' }]);
    expect(result.finishReason).toBe('tool-calls');
    expect(result.usage.inputTokens).toBe(40);
    expect(result.usage.outputTokens).toBe(12);
    const upstream = harness.mock.requests.slice(before);
    expect(upstream).toHaveLength(1);
    expect(result.response.headers?.['x-heimdall-model']).toBe('openai/ai-tools');
    const requestId = result.response.headers?.['x-amzn-requestid'];
    const line = harness.log.lines.find((entry) => entry.msg === 'request' && entry.requestId === requestId);
    expect(line?.route).toBe('/bedrock/model/{modelId}/converse');
  });
});
