import { randomUUID } from 'node:crypto';
import type { CounterClaim, CounterStore, ReserveResult } from './counter-store.js';

interface Window {
  startsAt: number;
  /** What settled reservations used. */
  used: number;
}

interface Reservation {
  claims: readonly (CounterClaim & { windowStart: number })[];
  expiresAt: number;
}

/**
 * Counters of one process: fixed windows aligned to the clock (a 1-minute window starts on the minute), so every
 * counter resets at a time a client can be told. JavaScript runs one reservation at a time, which makes each
 * all-or-none step atomic without locks.
 */
export function createMemoryCounterStore(now: () => number = Date.now): CounterStore {
  const windows = new Map<string, Window>();
  const reservations = new Map<string, Reservation>();

  const windowStart = (claim: CounterClaim, time: number) => time - (time % claim.windowMs);

  /** Used plus still-leased reservations of a counter in the window starting at `start`. */
  const load = (counter: string, start: number, time: number) => {
    const window = windows.get(counter);
    let total = window && window.startsAt === start ? window.used : 0;
    for (const [id, reservation] of reservations) {
      if (reservation.expiresAt <= time) {
        reservations.delete(id);
        continue;
      }
      for (const claim of reservation.claims) {
        if (claim.counter === counter && claim.windowStart === start) total += claim.amount;
      }
    }
    return total;
  };

  return {
    reserve(claims, leaseMs): ReserveResult {
      const time = now();
      for (const claim of claims) {
        const start = windowStart(claim, time);
        if (load(claim.counter, start, time) + claim.amount > claim.limit) {
          return { ok: false, refused: claim, retryAfterMs: start + claim.windowMs - time };
        }
      }
      const reservationId = randomUUID();
      reservations.set(reservationId, {
        claims: claims.map((claim) => ({ ...claim, windowStart: windowStart(claim, time) })),
        expiresAt: time + leaseMs,
      });
      return { ok: true, reservationId };
    },
    settle(reservationId, used) {
      const reservation = reservations.get(reservationId);
      if (!reservation) return;
      reservations.delete(reservationId);
      for (const claim of reservation.claims) {
        const window = windows.get(claim.counter);
        const current =
          window && window.startsAt === claim.windowStart ? window : { startsAt: claim.windowStart, used: 0 };
        current.used += used[claim.counter] ?? claim.amount;
        windows.set(claim.counter, current);
      }
    },
  };
}
