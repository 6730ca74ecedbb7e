import { Agent, request } from 'node:http';
import type { LoadJob, LoadResult, TargetRequest } from './load-job.js';

/** Longest a single stream may take before it counts as failed, so a stuck target cannot stall the run. */
const streamTimeoutMs = 30_000;
const keptFailureReasons = 5;
const idleConnectionMs = 4_000;

/**
 * The client side of every job: `node:http` with a keep-alive pool (no cap on sockets, so a job gets as many
 * connections as it has streams in flight, and connections opened in warm-up are reused by the measured runs).
 * The client must cost as little as possible per chunk, or it becomes what the benchmark measures: it parses
 * nothing of a body, only counts its bytes and looks for the end of the stream in the last two pieces.
 */
function createAgent(): Agent {
  return new Agent({
    keepAlive: true,
    maxSockets: Number.POSITIVE_INFINITY,
    // An idle connection is closed before a Node server's own 5 s keep-alive timeout (Portkey's), so a stream is
    // never sent on a connection the target is closing at that moment.
    timeout: idleConnectionMs,
  });
}

let agent = createAgent();

/** A request prepared once per job: its URL parsed and its body encoded, so streams do not redo either. */
interface PreparedRequest {
  url: URL;
  headers: Record<string, string>;
  body: Buffer;
  completionMarker: string;
}

function prepare(target: TargetRequest): PreparedRequest {
  const body = Buffer.from(target.body);
  return {
    url: new URL(target.url),
    headers: { ...target.headers, 'content-length': String(body.byteLength) },
    body,
    completionMarker: target.completionMarker,
  };
}

type StreamOutcome =
  | { ok: true; firstByteMs: number; lastByteMs: number; bytes: number }
  | { ok: false; reason: string };

/** Sends one request and reads its whole body, timing the first body byte and the end. */
function timeOneStream(target: PreparedRequest): Promise<StreamOutcome> {
  return new Promise((resolve) => {
    const sentAt = performance.now();
    let settled = false;
    const settle = (outcome: StreamOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const outgoing = request(target.url, { method: 'POST', agent, headers: target.headers }, (response) => {
      let firstByteAt: number | undefined;
      let bytes = 0;
      // The marker may straddle two pieces, so the last two are kept; nothing else of the body is held.
      let previous: Buffer | undefined;
      let last: Buffer | undefined;
      response.on('data', (piece: Buffer) => {
        firstByteAt ??= performance.now();
        bytes += piece.byteLength;
        previous = last;
        last = piece;
      });
      response.on('error', (error) => settle({ ok: false, reason: `${error.name}: ${error.message}` }));
      response.on('end', () => {
        const endedAt = performance.now();
        const tail = Buffer.concat([previous ?? Buffer.alloc(0), last ?? Buffer.alloc(0)]).toString('latin1');
        if (response.statusCode !== 200) {
          settle({ ok: false, reason: `HTTP ${response.statusCode}: ${tail.slice(0, 200)}` });
        } else if (firstByteAt === undefined || !tail.includes(target.completionMarker)) {
          settle({ ok: false, reason: `incomplete stream (no "${target.completionMarker}" at the end)` });
        } else {
          settle({ ok: true, firstByteMs: firstByteAt - sentAt, lastByteMs: endedAt - sentAt, bytes });
        }
      });
    });
    const timer = setTimeout(() => {
      outgoing.destroy(new Error(`no complete reply within ${streamTimeoutMs} ms`));
    }, streamTimeoutMs);
    outgoing.on('error', (error) => settle({ ok: false, reason: `${error.name}: ${error.message}` }));
    outgoing.end(target.body);
  });
}

/**
 * Runs a job: `concurrency` workers, each sending its next request as soon as its previous stream ended, until
 * `maxRequests` were started or `maxDurationMs` passed.
 */
export async function runLoadJob(job: LoadJob): Promise<LoadResult> {
  if (job.freshConnections) {
    agent.destroy();
    agent = createAgent();
  }
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

  const worker = async () => {
    while (started < job.maxRequests && performance.now() < deadline) {
      started += 1;
      const outcome = await timeOneStream(target);
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
  await Promise.all(Array.from({ length: job.concurrency }, worker));
  result.elapsedMs = lastEndedAt - startedAt;
  return result;
}
