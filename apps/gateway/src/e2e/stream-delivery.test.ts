import { ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
import type { RecordedRequest } from '@heimdall/mock-upstream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBedrockClient, type Transport } from '../test-support/aws-clients.js';
import { postConverse, readFrames, textOf } from '../test-support/converse-over-fetch.js';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness();
  harness.mock.scriptFor('long-pause', {
    steps: [
      { type: 'text', text: 'First thought.' },
      { type: 'delay', ms: 1500 },
      { type: 'text', text: ' Second thought.' },
    ],
  });
  harness.mock.scriptFor('slow-words', {
    steps: Array.from({ length: 50 }, (_, index) => ({ type: 'text' as const, text: `word${index} ` })),
    timing: { betweenChunksDelayMs: 50 },
  });
});
afterAll(() => harness.close());

const messages = [{ role: 'user' as const, content: [{ text: 'Think aloud' }] }];

/** How the upstream exchange stands right now: its outcome, or `pending` while the mock is still answering. */
const stateOf = (request: RecordedRequest | undefined) =>
  Promise.race([request?.settled ?? Promise.resolve('never sent'), Promise.resolve('pending')]);

describe.each<Transport>(['http2', 'http1'])('events are passed on as they arrive, over %s', (transport) => {
  it('the first text reaches the client while the upstream is still writing its reply', async () => {
    const client = createBedrockClient({ endpoint: `${harness.url}/bedrock`, transport });
    const before = harness.mock.requests.length;
    const reply = await client.send(new ConverseStreamCommand({ modelId: 'openai/long-pause', messages }));
    const iterator = reply.stream?.[Symbol.asyncIterator]();
    let first = await iterator?.next();
    while (first && !first.done && !first.value.contentBlockDelta) first = await iterator?.next();
    expect(first?.value?.contentBlockDelta?.delta?.text).toBe('First thought.');
    const upstream = harness.mock.requests[before];
    expect(await stateOf(upstream)).toBe('pending');

    let rest = '';
    for (let next = await iterator?.next(); next && !next.done; next = await iterator?.next()) {
      rest += next.value.contentBlockDelta?.delta?.text ?? '';
    }
    expect(rest).toBe(' Second thought.');
    await expect(upstream?.settled).resolves.toBe('completed');
  });
});

describe('a client that goes away', () => {
  it('aborting a plain HTTP/1.1 fetch mid-stream closes the upstream request', async () => {
    const controller = new AbortController();
    const before = harness.mock.requests.length;
    const response = await postConverse({
      baseUrl: harness.url,
      modelId: 'openai/slow-words',
      signal: controller.signal,
    });
    const reader = response.body?.getReader();
    const chunk = await reader?.read();
    expect(chunk?.value?.byteLength).toBeGreaterThan(0);
    controller.abort();
    await expect(harness.mock.requests[before]?.settled).resolves.toBe('closed-early');
  });
});

describe('an upstream that fails mid-stream', () => {
  it("ends the stream with an exception frame carrying the upstream's message, never a clean end", async () => {
    harness.mock.scriptFor('crashes', {
      steps: [
        { type: 'text', text: 'Some of the answer' },
        { type: 'stream-error', status: 500, message: 'The model crashed mid-answer' },
      ],
    });
    const response = await postConverse({ baseUrl: harness.url, modelId: 'openai/crashes' });
    expect(response.status).toBe(200);
    const frames = await readFrames(response);
    expect(textOf(frames)).toBe('Some of the answer');
    const last = frames.at(-1);
    expect(last).toMatchObject({ messageType: 'exception', eventType: 'modelStreamErrorException' });
    expect(String(last?.payload.message)).toContain('The model crashed mid-answer');
    expect(frames.filter((frame) => frame.messageType === 'exception')).toHaveLength(1);
    expect(frames.some((frame) => frame.eventType === 'messageStop' || frame.eventType === 'metadata')).toBe(false);
  });
});
