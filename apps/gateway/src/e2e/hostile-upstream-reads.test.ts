import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { postConverse, readFrames } from '../test-support/converse-over-fetch.js';
import { type GatewayHarness, startGatewayHarness, upstreamKey } from '../test-support/gateway-harness.js';
import {
  type HostileExchange,
  type HostileUpstream,
  startHostileUpstream,
  writeWhileOpen,
} from '../test-support/hostile-upstream.js';

let hostile: HostileUpstream;
let harness: GatewayHarness;
beforeAll(async () => {
  hostile = await startHostileUpstream();
  const common = { type: 'openai', baseUrl: `${hostile.url}/v1`, apiKey: upstreamKey, retries: { max: 0 } };
  harness = await startGatewayHarness({
    configFile: {
      providers: {
        patient: { ...common, timeouts: { firstByteMs: 60_000, idleMs: 60_000 } },
        impatient: { ...common, timeouts: { firstByteMs: 1_000, idleMs: 500 } },
      },
    },
  });
});
afterAll(async () => {
  await harness.close();
  await hostile.close();
});

const lastExchange = () => hostile.exchanges.at(-1) as HostileExchange;

/** Sends `text` one byte every `everyMs`, for at most `count` bytes, while the connection stays open. */
async function trickle(exchange: HostileExchange, text: string, everyMs: number): Promise<void> {
  for (const character of text) {
    if (exchange.isClosed()) return;
    exchange.response.write(character);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

describe('an upstream error reply whose body is slow to come', () => {
  it('a client that leaves while it trickles in closes the upstream connection, and no log line holds the key', async () => {
    hostile.behave(async (exchange) => {
      exchange.response.writeHead(401, { 'content-type': 'application/json' });
      // 600 bytes at one every 50 ms: half a minute, each byte well inside the idle limit.
      const echo = `{"error":{"message":"Incorrect API key provided: ${exchange.headers.authorization}"}}`;
      await trickle(exchange, echo.padEnd(600, ' '), 50);
      exchange.response.end();
    });
    const requestLines = () => harness.log.lines.filter((line) => line.msg === 'request').length;
    const linesBefore = requestLines();
    const client = new AbortController();
    const pending = postConverse({ baseUrl: harness.url, modelId: 'patient/m', signal: client.signal });
    pending.catch(() => undefined);
    await vi.waitFor(() => expect(hostile.exchanges.length).toBeGreaterThan(0), { timeout: 5_000 });
    const exchange = lastExchange();
    await new Promise((resolve) => setTimeout(resolve, 300));
    client.abort();

    await expect(pending).rejects.toThrow();
    await vi.waitFor(() => expect(exchange.isClosed()).toBe(true), { timeout: 10_000, interval: 50 });
    // The request is over once its line is written.
    await vi.waitFor(() => expect(requestLines()).toBeGreaterThan(linesBefore));
    expect(harness.log.raw.join('\n')).not.toContain(upstreamKey);
  });

  it('one that stalls is answered within the time limits with the error of its status, and let go', async () => {
    hostile.behave(({ response }) => {
      response.writeHead(503, { 'content-type': 'application/json' });
      response.write('{"error":{"message":"over');
    });
    const startedAt = performance.now();
    const response = await postConverse({ baseUrl: harness.url, modelId: 'impatient/m' });
    const elapsedMs = performance.now() - startedAt;

    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ type: 'ServiceUnavailableException', message: 'impatient: HTTP 503' });
    // The limits are one second and half a second; without them the request would wait for ever.
    expect(elapsedMs).toBeLessThan(15_000);
    await vi.waitFor(() => expect(lastExchange().isClosed()).toBe(true), { timeout: 5_000 });
  });
});

describe('an upstream server-sent event without end', () => {
  it('a 50 MB line ends the stream with a ModelStreamErrorException naming the limit, and memory stays bounded', async () => {
    const lineBytes = 50 * 1024 * 1024;
    const piece = Buffer.alloc(64 * 1024, 'a');
    let written: Promise<number> = Promise.resolve(0);
    hostile.behave((exchange) => {
      exchange.response.writeHead(200, { 'content-type': 'text/event-stream' });
      exchange.response.write('data: {"choices":[{"index":0,"delta":{"content":"');
      const pieces = function* () {
        for (let sent = 0; sent < lineBytes; sent += piece.length) yield piece;
      };
      written = writeWhileOpen(exchange, pieces()).then((bytes) => {
        if (!exchange.isClosed()) exchange.response.end('"}}]}\n\ndata: [DONE]\n\n');
        return bytes;
      });
    });
    const rssBefore = process.memoryUsage().rss;
    const frames = await readFrames(await postConverse({ baseUrl: harness.url, modelId: 'impatient/m' }));
    const rssGrowth = process.memoryUsage().rss - rssBefore;

    expect(frames.at(-1)).toMatchObject({
      messageType: 'exception',
      eventType: 'modelStreamErrorException',
      payload: {
        message:
          'impatient: the upstream sent a server-sent event of more than 16777216 bytes, the most the gateway reads',
      },
    });
    expect(frames.some((frame) => frame.eventType === 'contentBlockDelta')).toBe(false);
    await vi.waitFor(() => expect(lastExchange().isClosed()).toBe(true), { timeout: 5_000 });
    // The gateway stopped reading at the limit (what is left is what loopback buffers hold) …
    expect(await written).toBeLessThan(lineBytes);
    expect(await written).toBeGreaterThan(16 * 1024 * 1024);
    // … and held far less than the line: before the limit, it grew by 360 MB.
    expect(rssGrowth).toBeLessThan(200 * 1024 * 1024);
  });
});
