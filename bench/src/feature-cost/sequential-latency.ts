import type { LoadJob, LoadResult, TargetRequest } from '../load/load-job.js';
import { runLoadJob } from '../load/run-load-job.js';
import { median } from '../stats/percentile.js';

/** One request at a time, `requests` of them, timed to the last byte. */
export const sequentialJob = (request: TargetRequest, requests: number, overrides: Partial<LoadJob> = {}): LoadJob => ({
  request,
  concurrency: 1,
  maxRequests: requests,
  maxDurationMs: 60_000,
  recordTimings: true,
  ...overrides,
});

/** The result, or an error naming `what` when any request failed: a figure over failures would flatter. */
export function withoutFailures(result: LoadResult, what: string): LoadResult {
  if (result.failed > 0) throw new Error(`${what}: ${result.failed} failed, e.g. ${result.failureReasons[0]}`);
  return result;
}

/**
 * The median time to the last byte of each target, measured in interleaved rounds (each round runs every target
 * in turn), so that whatever else the machine does weighs on all of them alike. Every target is warmed up first.
 */
export async function interleavedMedians(
  targets: readonly { name: string; request: TargetRequest }[],
  { rounds, requestsPerRound }: { rounds: number; requestsPerRound: number },
): Promise<Map<string, number>> {
  const timings = new Map(targets.map((target) => [target.name, [] as number[]]));
  for (const target of targets) await runLoadJob(sequentialJob(target.request, 50));
  for (let round = 0; round < rounds; round += 1) {
    for (const target of targets) {
      const result = withoutFailures(await runLoadJob(sequentialJob(target.request, requestsPerRound)), target.name);
      timings.get(target.name)?.push(...result.lastByteMs);
    }
  }
  return new Map([...timings].map(([name, values]) => [name, median(values)]));
}
