import { describe, expect, it } from 'vitest';
import { interleavedOrder } from './interleave.js';

describe('interleavedOrder', () => {
  it('measures every target once per round, starting one later each round', () => {
    const targets = ['direct', 'raw-proxy', 'heimdall'];
    expect(interleavedOrder(targets, 1)).toEqual(['direct', 'raw-proxy', 'heimdall']);
    expect(interleavedOrder(targets, 2)).toEqual(['raw-proxy', 'heimdall', 'direct']);
    expect(interleavedOrder(targets, 3)).toEqual(['heimdall', 'direct', 'raw-proxy']);
    expect(interleavedOrder(targets, 4)).toEqual(['direct', 'raw-proxy', 'heimdall']);
  });

  it('gives nothing to measure for no targets', () => {
    expect(interleavedOrder([], 2)).toEqual([]);
  });
});
