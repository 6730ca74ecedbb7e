import type { BenchmarkPlan, TimingName } from '../plan/benchmark-plan.js';
import { readCpuMs } from '../processes/proc-stats.js';
import type { LatencyRun, ThroughputRun } from '../stats/run-records.js';
import { type BenchmarkSession, describeFailures } from './benchmark-session.js';
import { interleavedOrder } from './interleave.js';

const format = (value: number, digits = 1) => value.toFixed(digits);

/** CPU the load generator and the upstream have used so far, in milliseconds. */
function readHarnessCpuMs(session: BenchmarkSession): { generator: number; upstream: number } {
  return {
    generator: readCpuMs(session.generator.pid),
    upstream: session.upstreamProcessIds.reduce((sum, pid) => sum + readCpuMs(pid), 0),
  };
}

/** Opens connections and lets the JIT settle on each target before anything is timed; fails on a broken target. */
export async function warmUp(session: BenchmarkSession, plan: BenchmarkPlan, timing: TimingName): Promise<void> {
  await session.useTiming(timing);
  const budget = plan.warmUp[timing];
  for (const target of session.targets) {
    const result = await session.generator.run({
      request: target.request,
      concurrency: budget.concurrency,
      maxRequests: budget.requests,
      maxDurationMs: budget.durationMs,
      recordTimings: false,
    });
    session.group.assertAllRunning();
    if (result.completed === 0 || result.failed > 0) {
      throw new Error(`Warm-up of ${target.id} (${timing}) failed${describeFailures(result)}`);
    }
    session.progress(`  warmed up ${target.id}: ${result.completed} streams`);
  }
}

/** Sequential streams (concurrency 1) per target, rounds interleaved, timing every stream. */
export async function measureLatency(
  session: BenchmarkSession,
  plan: BenchmarkPlan,
  timing: TimingName,
): Promise<LatencyRun[]> {
  await session.useTiming(timing);
  const budget = plan.latency[timing];
  const runs: LatencyRun[] = [];
  for (let round = 1; round <= plan.rounds; round += 1) {
    for (const target of interleavedOrder(session.targets, round)) {
      const result = await session.generator.run({
        request: target.request,
        concurrency: 1,
        maxRequests: budget.requests,
        maxDurationMs: budget.durationMs,
        recordTimings: true,
      });
      session.group.assertAllRunning();
      runs.push({
        target: target.id,
        timing,
        round,
        firstByteMs: result.firstByteMs,
        lastByteMs: result.lastByteMs,
        failed: result.failed,
      });
      session.progress(
        `  latency ${timing} round ${round} ${target.id}: ${result.completed} streams${describeFailures(result)}`,
      );
    }
  }
  return runs;
}

/** Concurrent streams for a fixed time per target and concurrency, with the CPU time its process spent. */
export async function measureThroughput(
  session: BenchmarkSession,
  plan: BenchmarkPlan,
  timing: TimingName,
): Promise<ThroughputRun[]> {
  await session.useTiming(timing);
  const runs: ThroughputRun[] = [];
  for (const concurrency of plan.throughputConcurrencies) {
    for (let round = 1; round <= plan.rounds; round += 1) {
      for (const target of interleavedOrder(session.targets, round)) {
        const pid = target.process?.pid;
        const harnessBefore = readHarnessCpuMs(session);
        const cpuBefore = pid === undefined ? undefined : readCpuMs(pid);
        const result = await session.generator.run({
          request: target.request,
          concurrency,
          maxRequests: plan.throughputMaxRequests,
          maxDurationMs: plan.throughputDurationMs[timing],
          recordTimings: false,
        });
        const cpuMs = pid === undefined || cpuBefore === undefined ? undefined : readCpuMs(pid) - cpuBefore;
        const harnessAfter = readHarnessCpuMs(session);
        session.group.assertAllRunning();
        runs.push({
          target: target.id,
          timing,
          concurrency,
          round,
          completed: result.completed,
          failed: result.failed,
          elapsedMs: result.elapsedMs,
          cpuMs,
          harnessCpuMs: {
            generator: harnessAfter.generator - harnessBefore.generator,
            upstream: harnessAfter.upstream - harnessBefore.upstream,
          },
        });
        const rate = result.completed / (result.elapsedMs / 1000);
        session.progress(
          `  throughput ${timing} c${concurrency} round ${round} ${target.id}: ${format(rate)} streams/s${describeFailures(result)}`,
        );
      }
    }
  }
  return runs;
}
