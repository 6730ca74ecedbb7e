import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postConverse, readFrames, textOf } from '../test-support/converse-over-fetch.js';
import { type GatewayHarness, startGatewayHarness, upstreamKey } from '../test-support/gateway-harness.js';

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness({
    configFile: {
      providers: {
        impatient: {
          type: 'openai',
          baseUrl: '{{mock}}/v1',
          apiKey: upstreamKey,
          timeouts: { firstByteMs: 300, idleMs: 300 },
        },
      },
    },
  });
});
afterAll(() => harness.close());

const requestsFor = (model: string) =>
  harness.mock.requests.filter((request) => (request.body as { model?: string } | undefined)?.model === model);

describe('time limits on a slow upstream', () => {
  it.each([
    ['its response headers', { headersDelayMs: 2_000 }],
    ['the first bytes of its body', { firstChunkDelayMs: 2_000 }],
  ])(
    'an upstream slower than the first-byte limit to send %s gets the client a 408 ModelTimeoutException',
    async (_what, timing) => {
      const model = `silent-${Object.keys(timing)[0]}`;
      harness.mock.scriptFor(model, { steps: [{ type: 'text', text: 'too late' }], timing });
      const response = await postConverse({ baseUrl: harness.url, modelId: `impatient/${model}` });
      expect(response.status).toBe(408);
      expect(response.headers.get('x-amzn-errortype')).toBe('ModelTimeoutException');
      expect(await response.json()).toEqual({
        type: 'ModelTimeoutException',
        message: 'impatient: no reply within 300 ms',
      });
      // A timed-out upstream is not asked again, and the request the gateway gave up on is closed.
      const sent = requestsFor(model);
      expect(sent).toHaveLength(1);
      await expect(sent[0]?.settled).resolves.toBe('closed-early');
    },
  );

  it('an upstream that goes quiet mid-stream for longer than the idle limit ends the stream with an exception frame', async () => {
    harness.mock.scriptFor('stalls', {
      steps: [
        { type: 'text', text: 'Early words' },
        { type: 'text', text: ' that never come' },
      ],
      timing: { betweenChunksDelayMs: 2_000 },
    });
    const response = await postConverse({ baseUrl: harness.url, modelId: 'impatient/stalls' });
    expect(response.status).toBe(200);
    const frames = await readFrames(response);
    expect(textOf(frames)).toBe('Early words');
    expect(frames.at(-1)).toMatchObject({
      messageType: 'exception',
      eventType: 'modelStreamErrorException',
      payload: { message: 'impatient: the upstream sent nothing for 300 ms' },
    });
    await expect(requestsFor('stalls')[0]?.settled).resolves.toBe('closed-early');
  });
});
