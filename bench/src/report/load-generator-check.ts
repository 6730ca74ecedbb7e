import type { TargetFigures } from '../stats/aggregate-figures.js';

/**
 * Whether the run's throughput figures measure the proxies at all. The raw proxy does everything reading the mock
 * directly does, plus a hop, so it cannot complete more streams per second than the direct read, unless the load
 * generator (or the mock) is the bottleneck and a proxy merely changes how its work is cut up.
 */
export interface LoadGeneratorCheck {
  /** Zero-delay concurrency the check is made at. */
  concurrency: number;
  /** Raw proxy's streams per second over direct's; undefined when either is missing. */
  ratio: number | undefined;
  /** True only for a ratio below 1: an unknown ratio does not vouch for anything. */
  throughputValid: boolean;
}

/** Compares the raw proxy's zero-delay throughput at `concurrency` with the direct read's. */
export function checkLoadGenerator(figures: readonly TargetFigures[], concurrency: number): LoadGeneratorCheck {
  const rate = (target: string) =>
    figures.find((figure) => figure.target === target)?.timings.instant.streamsPerSecond[concurrency];
  const rawProxy = rate('raw-proxy');
  const direct = rate('direct');
  const ratio = rawProxy !== undefined && direct !== undefined && direct > 0 ? rawProxy / direct : undefined;
  return { concurrency, ratio, throughputValid: ratio !== undefined && ratio < 1 };
}

/** The sanity line printed with the results, saying whether the throughput figures can be read as the gateway's. */
export function renderSanityLine(check: LoadGeneratorCheck): string {
  const measured = `raw-proxy/direct throughput c${check.concurrency} = ${check.ratio === undefined ? 'n/a' : check.ratio.toFixed(2)}`;
  if (check.throughputValid) {
    return `Sanity: ${measured} < 1, so the load generator is not the bottleneck and the throughput figures are valid.`;
  }
  const reason =
    check.ratio === undefined
      ? 'cannot be computed'
      : '≥ 1: the raw proxy cannot beat reading the mock directly, so the load generator (or the mock) is the bottleneck';
  return `Sanity: ${measured} ${reason}. The throughput figures are INVALID and not the gateway's.`;
}
