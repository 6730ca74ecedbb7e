import type { TimingName } from '../plan/benchmark-plan.js';
import { baselineOf, type TargetId } from '../targets/target-id.js';
import { median, percentile } from './percentile.js';
import type { BenchmarkRuns, LatencyRun, MemoryRun } from './run-records.js';

/** Percentiles of one run, or their medians over rounds, in milliseconds. */
export interface LatencyFigures {
  firstByteP50: number;
  firstByteP99: number;
  lastByteP50: number;
  lastByteP99: number;
}

/** What one target achieved at one upstream pace. */
export interface TimingFigures {
  latency: LatencyFigures;
  /** Over the direct read of the same wire format in the same round; absent for the direct targets. */
  addedLatency: LatencyFigures | undefined;
  /** Streams timed per round at concurrency 1. */
  latencySamples: number;
  /** Completed streams per second, by concurrency. */
  streamsPerSecond: Record<number, number>;
  /** CPU time of the target's process per completed stream at the highest concurrency. */
  cpuMsPerStream: number | undefined;
  /** The same, per chunk the upstream wrote. */
  cpuMsPerChunk: number | undefined;
  /** CPU per completed stream of the load generator and of the upstream at the highest concurrency. */
  harnessCpuMsPerStream: { generator: number; upstream: number } | undefined;
}

/** Memory of one target's process with a number of realistic-pace streams open together (medians over rounds). */
export interface MemoryFigures {
  streams: number;
  restRssBytes: number;
  peakRssBytes: number;
  /** Peak minus rest, divided by the streams: what one more open stream costs. */
  bytesPerStream: number;
  /** Of the streams' first-byte times: with many streams open, this is where a crowded process shows. */
  firstByteP99Ms: number | undefined;
  /** Streams that failed, over every round; the figures of a run with failures do not count. */
  failed: number;
}

export interface TargetFigures {
  target: TargetId;
  timings: Record<TimingName, TimingFigures>;
  /** By number of open streams; empty for a target without a process of its own. */
  memory: Record<number, MemoryFigures>;
  /** Streams that failed or ended incomplete in any measured run; a healthy run has none. */
  failedStreams: number;
}

const latencyOf = (run: LatencyRun): LatencyFigures => ({
  firstByteP50: percentile(run.firstByteMs, 0.5),
  firstByteP99: percentile(run.firstByteMs, 0.99),
  lastByteP50: percentile(run.lastByteMs, 0.5),
  lastByteP99: percentile(run.lastByteMs, 0.99),
});

const latencyKeys = ['firstByteP50', 'firstByteP99', 'lastByteP50', 'lastByteP99'] as const;

function medianFigures(figures: LatencyFigures[]): LatencyFigures {
  const result = {} as LatencyFigures;
  for (const key of latencyKeys) result[key] = median(figures.map((figure) => figure[key]));
  return result;
}

function difference(target: LatencyFigures, baseline: LatencyFigures): LatencyFigures {
  const result = {} as LatencyFigures;
  for (const key of latencyKeys) result[key] = target[key] - baseline[key];
  return result;
}

function medianOrUndefined(values: number[]): number | undefined {
  return values.length === 0 ? undefined : median(values);
}

function memoryFigures(runs: readonly MemoryRun[]): Record<number, MemoryFigures> {
  const figures: Record<number, MemoryFigures> = {};
  const counts = [...new Set(runs.map((run) => run.streams))].sort((a, b) => a - b);
  for (const streams of counts) {
    const ofCount = runs.filter((run) => run.streams === streams);
    const p99s = ofCount.flatMap((run) => (run.firstByteMs.length > 0 ? [percentile(run.firstByteMs, 0.99)] : []));
    figures[streams] = {
      streams,
      restRssBytes: median(ofCount.map((run) => run.restRssBytes)),
      peakRssBytes: median(ofCount.map((run) => run.peakRssBytes)),
      bytesPerStream: median(ofCount.map((run) => Math.max(0, run.peakRssBytes - run.restRssBytes) / streams)),
      firstByteP99Ms: medianOrUndefined(p99s),
      failed: ofCount.reduce((sum, run) => sum + run.failed, 0),
    };
  }
  return figures;
}

/**
 * Turns the runs of a benchmark into one set of figures per target: each round's percentiles, then the median over
 * rounds. Added latency is taken round by round against the target's direct baseline (see {@link baselineOf}) of
 * the same round and pace, so a slow patch of the machine weighs on both sides of the difference. CPU per chunk
 * divides CPU per stream by `chunksPerStream`, the writes of one upstream reply. Throws when a target has no
 * successful run to report.
 */
export function aggregateFigures({
  targets,
  timings,
  runs,
  chunksPerStream,
}: {
  targets: readonly TargetId[];
  timings: readonly TimingName[];
  runs: BenchmarkRuns;
  chunksPerStream: number;
}): TargetFigures[] {
  if (!(Number.isInteger(chunksPerStream) && chunksPerStream > 0)) {
    throw new RangeError(`chunksPerStream must be a positive whole number, not ${chunksPerStream}`);
  }
  const latencyRun = (target: TargetId, timing: TimingName, round: number) =>
    runs.latency.find((run) => run.target === target && run.timing === timing && run.round === round);

  return targets.map((target): TargetFigures => {
    const timingFigures = {} as Record<TimingName, TimingFigures>;
    for (const timing of timings) {
      const ownRuns = runs.latency.filter((run) => run.target === target && run.timing === timing);
      const measured = ownRuns.filter((run) => run.firstByteMs.length > 0);
      if (measured.length === 0) throw new Error(`No completed stream to time for ${target} (${timing})`);
      const baselineTarget = baselineOf(target);
      const added = measured.flatMap((run) => {
        const baseline = baselineTarget && latencyRun(baselineTarget, timing, run.round);
        return baseline === undefined || baseline.firstByteMs.length === 0
          ? []
          : [difference(latencyOf(run), latencyOf(baseline))];
      });

      const throughputRuns = runs.throughput.filter((run) => run.target === target && run.timing === timing);
      const concurrencies = [...new Set(throughputRuns.map((run) => run.concurrency))].sort((a, b) => a - b);
      const streamsPerSecond: Record<number, number> = {};
      for (const concurrency of concurrencies) {
        const rates = throughputRuns
          .filter((run) => run.concurrency === concurrency && run.elapsedMs > 0)
          .map((run) => run.completed / (run.elapsedMs / 1000));
        const rate = medianOrUndefined(rates);
        if (rate !== undefined) streamsPerSecond[concurrency] = rate;
      }
      const highest = concurrencies.at(-1);
      const cpuPerStream = throughputRuns.flatMap((run) =>
        run.concurrency === highest && run.cpuMs !== undefined && run.completed > 0 ? [run.cpuMs / run.completed] : [],
      );

      const cpuMsPerStream = medianOrUndefined(cpuPerStream);
      const harnessRuns = throughputRuns.filter((run) => run.concurrency === highest && run.completed > 0);
      const harnessCpuMsPerStream =
        harnessRuns.length === 0
          ? undefined
          : {
              generator: median(harnessRuns.map((run) => run.harnessCpuMs.generator / run.completed)),
              upstream: median(harnessRuns.map((run) => run.harnessCpuMs.upstream / run.completed)),
            };
      timingFigures[timing] = {
        latency: medianFigures(measured.map(latencyOf)),
        addedLatency: added.length > 0 ? medianFigures(added) : undefined,
        latencySamples: median(measured.map((run) => run.firstByteMs.length)),
        streamsPerSecond,
        cpuMsPerStream,
        cpuMsPerChunk: cpuMsPerStream === undefined ? undefined : cpuMsPerStream / chunksPerStream,
        harnessCpuMsPerStream,
      };
    }
    const failedStreams = [...runs.latency, ...runs.throughput, ...runs.memory]
      .filter((run) => run.target === target)
      .reduce((sum, run) => sum + run.failed, 0);
    return {
      target,
      timings: timingFigures,
      memory: memoryFigures(runs.memory.filter((run) => run.target === target)),
      failedStreams,
    };
  });
}
