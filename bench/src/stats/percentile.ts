/**
 * The `fraction` quantile (0 to 1) of `values`, by linear interpolation between the two closest ranks (the method
 * spreadsheets and NumPy use by default), so a p99 of a small sample is not simply its maximum.
 * Throws on an empty sample or a fraction outside 0..1: a statistic of nothing is a bug, not a zero.
 */
export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) throw new RangeError('percentile of an empty sample');
  if (!(fraction >= 0 && fraction <= 1))
    throw new RangeError(`percentile fraction must be within 0..1, not ${fraction}`);
  const sorted = [...values].sort((left, right) => left - right);
  const position = (sorted.length - 1) * fraction;
  const lowerIndex = Math.floor(position);
  const upperIndex = Math.ceil(position);
  const lower = sorted[lowerIndex] ?? Number.NaN;
  const upper = sorted[upperIndex] ?? Number.NaN;
  return lower + (upper - lower) * (position - lowerIndex);
}

/** The median of `values`: the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}
