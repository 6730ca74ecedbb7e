import { describe, expect, it } from 'vitest';
import { median, percentile } from './percentile.js';

describe('percentile', () => {
  it('gives the middle value of an odd sample as its p50, whatever the input order', () => {
    expect(percentile([9, 1, 5], 0.5)).toBe(5);
  });

  it('interpolates between ranks, so p99 of 1..100 is just under the maximum', () => {
    const values = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(percentile(values, 0.99)).toBeCloseTo(99.01, 10);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile(values, 1)).toBe(100);
  });

  it('returns the only value of a one-value sample for every fraction', () => {
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([7], 0)).toBe(7);
  });

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2];
    percentile(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });

  it('refuses an empty sample instead of reporting a zero latency', () => {
    expect(() => percentile([], 0.5)).toThrow(/empty sample/);
  });

  it('refuses a fraction written as a percentage', () => {
    expect(() => percentile([1, 2], 99)).toThrow(/within 0\.\.1/);
  });
});

describe('median', () => {
  it('averages the two middle values of an even sample', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('ignores a single outlier that would drag a mean', () => {
    expect(median([10, 11, 12, 1000])).toBe(11.5);
  });
});
