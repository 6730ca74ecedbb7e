import {
  type ContentBlock,
  ConverseCommand,
  ConverseStreamCommand,
  type ConverseStreamOutput,
  ThrottlingException,
} from '@aws-sdk/client-bedrock-runtime';
import type { Script } from '@heimdall/mock-upstream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBedrockClient, type Transport } from '../test-support/aws-clients.js';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness();
});
afterAll(() => harness.close());

const ask = { messages: [{ role: 'user' as const, content: [{ text: 'Weather in Paris and Rome?' }] }] };

const toolScript: Script = {
  steps: [
    { type: 'text', text: 'Checking both.' },
    {
      type: 'tool-calls',
      calls: [
        { id: 'call_paris', name: 'get_weather', arguments: ['{"city":', '"Paris"}'] },
        { id: 'call_rome', name: 'get_weather', arguments: ['{"city":"Rome"}'] },
      ],
    },
  ],
  usage: { inputTokens: 31, outputTokens: 17 },
};

async function collect(stream: AsyncIterable<ConverseStreamOutput> | undefined) {
  const events: ConverseStreamOutput[] = [];
  for await (const event of stream ?? []) events.push(event);
  return events;
}

describe.each<Transport>(['http2', 'http1'])('AWS SDK for JavaScript over %s', (transport) => {
  const client = () => createBedrockClient({ endpoint: `${harness.url}/bedrock`, transport });

  it('streams text with usage, as ConverseStreamCommand events', async () => {
    harness.mock.scriptFor('gpt-text', {
      steps: [
        { type: 'text', text: 'Bonjour ' },
        { type: 'text', text: 'Paris' },
      ],
      usage: { inputTokens: 9, outputTokens: 2 },
    });
    const reply = await client().send(new ConverseStreamCommand({ modelId: 'openai/gpt-text', ...ask }));
    const events = await collect(reply.stream);
    const text = events
      .flatMap((event) => (event.contentBlockDelta?.delta?.text ? [event.contentBlockDelta.delta.text] : []))
      .join('');
    expect(text).toBe('Bonjour Paris');
    expect(events[0]?.messageStart?.role).toBe('assistant');
    expect(events.at(-2)?.messageStop?.stopReason).toBe('end_turn');
    expect(events.at(-1)?.metadata?.usage).toEqual({ inputTokens: 9, outputTokens: 2, totalTokens: 11 });
    expect(events.at(-1)?.metadata?.metrics?.latencyMs).toBeGreaterThanOrEqual(0);
    expect(reply.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('streams parallel tool calls as separate tool-use blocks', async () => {
    harness.mock.scriptFor('gpt-tools', toolScript);
    const reply = await client().send(new ConverseStreamCommand({ modelId: 'openai/gpt-tools', ...ask }));
    const events = await collect(reply.stream);
    const starts = events.flatMap((event) => (event.contentBlockStart ? [event.contentBlockStart] : []));
    expect(
      starts.map((start) => [start.contentBlockIndex, start.start?.toolUse?.toolUseId, start.start?.toolUse?.name]),
    ).toEqual([
      [1, 'call_paris', 'get_weather'],
      [2, 'call_rome', 'get_weather'],
    ]);
    const inputOf = (index: number) =>
      events
        .flatMap((event) =>
          event.contentBlockDelta?.contentBlockIndex === index
            ? [event.contentBlockDelta.delta?.toolUse?.input ?? '']
            : [],
        )
        .join('');
    expect(JSON.parse(inputOf(1))).toEqual({ city: 'Paris' });
    expect(JSON.parse(inputOf(2))).toEqual({ city: 'Rome' });
    expect(events.find((event) => event.messageStop)?.messageStop?.stopReason).toBe('tool_use');
  });

  it('gets the whole reply from ConverseCommand', async () => {
    harness.mock.scriptFor('gpt-tools', toolScript);
    const reply = await client().send(new ConverseCommand({ modelId: 'openai/gpt-tools', ...ask }));
    const content = reply.output?.message?.content as ContentBlock[];
    expect(content[0]).toEqual({ text: 'Checking both.' });
    expect(content[1]?.toolUse).toEqual({ toolUseId: 'call_paris', name: 'get_weather', input: { city: 'Paris' } });
    expect(reply.stopReason).toBe('tool_use');
    expect(reply.usage).toEqual({ inputTokens: 31, outputTokens: 17, totalTokens: 48 });
  });

  it('throws ThrottlingException for an upstream 429 before the stream', async () => {
    harness.mock.scriptFor('gpt-busy', {
      steps: [],
      failure: { type: 'http-error', status: 429, message: 'Rate limit reached' },
    });
    const error = await client()
      .send(new ConverseStreamCommand({ modelId: 'openai/gpt-busy', ...ask }))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ThrottlingException);
    expect((error as ThrottlingException).message).toContain('Rate limit reached');
    expect((error as ThrottlingException).$metadata.httpStatusCode).toBe(429);
  });

  it('surfaces a connection dropped mid-stream as an exception, not a quiet end', async () => {
    harness.mock.scriptFor('gpt-drop', { steps: [{ type: 'text', text: 'Half an ans' }, { type: 'drop-connection' }] });
    const reply = await client().send(new ConverseStreamCommand({ modelId: 'openai/gpt-drop', ...ask }));
    await expect(collect(reply.stream)).rejects.toMatchObject({ name: 'ModelStreamErrorException' });
  });

  it('aborts the upstream request when the client aborts', async () => {
    harness.mock.scriptFor('gpt-slow', {
      steps: Array.from({ length: 50 }, (_, index) => ({ type: 'text' as const, text: `word${index} ` })),
      timing: { betweenChunksDelayMs: 50 },
    });
    const controller = new AbortController();
    const before = harness.mock.requests.length;
    const reply = await client().send(new ConverseStreamCommand({ modelId: 'openai/gpt-slow', ...ask }), {
      abortSignal: controller.signal,
    });
    const iterator = reply.stream?.[Symbol.asyncIterator]();
    await iterator?.next();
    controller.abort();
    await iterator?.next().catch(() => undefined);
    const upstreamRequest = harness.mock.requests[before];
    await expect(upstreamRequest?.settled).resolves.toBe('closed-early');
  });
});
