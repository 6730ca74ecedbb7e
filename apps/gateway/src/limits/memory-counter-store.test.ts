import { describe, expect, it } from 'vitest';
import { createMemoryCounterStore } from './memory-counter-store.js';

const requests = { counter: 'key:a:requests', amount: 1, limit: 2, windowMs: 60_000 };
const tokens = { counter: 'key:a:tokens', amount: 100, limit: 150, windowMs: 60_000 };

describe('counters in memory', () => {
  it('take every claim of a reservation or none', () => {
    let time = 60_000;
    const store = createMemoryCounterStore(() => time);
    expect(store.reserve([requests, tokens], 30_000).ok).toBe(true);
    const refused = store.reserve([requests, tokens], 30_000);
    expect(refused).toMatchObject({ ok: false, refused: { counter: 'key:a:tokens' }, retryAfterMs: 60_000 });
    // The refused reservation took nothing: a request with a smaller claim still fits both counters.
    expect(store.reserve([requests, { ...tokens, amount: 50 }], 30_000).ok).toBe(true);
    time += 1_000;
    expect(store.reserve([requests], 30_000)).toMatchObject({ ok: false, retryAfterMs: 59_000 });
  });

  it('settle to what was used, once, so an estimate never pins a counter', () => {
    const store = createMemoryCounterStore(() => 60_000);
    const first = store.reserve([{ ...tokens, amount: 150 }], 30_000);
    if (!first.ok) throw new Error('refused');
    expect(store.reserve([{ ...tokens, amount: 10 }], 30_000).ok).toBe(false);
    store.settle(first.reservationId, { 'key:a:tokens': 40 });
    store.settle(first.reservationId, { 'key:a:tokens': 40 });
    expect(store.reserve([{ ...tokens, amount: 110 }], 30_000).ok).toBe(true);
    expect(store.reserve([{ ...tokens, amount: 1 }], 30_000).ok).toBe(false);
  });

  it('let a reservation that is never settled stop counting when its lease ends', () => {
    let time = 60_000;
    const store = createMemoryCounterStore(() => time);
    expect(store.reserve([{ ...requests, limit: 1 }], 5_000).ok).toBe(true);
    expect(store.reserve([{ ...requests, limit: 1 }], 5_000).ok).toBe(false);
    time += 5_000;
    expect(store.reserve([{ ...requests, limit: 1 }], 5_000).ok).toBe(true);
  });

  it('start every counter again when its window rolls over', () => {
    let time = 119_000;
    const store = createMemoryCounterStore(() => time);
    const held = store.reserve([{ ...requests, limit: 1 }], 120_000);
    if (!held.ok) throw new Error('refused');
    store.settle(held.reservationId, {});
    expect(store.reserve([{ ...requests, limit: 1 }], 120_000).ok).toBe(false);
    time = 120_000;
    expect(store.reserve([{ ...requests, limit: 1 }], 120_000).ok).toBe(true);
  });
});
