import { describe, expect, it } from 'vitest';
import { formatDuration, formatMegabytes, formatMilliseconds, formatRate } from './format-figures.js';

describe('figure formatting', () => {
  it('gives small times two decimals and large ones none, with a sign for added time', () => {
    expect(formatMilliseconds(0.4242, { signed: true })).toBe('+0.42 ms');
    expect(formatMilliseconds(-0.1, { signed: true })).toBe('-0.10 ms');
    expect(formatMilliseconds(12.34)).toBe('12.3 ms');
    expect(formatMilliseconds(873.4)).toBe('873 ms');
  });

  it('shows a missing figure as a dash, never as zero', () => {
    expect(formatMilliseconds(undefined)).toBe('—');
    expect(formatRate(undefined)).toBe('—');
    expect(formatMegabytes(undefined)).toBe('—');
  });

  it('formats rates, memory and run time as the report prints them', () => {
    expect(formatRate(17.84)).toBe('17.8');
    expect(formatRate(342.4)).toBe('342');
    expect(formatMegabytes(144.05 * 1024 * 1024)).toBe('144.1 MB');
    expect(formatDuration(312_400)).toBe('5 min 12 s');
    expect(formatDuration(40_000)).toBe('40 s');
  });
});
