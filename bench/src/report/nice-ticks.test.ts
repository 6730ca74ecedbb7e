import { describe, expect, it } from 'vitest';
import { niceTicks } from './nice-ticks.js';

describe('niceTicks', () => {
  it('steps by 1, 2 or 5 times a power of ten and covers the maximum', () => {
    expect(niceTicks({ minimum: 0, maximum: 1234 })).toEqual({ step: 500, ticks: [0, 500, 1000, 1500] });
    expect(niceTicks({ minimum: 0, maximum: 0.9 })).toEqual({ step: 0.2, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] });
  });

  it('starts at zero for positive data so bars are not cut short', () => {
    expect(niceTicks({ minimum: 40, maximum: 50 }).ticks[0]).toBe(0);
  });

  it('reaches below zero for a negative value', () => {
    const { ticks } = niceTicks({ minimum: -0.3, maximum: 2 });
    expect(ticks[0]).toBeLessThanOrEqual(-0.3);
    expect(ticks).toContain(0);
  });

  it('still gives an axis when every value is zero', () => {
    expect(niceTicks({ minimum: 0, maximum: 0 }).ticks).toEqual([0, 1]);
  });
});
