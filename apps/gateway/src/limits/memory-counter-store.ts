import {
  type CounterClaim,
  type CounterState,
  type CounterStore,
  concurrencyRetryAfterMs,
  type ReserveResult,
} from './counter-store.js';
import { candidateWindow, type WindowAlignment } from './limit-window.js';

interface Counter {
  end: number;
  /** What settled reservations used in this window. */
  used: number;
  /** What live reservations of this window hold. */
  held: number;
}

interface HeldClaim {
  key: string;
  amount: number;
  /** The end of the window the amount was taken from: a settle after the window rolled over leaves the new one alone. */
  end: number;
  concurrent: boolean;
}

interface Reservation {
  claims: readonly HeldClaim[];
  expiresAt: number;
  /** The lease ran out and gave its amounts back; a late settle still adds what was used. */
  expired: boolean;
}

/** How long an expired reservation is remembered, so that a request slower than its lease is still billed. */
export const expiredReservationMemoryMs = 3_600_000;

/** What a windowed counter has used, as it is kept across a restart (see `counter-persistence.ts`). */
export interface PersistedCounter {
  tag: string;
  counter: string;
  /** When its window ends, in epoch milliseconds. */
  windowEnd: number;
  used: number;
}

/** The in-memory store, which can also hand over and take back what its windowed counters have used. */
export interface MemoryCounterStore extends CounterStore {
  /** Every counter with a window still open and something used in it: live reservations are not included. */
  persisted(): PersistedCounter[];
  /** Adds what a previous process used to the counters whose windows are still open. */
  restore(counters: readonly PersistedCounter[]): void;
}

export interface MemoryCounterStoreOptions {
  now?: () => number;
  windows?: WindowAlignment;
}

/**
 * Counters of one process, exact within it: JavaScript runs one reservation at a time, which makes each all-or-none
 * step atomic without locks. Replicas each keeping their own would each allow the whole limit; they share a Redis
 * store instead (see `redis-counter-store.ts`, which follows the same steps in a server-side script).
 */
export function createMemoryCounterStore({
  now = Date.now,
  windows = 'calendar',
}: MemoryCounterStoreOptions = {}): MemoryCounterStore {
  const counters = new Map<string, Counter>();
  const reservations = new Map<string, Reservation>();

  /** The earliest lease (or forgetting) due: nothing is swept before then, so most calls cost no scan at all. */
  let nextSweep = Number.POSITIVE_INFINITY;
  const expireLeases = (time: number) => {
    if (time < nextSweep) return;
    nextSweep = Number.POSITIVE_INFINITY;
    for (const [id, reservation] of reservations) {
      const due = reservation.expired ? reservation.expiresAt + expiredReservationMemoryMs : reservation.expiresAt;
      if (due > time) {
        nextSweep = Math.min(nextSweep, due);
        continue;
      }
      if (reservation.expired) {
        reservations.delete(id);
        continue;
      }
      reservation.expired = true;
      nextSweep = Math.min(nextSweep, reservation.expiresAt + expiredReservationMemoryMs);
      for (const claim of reservation.claims) {
        const counter = counters.get(claim.key);
        if (counter && counter.end === claim.end) counter.held -= claim.amount;
      }
    }
  };

  /** The counter as it stands at `time`: a fresh window when it has none or its window is over. */
  const current = (key: string, claim: CounterClaim, time: number): Counter => {
    const existing = counters.get(key);
    if (existing && existing.end > time) return existing;
    const end = claim.period ? candidateWindow(claim.period, windows, time).end : Number.POSITIVE_INFINITY;
    return { end, used: 0, held: 0 };
  };

  const stateOf = (claim: CounterClaim, counter: Counter, time: number): CounterState => ({
    counter: claim.counter,
    limit: claim.limit,
    used: counter.used + counter.held,
    resetsAt: claim.period ? counter.end : undefined,
    resetsInMs: claim.period ? counter.end - time : undefined,
  });

  const separator = '\u0000';
  return {
    persisted() {
      const time = now();
      const open: PersistedCounter[] = [];
      for (const [key, counter] of counters) {
        if (!Number.isFinite(counter.end) || counter.end <= time || counter.used <= 0) continue;
        const at = key.indexOf(separator);
        open.push({ tag: key.slice(0, at), counter: key.slice(at + 1), windowEnd: counter.end, used: counter.used });
      }
      return open;
    },

    restore(persisted) {
      const time = now();
      for (const { tag, counter, windowEnd, used } of persisted) {
        if (windowEnd <= time) continue;
        const key = `${tag}${separator}${counter}`;
        const existing = counters.get(key);
        if (existing && existing.end === windowEnd) existing.used += used;
        else if (!existing || existing.end <= time) counters.set(key, { end: windowEnd, used, held: 0 });
      }
    },

    async reserve({ id, tag, claims, leaseMs }): Promise<ReserveResult> {
      const time = now();
      expireLeases(time);
      const keyOf = (claim: CounterClaim) => `${tag}\u0000${claim.counter}`;
      const found = claims.map((claim) => current(keyOf(claim), claim, time));
      if (reservations.has(`${tag}\u0000${id}`)) {
        return { ok: true, counters: claims.map((claim, index) => stateOf(claim, found[index] as Counter, time)) };
      }
      const refusedIndex = claims.findIndex((claim, index) => {
        const counter = found[index] as Counter;
        return counter.used + counter.held + claim.amount > claim.limit;
      });
      if (refusedIndex !== -1) {
        const refused = claims[refusedIndex] as CounterClaim;
        const counter = found[refusedIndex] as Counter;
        return {
          ok: false,
          refused,
          retryAfterMs: refused.period ? counter.end - time : concurrencyRetryAfterMs,
          counters: claims.map((claim, index) => stateOf(claim, found[index] as Counter, time)),
        };
      }
      const held = claims.map((claim, index) => {
        const counter = found[index] as Counter;
        counter.held += claim.amount;
        counters.set(keyOf(claim), counter);
        return { key: keyOf(claim), amount: claim.amount, end: counter.end, concurrent: !claim.period };
      });
      reservations.set(`${tag}\u0000${id}`, { claims: held, expiresAt: time + leaseMs, expired: false });
      nextSweep = Math.min(nextSweep, time + leaseMs);
      return { ok: true, counters: claims.map((claim, index) => stateOf(claim, found[index] as Counter, time)) };
    },

    async usage({ tag, claims }) {
      const time = now();
      expireLeases(time);
      return claims.map((claim) => stateOf(claim, current(`${tag}\u0000${claim.counter}`, claim, time), time));
    },

    async settle({ id, tag, used }) {
      const time = now();
      expireLeases(time);
      const reservation = reservations.get(`${tag}\u0000${id}`);
      if (!reservation) return;
      reservations.delete(`${tag}\u0000${id}`);
      for (const claim of reservation.claims) {
        const counter = counters.get(claim.key);
        if (!counter || counter.end !== claim.end) continue;
        if (!reservation.expired) counter.held -= claim.amount;
        if (!claim.concurrent) counter.used += used[claim.key.slice(tag.length + 1)] ?? claim.amount;
      }
    },
  };
}
