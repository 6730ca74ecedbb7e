import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postConverse } from '../test-support/converse-over-fetch.js';
import { type InjectedFault, injectStreamFaults } from '../test-support/fault-injecting-adapter.js';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';
import { readGatewayMetric } from '../test-support/gateway-metric.js';

const faults: readonly InjectedFault[] = ['first-read', 'later-read', 'unencodable-event', 'stopping'];

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness({
    wrapAdapters: (adapters) => {
      const openai = adapters.get('openai');
      if (!openai) throw new Error('the harness configures openai');
      const faultFor = (model: string) => faults.find((fault) => model === fault);
      return new Map([...adapters, ['openai', injectStreamFaults(openai, faultFor)]]);
    },
  });
  for (const fault of faults) {
    // A reply that would keep its upstream socket open for a long minute unless the gateway lets go of it.
    harness.mock.scriptFor(fault, {
      steps: [
        { type: 'text', text: 'first words' },
        ...Array.from({ length: 3 }, () => ({ type: 'text' as const, text: ' more' })),
      ],
      timing: { betweenChunksDelayMs: 20_000 },
    });
  }
});
afterAll(() => harness.close());

const requestLine = (requestId: string | null) =>
  harness.log.lines.find((line) => line.msg === 'request' && line.requestId === requestId);

const openStreams = () => readGatewayMetric(harness.url, 'heimdall_open_streams');
const bounded = { timeout: 10_000, interval: 50 };

/** Reads the body until its first bytes, then hangs up. */
async function readFirstBytesAndLeave(response: Response, client: AbortController) {
  const reader = response.body?.getReader();
  await reader?.read();
  client.abort();
  await reader?.cancel().catch(() => undefined);
}

describe('a stream that breaks at any stage lets go of everything it held', () => {
  it.each(faults.filter((fault) => fault !== 'stopping'))(
    'broken at %s: the client gets an exception frame, the gauge returns to zero, the log line is written and the upstream request is closed',
    async (fault) => {
      const response = await postConverse({ baseUrl: harness.url, modelId: `openai/${fault}` });
      expect(response.status).toBe(200);
      const body = new TextDecoder().decode(await response.arrayBuffer());
      expect(body).toContain(':message-type\u0007\u0000\u0009exception');
      const requestId = response.headers.get('x-amzn-requestid');
      await expect
        .poll(() => requestLine(requestId), bounded)
        .toMatchObject({
          status: 200,
          error: { type: 'InternalServerException' },
        });
      expect(requestLine(requestId)).not.toHaveProperty('clientClosed');
      await expect.poll(openStreams, bounded).toBe(0);
      const upstream = harness.mock.requests.find((request) => (request.body as { model?: string }).model === fault);
      await expect(upstream?.settled).resolves.toBe('closed-early');
    },
  );

  it('a client that leaves a stream whose source fails to stop: logged as closed by the client, gauge at zero, upstream closed', async () => {
    const client = new AbortController();
    const response = await postConverse({ baseUrl: harness.url, modelId: 'openai/stopping', signal: client.signal });
    expect(response.status).toBe(200);
    await readFirstBytesAndLeave(response, client);
    const requestId = response.headers.get('x-amzn-requestid');
    await expect.poll(() => requestLine(requestId), bounded).toMatchObject({ status: 200, clientClosed: true });
    await expect.poll(openStreams, bounded).toBe(0);
    const upstream = harness.mock.requests.find((request) => (request.body as { model?: string }).model === 'stopping');
    await expect(upstream?.settled).resolves.toBe('closed-early');
  });
});
