import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { connect as connectHttp2 } from 'node:http2';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load-config.js';
import { createGateway, type Gateway } from '../create-gateway.js';
import { upstreamKey } from '../test-support/gateway-harness.js';
import { openHostileSocket } from '../test-support/hostile-socket.js';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
/** The JavaScript heap and the buffers outside it: what stalled streams would fill. */
const memoryInUse = () => {
  collectGarbage();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};

const mebibyte = 1024 * 1024;
const streamsPerProtocol = 4;
/** What one stalled stream may cost: its own buffers, a few network reads deep, never the reply it has sent. */
const perStreamBudget = 1.5 * mebibyte;
const body = JSON.stringify({ messages: [{ role: 'user', content: [{ text: 'go' }] }] });
const path = '/bedrock/model/openai%2Fhuge/converse-stream';

let upstream: ChildProcessByStdio<Writable, Readable, null>;
let gateway: Gateway;
let url: string;
beforeAll(async () => {
  const script = fileURLToPath(new URL('../test-support/huge-reply-upstream.ts', import.meta.url));
  upstream = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  const { openaiBaseUrl } = await new Promise<{ openaiBaseUrl: string }>((resolve, reject) => {
    upstream.once('error', reject);
    upstream.stdout.once('data', (line: Buffer) => resolve(JSON.parse(line.toString('utf8'))));
  });
  const environment = { HOST: '127.0.0.1', PORT: '0', OPENAI_BASE_URL: openaiBaseUrl, OPENAI_API_KEY: upstreamKey };
  gateway = createGateway({ config: loadConfig(environment, mkdtempSync(join(tmpdir(), 'heimdall-stalled-'))) });
  ({ url } = await gateway.start());
}, 60_000);
afterAll(async () => {
  await gateway?.stop({ graceMs: 0 });
  upstream?.stdin.end();
});

/** Polls until memory stops growing, within a bounded number of rounds. */
async function settledMemory(): Promise<number> {
  let previous = memoryInUse();
  for (let round = 0; round < 40; round += 1) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const current = memoryInUse();
    if (Math.abs(current - previous) < 128 * 1024) return current;
    previous = current;
  }
  return previous;
}

describe('streams whose clients never read', () => {
  it('cost their own buffers, not the reply they have sent, over HTTP/1.1 and HTTP/2', async () => {
    const before = memoryInUse();
    const sockets = await Promise.all(Array.from({ length: streamsPerProtocol }, () => openHostileSocket(url)));
    for (const hostile of sockets) {
      // Reads nothing: the client's receive buffer fills, then the gateway's send buffer.
      hostile.socket.pause();
      hostile.socket.write(
        `POST ${path} HTTP/1.1\r\nhost: gateway\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n${body}`,
      );
    }
    const session = connectHttp2(url);
    session.on('error', () => {});
    const streams = Array.from({ length: streamsPerProtocol }, () => {
      const stream = session.request({ ':method': 'POST', ':path': path, 'content-type': 'application/json' });
      stream.on('error', () => {});
      stream.end(body);
      // A paused stream gives back no flow-control credit: the gateway may send it only its window.
      stream.pause();
      return stream;
    });

    const grownBy = (await settledMemory()) - before;
    const streamCount = 2 * streamsPerProtocol;
    // Still in flight, held back by the clients: nothing ended them to keep memory down.
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toContain(`heimdall_open_streams ${streamCount}`);
    expect(grownBy / streamCount).toBeLessThan(perStreamBudget);

    for (const stream of streams) stream.close();
    session.destroy();
    for (const hostile of sockets) hostile.socket.destroy();
  }, 60_000);
});
