import { describe, expect, it } from 'vitest';
import { createKeyPool } from './key-pool.js';

describe('upstream key pool', () => {
  it('spreads requests by weight', () => {
    const picks = [0, 0.3, 0.5, 0.74, 0.76, 0.99].map((point) =>
      createKeyPool(
        [
          { key: 'a', weight: 3 },
          { key: 'b', weight: 1 },
        ],
        Date.now,
        () => point,
      ).pick(),
    );
    expect(picks).toEqual(['a', 'a', 'a', 'a', 'b', 'b']);
  });

  it('sets a rate-limited key aside until its retry-after has passed', () => {
    let now = 1_000;
    const pool = createKeyPool(
      [
        { key: 'a', weight: 1 },
        { key: 'b', weight: 1 },
      ],
      () => now,
      () => 0,
    );
    pool.setAside('a', 500);
    expect(pool.pick()).toBe('b');
    expect(pool.hasAvailable()).toBe(true);
    now = 1_600;
    expect(pool.pick()).toBe('a');
  });

  it('uses the key that comes back first when all are set aside', () => {
    const pool = createKeyPool(
      [
        { key: 'a', weight: 1 },
        { key: 'b', weight: 1 },
      ],
      () => 0,
      () => 0,
    );
    pool.setAside('a', 900);
    pool.setAside('b', 100);
    expect(pool.hasAvailable()).toBe(false);
    expect(pool.pick()).toBe('b');
  });

  it('has no key for a provider without keys', () => {
    expect(createKeyPool([]).pick()).toBeUndefined();
  });
});
