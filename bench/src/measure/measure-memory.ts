import type { BenchmarkPlan } from '../plan/benchmark-plan.js';
import { readMemory, resetPeakMemory } from '../processes/proc-stats.js';
import type { MemoryRun } from '../stats/run-records.js';
import { type BenchmarkSession, describeFailures } from './benchmark-session.js';
import { interleavedOrder } from './interleave.js';

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * Many streams started together at the realistic pace, for each number of streams in the plan, each time on a
 * process of the target fresh from start-up: it serves a short warm-up, its resident memory is read (at rest), its
 * peak is reset, the streams run, and the peak is read. A fresh process keeps earlier loads' heap out of both
 * figures. Every stream opens a connection of its own, as new clients would, so a connection's cost is part of a
 * stream's. Targets without a process of their own are left out.
 */
export async function measureMemory(session: BenchmarkSession, plan: BenchmarkPlan): Promise<MemoryRun[]> {
  await session.useTiming('paced');
  const runs: MemoryRun[] = [];
  const proxies = session.targets.filter((target) => target.startAnother !== undefined);
  for (const streams of plan.memoryStreams) {
    for (let round = 1; round <= plan.memoryRounds; round += 1) {
      for (const target of interleavedOrder(proxies, round)) {
        const fresh = await target.startAnother?.();
        const pid = fresh?.process?.pid;
        if (fresh === undefined || pid === undefined) continue;
        try {
          const warm = await session.generator.run({
            request: fresh.request,
            concurrency: plan.memoryWarmUp.concurrency,
            maxRequests: plan.memoryWarmUp.requests,
            maxDurationMs: plan.memoryWarmUp.durationMs,
            recordTimings: false,
          });
          if (warm.completed === 0 || warm.failed > 0) {
            throw new Error(`Warm-up of a fresh ${target.id} failed${describeFailures(warm)}`);
          }
          const { rssBytes: restRssBytes } = readMemory(pid);
          resetPeakMemory(pid);
          const result = await session.generator.run({
            request: fresh.request,
            concurrency: streams,
            maxRequests: streams,
            maxDurationMs: 10_000,
            recordTimings: true,
            freshConnections: true,
          });
          const { peakRssBytes } = readMemory(pid);
          session.group.assertAllRunning();
          runs.push({
            target: target.id,
            streams,
            round,
            restRssBytes,
            peakRssBytes,
            firstByteMs: result.firstByteMs,
            failed: result.failed,
          });
          const perStream = Math.max(0, peakRssBytes - restRssBytes) / streams / 1024;
          session.progress(
            `  memory ${streams} streams round ${round} ${target.id}: ${megabytes(restRssBytes)} MB at rest, peak ${megabytes(peakRssBytes)} MB, ${perStream.toFixed(1)} kB per stream${describeFailures(result)}`,
          );
        } finally {
          await fresh.process?.stop();
        }
      }
    }
  }
  return runs;
}
