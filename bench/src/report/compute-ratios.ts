import type { TimingName } from '../plan/benchmark-plan.js';
import type { TargetFigures } from '../stats/aggregate-figures.js';
import type { TargetId } from '../targets/target-id.js';
import { checkLoadGenerator } from './load-generator-check.js';

/** A goal a figure is reported against (never asserted: a missed goal is news, not a failed run). */
export interface Goal {
  comparison: 'at-most' | 'at-least' | 'below';
  limit: number;
}

/** One comparison of the ratio line; `values` holds one figure, or first byte then last byte for latency. */
export interface RatioEntry {
  name: string;
  values: Array<{ label?: string; value: number | undefined }>;
  /** `×` for a ratio, `MB` for memory. */
  unit?: string;
  goal?: Goal;
  /** Why the figure cannot be trusted in this run (streams failed, the load generator was the bottleneck). */
  invalidReason?: string;
}

/** The zero-delay concurrency the goals speak of (CPU per stream, throughput). */
export const goalConcurrency = 64;

/** The number of open streams whose peak memory has a goal. */
export const goalMemoryStreams = 256;

/** `numerator / denominator`, or undefined when the denominator is no positive figure (noise around zero). */
function ratio(numerator: number | undefined, denominator: number | undefined): number | undefined {
  if (numerator === undefined || denominator === undefined || !(denominator > 0)) return undefined;
  return numerator / denominator;
}

/**
 * Whether every value meets the goal; undefined when a value could not be computed or is invalid, so a missing or
 * untrustworthy figure is never read as a goal that holds.
 */
export function goalHolds(entry: RatioEntry): boolean | undefined {
  const { goal } = entry;
  if (goal === undefined || entry.invalidReason !== undefined) return undefined;
  const values = entry.values.map((item) => item.value);
  if (values.some((value) => value === undefined)) return undefined;
  const meets: Record<Goal['comparison'], (value: number) => boolean> = {
    'at-most': (value) => value <= goal.limit,
    'at-least': (value) => value >= goal.limit,
    below: (value) => value < goal.limit,
  };
  return (values as number[]).every(meets[goal.comparison]);
}

/**
 * The goals, each a ratio of two figures measured in the same run (or, for memory, one figure), then a few ratios
 * for scale. CPU is the proxy process's user plus system time per stream, at the realistic pace and at zero delay
 * (concurrency 64); latency is the first byte added over direct at concurrency 1 with zero delay. Ratios of
 * throughput are marked invalid when the load generator was the bottleneck (see {@link checkLoadGenerator}).
 */
export function computeRatios(figures: readonly TargetFigures[]): RatioEntry[] {
  const byTarget = new Map(figures.map((figure) => [figure.target, figure]));
  const cpu = (target: TargetId, timing: TimingName) => byTarget.get(target)?.timings[timing].cpuMsPerStream;
  const cpuRatio = (target: TargetId, baseline: TargetId, timing: TimingName) =>
    ratio(cpu(target, timing), cpu(baseline, timing));
  const addedFirstByte = (target: TargetId) => byTarget.get(target)?.timings.instant.addedLatency?.firstByteP50;
  const throughput = (target: TargetId) => byTarget.get(target)?.timings.instant.streamsPerSecond[goalConcurrency];
  const memory = byTarget.get('heimdall')?.memory[goalMemoryStreams];
  const check = checkLoadGenerator(figures, goalConcurrency);
  const bottleneck = check.throughputValid ? {} : { invalidReason: 'the load generator was the bottleneck' };
  const atMost = (limit: number): Goal => ({ comparison: 'at-most', limit });

  return [
    {
      name: 'CPU per stream, realistic pace, OpenAI path / raw proxy',
      values: [{ value: cpuRatio('heimdall', 'raw-proxy', 'paced') }],
      unit: '×',
      goal: atMost(1.5),
    },
    {
      name: 'CPU per stream, realistic pace, Bedrock pass-through / raw proxy',
      values: [{ value: cpuRatio('heimdall-bedrock', 'raw-proxy', 'paced') }],
      unit: '×',
      goal: atMost(1.2),
    },
    {
      name: `CPU per stream, zero delay c${goalConcurrency}, OpenAI path / raw proxy`,
      values: [{ value: cpuRatio('heimdall', 'raw-proxy', 'instant') }],
      unit: '×',
      goal: atMost(2),
    },
    {
      name: 'added first-byte p50 at c=1, OpenAI path / raw proxy',
      values: [{ value: ratio(addedFirstByte('heimdall'), addedFirstByte('raw-proxy')) }],
      unit: '×',
      goal: atMost(1.5),
    },
    {
      name: `peak RSS, ${goalMemoryStreams} realistic streams, OpenAI path`,
      values: [{ value: megabytes(memory?.peakRssBytes) }],
      unit: 'MB',
      goal: atMost(120),
      ...(memory !== undefined && memory.failed > 0 ? { invalidReason: `${memory.failed} streams failed` } : {}),
    },
    {
      name: 'CPU per stream, OpenAI path / Portkey',
      values: [
        { label: 'realistic', value: cpuRatio('heimdall', 'portkey', 'paced') },
        { label: `zero delay c${goalConcurrency}`, value: cpuRatio('heimdall', 'portkey', 'instant') },
      ],
      unit: '×',
      goal: atMost(0.33),
    },
    {
      name: 'CPU per stream, realistic pace, Portkey / raw proxy',
      values: [{ value: cpuRatio('portkey', 'raw-proxy', 'paced') }],
      unit: '×',
    },
    {
      name: `throughput c${goalConcurrency}, OpenAI path / raw proxy`,
      values: [{ value: ratio(throughput('heimdall'), throughput('raw-proxy')) }],
      unit: '×',
      ...bottleneck,
    },
    {
      name: `raw-proxy/direct throughput c${goalConcurrency}`,
      values: [{ value: check.ratio }],
      unit: '×',
    },
  ];
}

/** Bytes to megabytes (2^20), the unit `ps` and `top` show. */
export function megabytes(bytes: number | undefined): number | undefined {
  return bytes === undefined ? undefined : bytes / (1024 * 1024);
}
