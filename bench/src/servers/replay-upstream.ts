import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
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

const bedrockStreamPath = /^\/model\/[^/]+\/converse-stream$/;

function replyFor(request: IncomingMessage, replies: BenchmarkReplies): PacedReply | undefined {
  if (request.method !== 'POST') return undefined;
  const path = request.url?.split('?')[0];
  if (path === '/v1/chat/completions') return replies.openai;
  if (path !== undefined && bedrockStreamPath.test(path)) return replies.bedrock;
  return undefined;
}

/**
 * Writes a reply's chunks one write each, as the bundled mock does: a zero pause waits only for the socket to take
 * the previous chunk, so a slow reader still slows the upstream. Stops when the connection closes.
 */
function play(response: ServerResponse, reply: PacedReply, pace: ReplayPace): void {
  response.writeHead(reply.status, reply.headers);
  response.flushHeaders();
  let next = 0;
  let timer: NodeJS.Timeout | undefined;
  const writeNext = () => {
    timer = undefined;
    const chunk = reply.chunks[next];
    next += 1;
    if (next >= reply.chunks.length) {
      response.end(chunk);
      return;
    }
    response.write(chunk, (error) => {
      if (!error && !response.destroyed) schedule(pace.betweenChunksDelayMs);
    });
  };
  const schedule = (delayMs: number) => {
    if (delayMs <= 0) writeNext();
    else timer = setTimeout(writeNext, delayMs);
  };
  response.on('close', () => clearTimeout(timer));
  schedule(pace.firstChunkDelayMs);
}

/**
 * An upstream for load tests that renders nothing: it answers OpenAI chat completions (`POST /v1/chat/completions`)
 * and Bedrock ConverseStream (`POST /model/{modelId}/converse-stream`) with bytes recorded once, at the pace asked
 * for, so that it costs far less per chunk than the proxies it feeds. Anything else gets a 404 naming the route.
 */
export async function createReplayUpstream({
  replies,
  pace,
}: {
  replies: BenchmarkReplies;
  pace: ReplayPace;
}): Promise<ReplayUpstream> {
  let current = pace;
  const server = createServer({ noDelay: true, keepAliveTimeout: 600_000 }, (request, response) => {
    const reply = replyFor(request, replies);
    // The body is read to its end, as an upstream would before answering, but not parsed.
    request.resume();
    request.on('end', () => {
      if (reply === undefined) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        response.end(`The replay upstream has no reply for ${request.method} ${request.url}`);
        return;
      }
      play(response, reply, current);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    usePace(next) {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
