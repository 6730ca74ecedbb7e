import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converseBody, postConverse } from '../test-support/converse-over-fetch.js';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness();
  // Long enough pauses that the client is always gone before the reply is.
  harness.mock.scriptFor('slow-start', { steps: [{ type: 'text', text: 'late' }], timing: { headersDelayMs: 5_000 } });
  harness.mock.scriptFor('slow-middle', {
    steps: [
      { type: 'text', text: 'first' },
      { type: 'text', text: ' second' },
    ],
    timing: { betweenChunksDelayMs: 5_000 },
  });
});
afterAll(() => harness.close());

const bounded = { timeout: 10_000, interval: 50 };

const linesOf = (model: string) => harness.log.lines.filter((line) => line.model === `openai/${model}`);

/** Asks, then hangs up once the request has reached the upstream. */
async function askAndLeave(model: string, operation: 'converse' | 'converse-stream') {
  const client = new AbortController();
  const before = harness.mock.requests.length;
  const pending = postConverse({ baseUrl: harness.url, modelId: `openai/${model}`, operation, signal: client.signal })
    .then((response) => response.arrayBuffer())
    .catch(() => undefined);
  await expect.poll(() => harness.mock.requests.length, bounded).toBeGreaterThan(before);
  // Past the upstream's first chunk, for the script that pauses in the middle.
  if (model === 'slow-middle') await new Promise((resolve) => setTimeout(resolve, 200));
  client.abort();
  await pending;
}

/** Sends a whole request, then closes its side of the connection without waiting for the reply. */
async function askAndHalfClose(model: string, operation: 'converse' | 'converse-stream') {
  const { port } = new URL(harness.url);
  const socket = connect(Number(port), '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  const body = converseBody();
  socket.end(
    `POST /model/openai%2F${model}/${operation} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
  socket.resume();
  await expect.poll(() => linesOf(model).some((line) => line.msg === 'request'), bounded).toBe(true);
  socket.destroy();
}

async function upstreamErrorCount(): Promise<number> {
  const text = await (await fetch(`${harness.url}/metrics`)).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith('heimdall_upstream_errors_total{'))
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}

describe('a client that hangs up is logged as such, never as an upstream or gateway failure', () => {
  it.each([
    ['before the upstream answers, on Converse', 'slow-start', 'converse'],
    ['while the upstream is mid-reply, on Converse', 'slow-middle', 'converse'],
    ['before the upstream answers, on ConverseStream', 'slow-start', 'converse-stream'],
  ] as const)(
    'hanging up %s: status 499, clientClosed, no error, metrics unaffected',
    async (_when, model, operation) => {
      harness.log.lines.length = 0;
      const errorsBefore = await upstreamErrorCount();
      await askAndLeave(model, operation);
      await expect.poll(() => linesOf(model).find((line) => line.msg === 'request'), bounded).toBeDefined();
      const lines = linesOf(model);
      expect(lines.find((line) => line.msg === 'request')).toMatchObject({ status: 499, clientClosed: true });
      expect(lines.find((line) => line.msg === 'request')).not.toHaveProperty('error');
      expect(harness.log.lines.filter((line) => line.level === 'error' || line.level === 'warn')).toEqual([]);
      expect(await upstreamErrorCount()).toBe(errorsBefore);
      const metrics = await (await fetch(`${harness.url}/metrics`)).text();
      expect(metrics).toMatch(
        new RegExp(`heimdall_requests_total\\{.*model="openai/${model}",status="499",error_type=""\\} \\d`),
      );
    },
  );

  it.each(['converse', 'converse-stream'] as const)(
    'a client that half-closes its connection on %s: status 499, clientClosed, no unhandled error',
    async (operation) => {
      harness.log.lines.length = 0;
      await askAndHalfClose('slow-start', operation);
      expect(linesOf('slow-start').find((line) => line.msg === 'request')).toMatchObject({
        status: 499,
        clientClosed: true,
      });
      expect(harness.log.lines.filter((line) => line.level === 'error' || line.level === 'warn')).toEqual([]);
    },
  );
});
