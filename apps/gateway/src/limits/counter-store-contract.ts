import { randomUUID } from 'node:crypto';
import { beforeEach, expect, it } from 'vitest';
import type { CounterClaim, CounterStore } from './counter-store.js';

/** Makes a store on the given clock, with calendar windows. */
export type CounterStoreFactory = (now: () => number) => Promise<CounterStore> | CounterStore;

/**
 * What every counter store must do, run against each implementation (in memory, real Redis) so that one process and
 * many replicas enforce the same limits.
 */
export function counterStoreContract(createStore: CounterStoreFactory): void {
  /** Ten seconds into a minute. */
  let clock = Date.parse('2026-12-02T01:00:10Z');
  let store: CounterStore;
  let tag: string;
  beforeEach(async () => {
    clock = Date.parse('2026-12-02T01:00:10Z');
    store = await createStore(() => clock);
    tag = `key:${randomUUID()}`;
  });

  const requests = (limit: number): CounterClaim => ({ counter: 'requests:1m', amount: 1, limit, period: '1m' });
  const tokens = (amount: number, limit: number): CounterClaim => ({
    counter: 'tokens:1m',
    amount,
    limit,
    period: '1m',
  });
  const reserve = (claims: CounterClaim[], id = randomUUID(), leaseMs = 60_000) =>
    store.reserve({ id, tag, claims, leaseMs });

  it('grants exactly the limit when many reservations arrive at once', async () => {
    const results = await Promise.all(Array.from({ length: 40 }, () => reserve([requests(7)])));
    expect(results.filter((result) => result.ok)).toHaveLength(7);
  });

  it('takes all claims or none: a refused token claim leaves the request counter as it was', async () => {
    const refused = await reserve([requests(1), tokens(500, 100)]);
    expect(refused).toMatchObject({ ok: false, refused: { counter: 'tokens:1m' }, retryAfterMs: 50_000 });
    expect((await reserve([requests(1)])).ok).toBe(true);
  });

  it('reports use and reset of each counter, counting the new reservation', async () => {
    await reserve([requests(5), tokens(30, 1_000)]);
    const second = await reserve([requests(5), tokens(30, 1_000)]);
    expect(second.counters).toEqual([
      { counter: 'requests:1m', limit: 5, used: 2, resetsAt: Date.parse('2026-12-02T01:01:00Z'), resetsInMs: 50_000 },
      {
        counter: 'tokens:1m',
        limit: 1_000,
        used: 60,
        resetsAt: Date.parse('2026-12-02T01:01:00Z'),
        resetsInMs: 50_000,
      },
    ]);
  });

  it('settles to what was used, once per reservation id', async () => {
    const id = randomUUID();
    await reserve([tokens(900, 1_000)], id);
    expect((await reserve([tokens(200, 1_000)])).ok).toBe(false);
    await store.settle({ id, tag, used: { 'tokens:1m': 100 } });
    await store.settle({ id, tag, used: { 'tokens:1m': 100 } });
    const after = await reserve([tokens(200, 1_000)]);
    expect(after).toMatchObject({ ok: true, counters: [{ used: 300 }] });
  });

  it('counts a reservation id once, however often it is reserved', async () => {
    const id = randomUUID();
    await reserve([requests(2)], id);
    await reserve([requests(2)], id);
    expect((await reserve([requests(2)])).ok).toBe(true);
  });

  it('gives back what an unsettled reservation held once its lease runs out, and still bills a late settle', async () => {
    const id = randomUUID();
    await reserve([tokens(1_000, 1_000)], id, 5_000);
    expect((await reserve([tokens(1, 1_000)])).ok).toBe(false);
    clock += 5_000;
    expect((await reserve([tokens(1, 1_000)], randomUUID(), 60_000)).ok).toBe(true);
    await store.settle({ id, tag, used: { 'tokens:1m': 400 } });
    expect(await reserve([tokens(600, 1_000)])).toMatchObject({ ok: false });
    expect(await reserve([tokens(599, 1_000)])).toMatchObject({ ok: true, counters: [{ used: 1_000 }] });
  });

  it('starts again when the window rolls over', async () => {
    expect((await reserve([requests(1)])).ok).toBe(true);
    expect((await reserve([requests(1)])).ok).toBe(false);
    clock = Date.parse('2026-12-02T01:01:00Z');
    expect(await reserve([requests(1)])).toMatchObject({ ok: true, counters: [{ used: 1 }] });
  });

  it('holds a concurrency counter only while its reservation is live', async () => {
    const streams: CounterClaim = { counter: 'streams', amount: 1, limit: 2 };
    const first = randomUUID();
    await reserve([streams], first);
    await reserve([streams]);
    expect(await reserve([streams])).toMatchObject({ ok: false, retryAfterMs: 1_000 });
    await store.settle({ id: first, tag, used: {} });
    expect(await reserve([streams])).toMatchObject({ ok: true, counters: [{ used: 2, resetsAt: undefined }] });
  });

  it('reads use without taking any: settled use plus what live reservations hold, and the reset', async () => {
    const settled = randomUUID();
    await reserve([requests(5), tokens(300, 1_000)], settled);
    await store.settle({ id: settled, tag, used: { 'requests:1m': 1, 'tokens:1m': 120 } });
    await reserve([requests(5), tokens(50, 1_000)]);
    const resetsAt = Date.parse('2026-12-02T01:01:00Z');
    const read = () => store.usage({ tag, claims: [requests(5), tokens(0, 1_000)] });
    expect(await read()).toEqual([
      { counter: 'requests:1m', limit: 5, used: 2, resetsAt, resetsInMs: 50_000 },
      { counter: 'tokens:1m', limit: 1_000, used: 170, resetsAt, resetsInMs: 50_000 },
    ]);
    expect(await read()).toEqual(await read());
    expect(await reserve([tokens(830, 1_000)])).toMatchObject({ ok: true, counters: [{ used: 1_000 }] });
  });

  it('reads an unused counter as 0 in the window a reservation would start now, and 0 again after a roll-over', async () => {
    const streams: CounterClaim = { counter: 'streams', amount: 1, limit: 2 };
    expect(await store.usage({ tag, claims: [requests(5), streams] })).toEqual([
      { counter: 'requests:1m', limit: 5, used: 0, resetsAt: Date.parse('2026-12-02T01:01:00Z'), resetsInMs: 50_000 },
      { counter: 'streams', limit: 2, used: 0, resetsAt: undefined, resetsInMs: undefined },
    ]);
    await reserve([requests(5)]);
    clock = Date.parse('2026-12-02T01:01:30Z');
    expect(await store.usage({ tag, claims: [requests(5)] })).toEqual([
      { counter: 'requests:1m', limit: 5, used: 0, resetsAt: Date.parse('2026-12-02T01:02:00Z'), resetsInMs: 30_000 },
    ]);
  });

  it('stops reading what an unsettled reservation held once its lease runs out', async () => {
    await reserve([tokens(400, 1_000)], randomUUID(), 5_000);
    expect(await store.usage({ tag, claims: [tokens(0, 1_000)] })).toMatchObject([{ used: 400 }]);
    clock += 5_000;
    expect(await store.usage({ tag, claims: [tokens(0, 1_000)] })).toMatchObject([{ used: 0 }]);
  });

  it('keeps tags apart', async () => {
    await reserve([requests(1)]);
    const other = await store.reserve({ id: randomUUID(), tag: `${tag}-other`, claims: [requests(1)], leaseMs: 1_000 });
    expect(other.ok).toBe(true);
  });
}
