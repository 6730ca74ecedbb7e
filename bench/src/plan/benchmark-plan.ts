import { benchmarkTimings } from '@heimdall/mock-upstream';

/** The two upstream paces: `instant` shows the proxies' own cost, `paced` a model-like upstream. */
export type TimingName = keyof typeof benchmarkTimings;

export const timingNames = Object.keys(benchmarkTimings) as TimingName[];

/** How each pace is described in the report. */
export const timingLabels: Record<TimingName, string> = {
  instant: 'zero-delay upstream',
  paced: 'realistic upstream (200 ms to first chunk, 10 ms between chunks)',
};

/** One bounded load: at most `requests` streams and at most `durationMs` of starting new ones. */
export interface LoadBudget {
  concurrency: number;
  requests: number;
  durationMs: number;
}

/**
 * Every count and duration of a benchmark run. The defaults keep a whole run of six targets, warm-up included,
 * within about seven minutes on two cores, leaving room for the build inside the ten minutes `pnpm bench` may take.
 */
export interface BenchmarkPlan {
  /** Each measurement is repeated this many times, targets interleaved, and the median is reported. */
  rounds: number;
  warmUp: Record<TimingName, LoadBudget>;
  /** Sequential streams (concurrency 1) per target per round, for the latency percentiles. */
  latency: Record<TimingName, LoadBudget>;
  /** Concurrencies whose completed streams per second are reported; the highest also gives CPU per stream. */
  throughputConcurrencies: readonly number[];
  throughputDurationMs: Record<TimingName, number>;
  /** A cap on the streams of one throughput run, in case a target is far faster than expected. */
  throughputMaxRequests: number;
  /** Streams held open together (at the realistic pace) while the proxy's peak RSS is read. */
  memory: LoadBudget;
  /** The whole run fails past this, whatever it is waiting for. */
  deadlineMs: number;
}

export const defaultPlan: BenchmarkPlan = {
  rounds: 3,
  warmUp: {
    instant: { concurrency: 16, requests: 1_000, durationMs: 3_000 },
    paced: { concurrency: 64, requests: 64, durationMs: 3_000 },
  },
  latency: {
    instant: { concurrency: 1, requests: 150, durationMs: 4_000 },
    paced: { concurrency: 1, requests: 5, durationMs: 6_000 },
  },
  throughputConcurrencies: [16, 64],
  throughputDurationMs: { instant: 1_500, paced: 2_000 },
  throughputMaxRequests: 50_000,
  memory: { concurrency: 256, requests: 512, durationMs: 4_000 },
  deadlineMs: 9 * 60_000,
};

/** A run of under a minute, to check the benchmark itself works (`BENCH_PLAN=quick`); its figures mean little. */
export const quickPlan: BenchmarkPlan = {
  rounds: 2,
  warmUp: {
    instant: { concurrency: 8, requests: 100, durationMs: 2_000 },
    paced: { concurrency: 16, requests: 16, durationMs: 2_000 },
  },
  latency: {
    instant: { concurrency: 1, requests: 20, durationMs: 2_000 },
    paced: { concurrency: 1, requests: 2, durationMs: 3_000 },
  },
  throughputConcurrencies: [16, 64],
  throughputDurationMs: { instant: 500, paced: 1_000 },
  throughputMaxRequests: 50_000,
  memory: { concurrency: 256, requests: 256, durationMs: 2_000 },
  deadlineMs: 3 * 60_000,
};

/** The plan named by `BENCH_PLAN` (`quick`), else the full one. */
export function selectPlan(name: string | undefined): BenchmarkPlan {
  if (name === undefined || name === '' || name === 'full') return defaultPlan;
  if (name === 'quick') return quickPlan;
  throw new Error(`BENCH_PLAN must be "full" or "quick", not "${name}"`);
}
