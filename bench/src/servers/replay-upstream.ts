import type { AddressInfo } from 'node:net';
import { createServer, type Socket } from 'node:net';
import { readRequest } from './http-request-reader.js';
import type { BenchmarkReplies, PacedReply } from './record-benchmark-replies.js';

/** When a reply's chunks are written: the first after `firstChunkDelayMs`, each later one `betweenChunksDelayMs` on. */
export interface ReplayPace {
  firstChunkDelayMs: number;
  betweenChunksDelayMs: number;
}

/** A running replay upstream. */
export interface ReplayUpstream {
  readonly url: string;
  /** Paces every reply that starts from now on. */
  usePace(pace: ReplayPace): void;
  close(): Promise<void>;
}

/** A reply as the bytes that go on the wire: the head, then each chunk already framed for chunked encoding. */
interface WireReply {
  head: Buffer;
  chunks: Buffer[];
}

const reasons: Record<number, string> = { 200: 'OK', 400: 'Bad Request', 404: 'Not Found' };

/**
 * Frames a reply once for HTTP/1.1 chunked transfer coding, the last chunk carrying the terminating empty chunk, so
 * that serving it is nothing but writes.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-7.1
 */
function toWire(reply: PacedReply): WireReply {
  const headers = { ...reply.headers, 'transfer-encoding': 'chunked', connection: 'keep-alive' };
  const head = [
    `HTTP/1.1 ${reply.status} ${reasons[reply.status] ?? 'Status'}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    '',
    '',
  ].join('\r\n');
  const chunks = reply.chunks.map((chunk, index) =>
    Buffer.concat([
      Buffer.from(`${chunk.byteLength.toString(16)}\r\n`, 'latin1'),
      chunk,
      Buffer.from(index === reply.chunks.length - 1 ? '\r\n0\r\n\r\n' : '\r\n', 'latin1'),
    ]),
  );
  return { head: Buffer.from(head, 'latin1'), chunks };
}

function plainReply(status: number, text: string, keepAlive: boolean): Buffer {
  const body = Buffer.from(text);
  const head = `HTTP/1.1 ${status} ${reasons[status] ?? 'Status'}\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: ${body.byteLength}\r\nconnection: ${keepAlive ? 'keep-alive' : 'close'}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), body]);
}

const bedrockStreamPath = /^\/model\/[^/]+\/converse-stream$/;

function replyFor(method: string, path: string, replies: { openai: WireReply; bedrock: WireReply }) {
  if (method !== 'POST') return undefined;
  if (path === '/v1/chat/completions') return replies.openai;
  return bedrockStreamPath.test(path) ? replies.bedrock : undefined;
}

/**
 * Serves one connection: reads each request (skipping its body), then writes the reply's head at once and its
 * chunks one write each, as the bundled mock does. A zero pause waits only for the socket to take the previous
 * chunk, so a slow reader still slows the upstream. Requests that arrive during a reply wait for its end.
 */
function serveConnection(socket: Socket, replies: { openai: WireReply; bedrock: WireReply }, pace: () => ReplayPace) {
  let pending: Buffer = Buffer.alloc(0);
  let replying = false;
  let timer: NodeJS.Timeout | undefined;

  const play = (reply: WireReply, keepAlive: boolean) => {
    const { firstChunkDelayMs, betweenChunksDelayMs } = pace();
    replying = true;
    socket.write(reply.head);
    let next = 0;
    const writeNext = () => {
      timer = undefined;
      const chunk = reply.chunks[next] as Buffer;
      next += 1;
      const last = next >= reply.chunks.length;
      socket.write(chunk, (error) => {
        if (error || socket.destroyed) return;
        if (!last) schedule(betweenChunksDelayMs);
        else if (!keepAlive) socket.end();
        else {
          replying = false;
          answerPending();
        }
      });
    };
    const schedule = (delayMs: number) => {
      if (delayMs <= 0) writeNext();
      else timer = setTimeout(writeNext, delayMs);
    };
    schedule(firstChunkDelayMs);
  };

  const answerPending = () => {
    if (replying) return;
    let request: ReturnType<typeof readRequest>;
    try {
      request = readRequest(pending);
    } catch (error) {
      socket.end(plainReply(400, `The replay upstream cannot read the request: ${(error as Error).message}`, false));
      return;
    }
    if (request === undefined) return;
    pending = pending.subarray(request.length);
    const reply = replyFor(request.method, request.path, replies);
    if (reply === undefined) {
      const text = `The replay upstream has no reply for ${request.method} ${request.path}`;
      socket.write(plainReply(404, text, request.keepAlive));
      if (!request.keepAlive) socket.end();
      else answerPending();
      return;
    }
    play(reply, request.keepAlive);
  };

  socket.setNoDelay(true);
  socket.on('data', (bytes: Buffer) => {
    pending = pending.length === 0 ? bytes : Buffer.concat([pending, bytes]);
    answerPending();
  });
  socket.on('error', () => socket.destroy());
  socket.on('close', () => clearTimeout(timer));
}

/**
 * An upstream for load tests on raw `node:net` that renders nothing: it answers OpenAI chat completions
 * (`POST /v1/chat/completions`) and Bedrock ConverseStream (`POST /model/{modelId}/converse-stream`) with bytes
 * recorded once and framed once, at the pace asked for, so that it costs far less per chunk than the proxies it
 * feeds. Anything else gets a 404 naming the route; a request it cannot read, a 400 saying why.
 */
export async function createReplayUpstream({
  replies,
  pace,
  port = 0,
}: {
  replies: BenchmarkReplies;
  pace: ReplayPace;
  /** 0 (the default) for a free port; several processes of a cluster share the one they are given. */
  port?: number;
}): Promise<ReplayUpstream> {
  let current = pace;
  const wire = { openai: toWire(replies.openai), bedrock: toWire(replies.bedrock) };
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    serveConnection(socket, wire, () => current);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    usePace(next) {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        for (const socket of sockets) socket.destroy();
      }),
  };
}
