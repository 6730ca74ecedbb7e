import type { LatencyFigures, TargetFigures } from '../stats/aggregate-figures.js';
import type { TargetId } from '../targets/target-id.js';

/** A goal a figure is reported against (never asserted: a missed goal is news, not a failed run). */
export interface Goal {
  comparison: 'at-most' | 'at-least' | 'below';
  limit: number;
}

/** One comparison of the ratio line; `values` holds one figure, or first byte then last byte for latency. */
export interface RatioEntry {
  name: string;
  values: Array<{ label?: string; value: number | undefined }>;
  unit?: string;
  goal?: Goal;
}

/** The concurrency whose throughput the goals speak of. */
export const goalConcurrency = 64;

const heimdallTargets: readonly TargetId[] = ['heimdall', 'heimdall-bedrock'];

/** `numerator / denominator`, or undefined when the denominator is no positive figure (noise around zero). */
function ratio(numerator: number | undefined, denominator: number | undefined): number | undefined {
  if (numerator === undefined || denominator === undefined || !(denominator > 0)) return undefined;
  return numerator / denominator;
}

/**
 * Whether every value meets the goal; undefined when a value could not be computed, so a missing figure is never
 * read as a goal that holds.
 */
export function goalHolds(entry: RatioEntry): boolean | undefined {
  const { goal } = entry;
  if (goal === undefined) return undefined;
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
 * The comparisons of the ratio line, from the zero-delay figures where only the proxies' own cost shows: for each
 * Heimdall row its added latency and throughput against the raw proxy, its throughput against Portkey, and its peak
 * memory; then Portkey against the raw proxy, and the raw proxy against direct, for scale.
 */
export function computeRatios(figures: readonly TargetFigures[]): RatioEntry[] {
  const byTarget = new Map(figures.map((figure) => [figure.target, figure]));
  const added = (target: TargetId): LatencyFigures | undefined => byTarget.get(target)?.timings.instant.addedLatency;
  const throughput = (target: TargetId) => byTarget.get(target)?.timings.instant.streamsPerSecond[goalConcurrency];
  const addedLatencyRatio = (target: TargetId, goal?: Goal): RatioEntry => ({
    name: `${target}/raw-proxy added-latency p50`,
    values: [
      { label: 'first byte', value: ratio(added(target)?.firstByteP50, added('raw-proxy')?.firstByteP50) },
      { label: 'last byte', value: ratio(added(target)?.lastByteP50, added('raw-proxy')?.lastByteP50) },
    ],
    ...(goal ? { goal } : {}),
  });
  const throughputRatio = (target: TargetId, baseline: TargetId, goal?: Goal): RatioEntry => ({
    name: `${target}/${baseline} throughput c${goalConcurrency}`,
    values: [{ value: ratio(throughput(target), throughput(baseline)) }],
    ...(goal ? { goal } : {}),
  });

  const entries: RatioEntry[] = [];
  for (const target of heimdallTargets.filter((id) => byTarget.has(id))) {
    entries.push(
      addedLatencyRatio(target, { comparison: 'at-most', limit: 1.5 }),
      throughputRatio(target, 'portkey', { comparison: 'at-least', limit: 3 }),
      throughputRatio(target, 'raw-proxy', { comparison: 'at-least', limit: 0.7 }),
      {
        name: `${target} peak RSS at 256 streams`,
        values: [{ value: megabytes(byTarget.get(target)?.peakRssBytes) }],
        unit: 'MB',
        goal: { comparison: 'below', limit: 150 },
      },
    );
  }
  if (byTarget.has('portkey')) entries.push(addedLatencyRatio('portkey'), throughputRatio('portkey', 'raw-proxy'));
  entries.push(throughputRatio('raw-proxy', 'direct'));
  return entries;
}

/** Bytes to megabytes (2^20), the unit `ps` and `top` show. */
export function megabytes(bytes: number | undefined): number | undefined {
  return bytes === undefined ? undefined : bytes / (1024 * 1024);
}
