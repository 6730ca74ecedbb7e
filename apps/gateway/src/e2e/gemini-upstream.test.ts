import { createAmazonBedrock } from '@ai-sdk/amazon-bedrock';
import {
  ConverseCommand,
  ConverseStreamCommand,
  type ConverseStreamOutput,
  InternalServerException,
  type Message,
  ThrottlingException,
} from '@aws-sdk/client-bedrock-runtime';
import type { Script } from '@heimdall/mock-upstream';
import { streamText, tool } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createBedrockClient } from '../test-support/aws-clients.js';
import { type GatewayHarness, startGatewayHarness, upstreamKey } from '../test-support/gateway-harness.js';

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
        inputSchema: {
          json: {
            $schema: 'http://json-schema.org/draft-07/schema#',
            type: 'object',
            properties: { city: { type: 'string' } },
            required: ['city'],
            additionalProperties: false,
          },
        },
      },
    },
  ],
};

async function collect(stream: AsyncIterable<ConverseStreamOutput> | undefined) {
  const events: ConverseStreamOutput[] = [];
  for await (const event of stream ?? []) events.push(event);
  return events;
}

/** Gemini 3 thinks, then calls a function with the thought signature on the call. */
const thinkingThenCall: Script = {
  steps: [
    { type: 'reasoning', text: 'Paris weather needs the tool.' },
    { type: 'reasoning-signature', signature: 'c2lnbmVkLWNhbGw=' },
    { type: 'tool-calls', calls: [{ id: 'call_paris', name: 'get_weather', arguments: ['{"city":"Paris"}'] }] },
  ],
  usage: { inputTokens: 12, outputTokens: 30, reasoningTokens: 20, cacheReadTokens: 1000 },
};

describe('Gemini upstream, through the gateway, to the AWS SDK', () => {
  it('streams thoughts, the call’s signature and the call, with thinking counted as output and cached input apart', async () => {
    harness.mock.scriptFor('gemini-think', thinkingThenCall);
    const reply = await client().send(
      new ConverseStreamCommand({
        modelId: 'gemini/gemini-think',
        messages: [{ role: 'user', content: [{ text: 'Weather in Paris?' }] }],
        toolConfig: { ...tools, toolChoice: { tool: { name: 'get_weather' } } },
        additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 1024 } },
      }),
    );
    const events = await collect(reply.stream);
    const reasoning = events.flatMap((event) =>
      event.contentBlockDelta?.delta?.reasoningContent
        ? [[event.contentBlockDelta.contentBlockIndex, event.contentBlockDelta.delta.reasoningContent]]
        : [],
    );
    expect(reasoning).toEqual([
      [0, { text: 'Paris weather needs the tool.' }],
      [1, { signature: 'c2lnbmVkLWNhbGw=' }],
    ]);
    expect(events.find((event) => event.contentBlockStart)?.contentBlockStart).toEqual({
      contentBlockIndex: 2,
      start: { toolUse: { toolUseId: 'call_paris', name: 'get_weather' } },
    });
    expect(events.find((event) => event.messageStop)?.messageStop?.stopReason).toBe('tool_use');
    expect(events.at(-1)?.metadata?.usage).toEqual({
      inputTokens: 12,
      outputTokens: 30,
      cacheReadInputTokens: 1000,
      totalTokens: 1042,
    });

    const sent = harness.mock.requests.at(-1);
    expect(sent?.path).toBe('/v1beta/models/gemini-think:streamGenerateContent');
    expect(sent?.headers['x-goog-api-key']).toBe(upstreamKey);
    expect(sent?.body).toMatchObject({
      tools: [
        {
          functionDeclarations: [
            {
              name: 'get_weather',
              parameters: { type: 'OBJECT', properties: { city: { type: 'STRING' } }, required: ['city'] },
            },
          ],
        },
      ],
      toolConfig: { functionCallingConfig: { mode: 'ANY', allowedFunctionNames: ['get_weather'] } },
      generationConfig: { thinkingConfig: { includeThoughts: true, thinkingBudget: 1024 } },
    });
    const parameters = JSON.stringify((sent?.body as { tools?: unknown } | undefined)?.tools);
    expect(parameters).not.toContain('additionalProperties');
    expect(parameters).not.toContain('$schema');
  });

  it('sends the signature back on the function call in the next turn, and the result as a named function response', async () => {
    harness.mock.scriptFor('gemini-think', thinkingThenCall);
    const first = await client().send(
      new ConverseCommand({
        modelId: 'gemini/gemini-think',
        messages: [{ role: 'user', content: [{ text: 'Weather in Paris?' }] }],
        toolConfig: tools,
      }),
    );
    const assistant = first.output?.message as Message;
    expect(assistant.content).toEqual([
      { reasoningContent: { reasoningText: { text: 'Paris weather needs the tool.' } } },
      { reasoningContent: { reasoningText: { text: '', signature: 'c2lnbmVkLWNhbGw=' } } },
      { toolUse: { toolUseId: 'call_paris', name: 'get_weather', input: { city: 'Paris' } } },
    ]);

    harness.mock.scriptFor('gemini-think', { steps: [{ type: 'text', text: 'It is 21°C in Paris.' }] });
    const second = await client().send(
      new ConverseCommand({
        modelId: 'gemini/gemini-think',
        messages: [
          { role: 'user', content: [{ text: 'Weather in Paris?' }] },
          assistant,
          {
            role: 'user',
            content: [{ toolResult: { toolUseId: 'call_paris', content: [{ json: { celsius: 21 } }] } }],
          },
        ],
        toolConfig: tools,
      }),
    );
    expect(second.output?.message?.content).toEqual([{ text: 'It is 21°C in Paris.' }]);
    expect(second.stopReason).toBe('end_turn');
    const sent = harness.mock.requests.at(-1)?.body as { contents: { role: string; parts: unknown[] }[] };
    expect(sent.contents[1]).toEqual({
      role: 'model',
      parts: [
        {
          functionCall: { id: 'call_paris', name: 'get_weather', args: { city: 'Paris' } },
          thoughtSignature: 'c2lnbmVkLWNhbGw=',
        },
      ],
    });
    expect(sent.contents[2]).toEqual({
      role: 'user',
      parts: [{ functionResponse: { id: 'call_paris', name: 'get_weather', response: { output: { celsius: 21 } } } }],
    });
  });

  it('the Vercel AI SDK reads Gemini’s thoughts as reasoning, the signature-only block included, and still gets the call', async () => {
    harness.mock.scriptFor('gemini-think', thinkingThenCall);
    const bedrock = createAmazonBedrock({
      baseURL: `${harness.url}/bedrock`,
      region: 'us-east-1',
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'unchecked',
    });
    const result = streamText({
      model: bedrock('gemini/gemini-think'),
      prompt: 'Weather in Paris?',
      tools: { get_weather: tool({ inputSchema: z.object({ city: z.string() }) }) },
    });
    let reasoning = '';
    for await (const part of result.fullStream) if (part.type === 'reasoning-delta') reasoning += part.text;
    expect(reasoning).toBe('Paris weather needs the tool.');
    expect((await result.toolCalls).map((call) => [call.toolName, call.input])).toEqual([
      ['get_weather', { city: 'Paris' }],
    ]);
    expect(await result.finishReason).toBe('tool-calls');
  });

  it('turns Gemini’s 429 into ThrottlingException after retrying, waiting for the delay Google asked for', async () => {
    harness.mock.scriptFor('gemini-quota', {
      steps: [],
      failure: { type: 'http-error', status: 429, retryAfterSeconds: 3 },
    });
    const before = harness.retryDelays.length;
    const error = await client()
      .send(
        new ConverseStreamCommand({
          modelId: 'gemini/gemini-quota',
          messages: [{ role: 'user', content: [{ text: 'hi' }] }],
        }),
      )
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ThrottlingException);
    expect((error as Error).message).toContain('You exceeded your current quota');
    expect(harness.retryDelays.slice(before)).toEqual([3_000, 3_000]);
  });

  it('ends with a model stream error when Gemini reports an error mid-stream', async () => {
    harness.mock.scriptFor('gemini-fails', {
      steps: [
        { type: 'text', text: 'Starting' },
        { type: 'stream-error', status: 503 },
      ],
    });
    const reply = await client().send(
      new ConverseStreamCommand({
        modelId: 'gemini/gemini-fails',
        messages: [{ role: 'user', content: [{ text: 'hi' }] }],
      }),
    );
    await expect(collect(reply.stream)).rejects.toMatchObject({
      name: 'ModelStreamErrorException',
      message: expect.stringContaining('The model is overloaded'),
    });
  });
});

describe('a refused Gemini key', () => {
  it("reaches the client as the gateway's own credential failure, not as AccessDeniedException, and the key appears in no reply or log", async () => {
    const refusedKey = 'AIzaSyRefusedKey000000000000000000000';
    const refused = await startGatewayHarness({ environment: { GEMINI_API_KEY: refusedKey } });
    try {
      const error = await createBedrockClient({ endpoint: `${refused.url}/bedrock`, transport: 'http2' })
        .send(
          new ConverseCommand({
            modelId: 'gemini/gemini-2.5-flash',
            messages: [{ role: 'user', content: [{ text: 'hi' }] }],
          }),
        )
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(InternalServerException);
      expect((error as Error).message).toBe(
        'gemini: API key not valid. Please pass a valid API key. (the upstream refused the gateway\'s own credentials for the provider "gemini": the gateway\'s operator must fix them; the key you sent was accepted)',
      );
      expect(refused.log.raw.join('\n')).not.toContain(refusedKey);
    } finally {
      await refused.close();
    }
  });
});
