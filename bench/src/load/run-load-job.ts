import { Agent, request } from 'undici';
import type { LoadJob, LoadResult, TargetRequest } from './load-job.js';

/** Longest a single stream may take before it counts as failed, so a stuck target cannot stall the run. */
const streamTimeoutMs = 30_000;
const keptFailureReasons = 5;

/**
 * One keep-alive pool for every target, with as many connections per origin as a job has streams in flight, so
 * connections opened in warm-up are reused by the measured runs.
 */
const agent = new Agent({
  connections: null,
  pipelining: 1,
  keepAliveTimeout: 60_000,
  keepAliveMaxTimeout: 600_000,
  headersTimeout: streamTimeoutMs,
  bodyTimeout: streamTimeoutMs,
});

type StreamOutcome = { ok: true; firstByteMs: number; lastByteMs: number } | { ok: false; reason: string };

/** Sends one request and reads its whole body, timing the first body byte and the end. */
async function timeOneStream(target: TargetRequest): Promise<StreamOutcome> {
  const sentAt = performance.now();
  try {
    const response = await request(target.url, {
      method: 'POST',
      headers: target.headers,
      body: target.body,
      dispatcher: agent,
      signal: AbortSignal.timeout(streamTimeoutMs),
    });
    let firstByteAt: number | undefined;
    // The marker may straddle two chunks, so the last two are kept; nothing else of the body is held.
    let previous: Buffer | undefined;
    let last: Buffer | undefined;
    for await (const chunk of response.body) {
      firstByteAt ??= performance.now();
      previous = last;
      last = chunk as Buffer;
    }
    const endedAt = performance.now();
    const tail = Buffer.concat([previous ?? Buffer.alloc(0), last ?? Buffer.alloc(0)]).toString('latin1');
    if (response.statusCode !== 200) {
      return { ok: false, reason: `HTTP ${response.statusCode}: ${tail.slice(0, 200)}` };
    }
    if (firstByteAt === undefined || !tail.includes(target.completionMarker)) {
      return { ok: false, reason: `incomplete stream (no "${target.completionMarker}" at the end)` };
    }
    return { ok: true, firstByteMs: firstByteAt - sentAt, lastByteMs: endedAt - sentAt };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/**
 * Runs a job: `concurrency` workers, each sending its next request as soon as its previous stream ended, until
 * `maxRequests` were started or `maxDurationMs` passed.
 */
export async function runLoadJob(job: LoadJob): Promise<LoadResult> {
  const result: LoadResult = {
    completed: 0,
    failed: 0,
    failureReasons: [],
    elapsedMs: 0,
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
      const outcome = await timeOneStream(job.request);
      lastEndedAt = performance.now();
      if (outcome.ok) {
        result.completed += 1;
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
