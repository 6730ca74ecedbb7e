import { createConnectionPool } from './connection-pool.js';
import { createHttpResponseReader } from './http-response-reader.js';
import type { LoadJob, LoadResult, TargetRequest } from './load-job.js';

/** Longest a single stream may take before it counts as failed, so a stuck target cannot stall the run. */
const streamTimeoutMs = 30_000;
const keptFailureReasons = 5;

/**
 * The client side of every job, on raw `node:net` connections kept alive between streams: the client must cost as
 * little as possible per chunk, or it becomes what the benchmark measures. It writes each request as one prepared
 * buffer and reads each reply with {@link createHttpResponseReader}, which parses nothing of a body: it counts its
 * bytes and looks for the end of the stream. An idle connection is closed after 4 s, before a Node server's own
 * 5 s keep-alive timeout (Portkey's) could close it under a new request.
 */
const pool = createConnectionPool({ idleTimeoutMs: 4_000 });

/** A request prepared once per job: the bytes every stream sends, and where to. */
interface PreparedRequest {
  host: string;
  port: number;
  bytes: Buffer;
  completionMarker: string;
}

function prepare(target: TargetRequest): PreparedRequest {
  const url = new URL(target.url);
  if (url.protocol !== 'http:') throw new Error(`The load generator speaks plain HTTP only, not ${url.protocol}`);
  const body = Buffer.from(target.body);
  const headers = { ...target.headers, host: url.host, 'content-length': String(body.byteLength) };
  const head = [
    `POST ${url.pathname}${url.search} HTTP/1.1`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    '',
    '',
  ].join('\r\n');
  return {
    host: url.hostname,
    port: Number(url.port || 80),
    bytes: Buffer.concat([Buffer.from(head, 'latin1'), body]),
    completionMarker: target.completionMarker,
  };
}

type StreamOutcome =
  | { ok: true; firstByteMs: number; lastByteMs: number; bytes: number }
  | { ok: false; reason: string };

/** A stream in flight, so that a stuck one can be failed. */
interface InFlight {
  sentAt: number;
  fail(reason: string): void;
}

/** Sends one request and reads its whole reply, timing the first body byte and the end. */
function timeOneStream(target: PreparedRequest, inFlight: Set<InFlight>): Promise<StreamOutcome> {
  return new Promise((resolve) => {
    const connection = pool.acquire(target.host, target.port);
    const reader = createHttpResponseReader();
    const sentAt = performance.now();
    let firstByteAt: number | undefined;
    const entry: InFlight = { sentAt, fail: (reason) => finish({ ok: false, reason }, false) };
    inFlight.add(entry);

    function finish(outcome: StreamOutcome, reusable: boolean) {
      if (!inFlight.delete(entry)) return;
      if (reusable) pool.release(connection);
      else {
        connection.onBytes = undefined;
        connection.onEnd = undefined;
        connection.socket.destroy();
      }
      resolve(outcome);
    }
    function judge(): StreamOutcome {
      const endedAt = performance.now();
      const tail = reader.tail();
      if (reader.status !== 200) return { ok: false, reason: `HTTP ${reader.status}: ${tail.slice(0, 200)}` };
      if (firstByteAt === undefined || !tail.includes(target.completionMarker)) {
        return { ok: false, reason: `incomplete stream (no "${target.completionMarker}" at the end)` };
      }
      return { ok: true, firstByteMs: firstByteAt - sentAt, lastByteMs: endedAt - sentAt, bytes: reader.bodyBytes };
    }

    connection.onBytes = (buffer, length) => {
      try {
        const used = reader.feed(buffer, 0, length);
        if (firstByteAt === undefined && reader.bodyBytes > 0) firstByteAt = performance.now();
        if (!reader.complete) return;
        if (used < length) finish({ ok: false, reason: `${length - used} bytes after the end of the reply` }, false);
        else finish(judge(), reader.reusable);
      } catch (error) {
        finish({ ok: false, reason: `unreadable reply: ${(error as Error).message}` }, false);
      }
    };
    connection.onEnd = (error) => {
      if (error === undefined && reader.endsWithConnection) {
        reader.endOfConnection();
        finish(judge(), false);
        return;
      }
      const reason = error ? `${error.name}: ${error.message}` : 'the connection closed before the end of the reply';
      finish({ ok: false, reason }, false);
    };
    connection.socket.write(target.bytes);
  });
}

/**
 * Runs a job: `concurrency` workers, each sending its next request as soon as its previous stream ended, until
 * `maxRequests` were started or `maxDurationMs` passed.
 */
export async function runLoadJob(job: LoadJob): Promise<LoadResult> {
  if (job.freshConnections) pool.closeIdle();
  const target = prepare(job.request);
  const result: LoadResult = {
    completed: 0,
    failed: 0,
    failureReasons: [],
    elapsedMs: 0,
    receivedBytes: 0,
    firstByteMs: [],
    lastByteMs: [],
  };
  let started = 0;
  const startedAt = performance.now();
  const deadline = startedAt + job.maxDurationMs;
  let lastEndedAt = startedAt;
  const inFlight = new Set<InFlight>();
  // One sweep a second fails the streams past their time-out, instead of a timer per stream.
  const sweeper = setInterval(() => {
    const now = performance.now();
    for (const stream of inFlight) {
      if (now - stream.sentAt > streamTimeoutMs) stream.fail(`no complete reply within ${streamTimeoutMs} ms`);
    }
  }, 1_000);

  const worker = async () => {
    while (started < job.maxRequests && performance.now() < deadline) {
      started += 1;
      const outcome = await timeOneStream(target, inFlight);
      lastEndedAt = performance.now();
      if (outcome.ok) {
        result.completed += 1;
        result.receivedBytes += outcome.bytes;
        if (job.recordTimings) {
          result.firstByteMs.push(outcome.firstByteMs);
          result.lastByteMs.push(outcome.lastByteMs);
        }
      } else {
        result.failed += 1;
        if (result.failureReasons.length < keptFailureReasons) result.failureReasons.push(outcome.reason);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: job.concurrency }, worker));
  } finally {
    clearInterval(sweeper);
  }
  result.elapsedMs = lastEndedAt - startedAt;
  return result;
}
