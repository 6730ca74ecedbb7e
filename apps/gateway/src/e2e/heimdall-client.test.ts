import {
  type ConverseStreamEvent,
  createHeimdallClient,
  type HeimdallClient,
  ModelStreamErrorException,
  ThrottlingException,
} from '@heimdall/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';

let harness: GatewayHarness;
let client: HeimdallClient;
beforeAll(async () => {
  harness = await startGatewayHarness();
  client = createHeimdallClient({ baseUrl: harness.url, prefix: '/bedrock' });
});
afterAll(() => harness.close());

const ask = { messages: [{ role: 'user' as const, content: [{ text: 'Weather in Lima?' }] }] };

describe('@heimdall/client against the gateway', () => {
  it('converseStream iterates text and tool-use events, and finalResponse adds them up', async () => {
    harness.mock.scriptFor('hc-tools', {
      steps: [
        { type: 'text', text: 'Looking ' },
        { type: 'text', text: 'it up.' },
        { type: 'tool-calls', calls: [{ id: 'call_lima', name: 'get_weather', arguments: ['{"city":', '"Lima"}'] }] },
      ],
      usage: { inputTokens: 12, outputTokens: 7 },
    });
    const stream = client.converseStream('openai/hc-tools', ask);
    const firstEvents: ConverseStreamEvent[] = [];
    for await (const event of stream) {
      firstEvents.push(event);
      if ('contentBlockStart' in event) break;
    }
    // Reading on after a break is not possible; a fresh stream is read through to its final response.
    expect(firstEvents.filter((event) => 'contentBlockDelta' in event)).toHaveLength(2);
    expect(firstEvents.at(-1)).toMatchObject({
      contentBlockStart: { contentBlockIndex: 1, start: { toolUse: { toolUseId: 'call_lima', name: 'get_weather' } } },
    });

    const reply = await client.converseStream('openai/hc-tools', ask).finalResponse();
    expect(reply.output.message?.content).toEqual([
      { text: 'Looking it up.' },
      { toolUse: { toolUseId: 'call_lima', name: 'get_weather', input: { city: 'Lima' } } },
    ]);
    expect(reply.stopReason).toBe('tool_use');
    expect(reply.usage).toMatchObject({ inputTokens: 12, outputTokens: 7, totalTokens: 19 });
  });

  it('textStream yields only the text, and requestId is the gateway request id', async () => {
    harness.mock.scriptFor('hc-text', {
      steps: [
        { type: 'text', text: 'Hola' },
        { type: 'text', text: ' Lima' },
      ],
    });
    const stream = client.converseStream('openai/hc-text', ask);
    const text: string[] = [];
    for await (const piece of stream.textStream()) text.push(piece);
    expect(text.join('')).toBe('Hola Lima');
    const requestId = await stream.requestId;
    const logged = harness.log.lines.find((line) => line.msg === 'request' && line.requestId === requestId);
    expect(logged).toMatchObject({ model: 'openai/hc-text', status: 200 });
  });

  it('a 429 before the stream rejects the iteration with ThrottlingException', async () => {
    harness.mock.scriptFor('hc-busy', {
      steps: [],
      failure: { type: 'http-error', status: 429, message: 'Too many requests, slow down' },
    });
    const iteration = (async () => {
      for await (const _event of client.converseStream('openai/hc-busy', ask)) {
        // No event comes before the error.
      }
    })();
    const error = await iteration.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ThrottlingException);
    expect((error as ThrottlingException).message).toContain('Too many requests, slow down');
  });

  it('a connection dropped mid-stream throws ModelStreamErrorException from the iterator, after the text', async () => {
    harness.mock.scriptFor('hc-drop', { steps: [{ type: 'text', text: 'Partial' }, { type: 'drop-connection' }] });
    const seen: string[] = [];
    const iteration = (async () => {
      for await (const piece of client.converseStream('openai/hc-drop', ask).textStream()) seen.push(piece);
    })();
    await expect(iteration).rejects.toBeInstanceOf(ModelStreamErrorException);
    expect(seen).toEqual(['Partial']);
  });

  it('leaving the loop early closes the upstream connection', async () => {
    harness.mock.scriptFor('hc-long', {
      steps: Array.from({ length: 40 }, (_, index) => ({ type: 'text' as const, text: `part${index} ` })),
      timing: { betweenChunksDelayMs: 50 },
    });
    const before = harness.mock.requests.length;
    for await (const event of client.converseStream('openai/hc-long', ask)) {
      if ('contentBlockDelta' in event) break;
    }
    const upstream = harness.mock.requests[before];
    await expect(upstream?.settled).resolves.toBe('closed-early');
  });
});
