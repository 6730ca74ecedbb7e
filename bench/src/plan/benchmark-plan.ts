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
 * within about eight minutes on two cores, leaving room for the build inside the twelve minutes `pnpm bench` may take.
 */
export interface BenchmarkPlan {
  /** `quick` runs only check that the benchmark works; their figures are labelled as such. */
  name: 'full' | 'quick';
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
  /** Numbers of streams held open together at the realistic pace while each proxy's memory is read. */
  memoryStreams: readonly number[];
  /** Memory is measured on a fresh process each time, so it has rounds of its own (each one costs a start-up). */
  memoryRounds: number;
  /** Streams each fresh process serves before its memory at rest is read, so start-up's lazy work is behind it. */
  memoryWarmUp: LoadBudget;
  /** The whole run fails past this, whatever it is waiting for. */
  deadlineMs: number;
}

export const defaultPlan: BenchmarkPlan = {
  name: 'full',
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
  throughputDurationMs: { instant: 1_500, paced: 2_500 },
  throughputMaxRequests: 50_000,
  memoryStreams: [256, 1_000],
  memoryRounds: 2,
  memoryWarmUp: { concurrency: 16, requests: 32, durationMs: 5_000 },
  deadlineMs: 11 * 60_000,
};

/** A run of about two minutes, to check the benchmark itself works (`HEIMDALL_BENCH_QUICK=1`); its figures mean little. */
export const quickPlan: BenchmarkPlan = {
  name: 'quick',
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
  memoryStreams: [256, 1_000],
  memoryRounds: 1,
  memoryWarmUp: { concurrency: 16, requests: 16, durationMs: 5_000 },
  deadlineMs: 5 * 60_000,
};

/** The plan `HEIMDALL_BENCH_QUICK` asks for: `1` for the quick one, unset (or `0`) for the full one. */
export function selectPlan(quick: string | undefined): BenchmarkPlan {
  if (quick === undefined || quick === '' || quick === '0') return defaultPlan;
  if (quick === '1') return quickPlan;
  throw new Error(`HEIMDALL_BENCH_QUICK must be "1" (a quick run) or "0" (the full run), not "${quick}"`);
}
