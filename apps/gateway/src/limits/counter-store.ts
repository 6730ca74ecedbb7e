/** One counter a reservation draws on: a key's requests or tokens in the current window. */
export interface CounterClaim {
  /** Names the counter, e.g. `key:team-a:tokens`. */
  counter: string;
  /** What the reservation takes from it. */
  amount: number;
  /** The most the counter may hold in one window. */
  limit: number;
  windowMs: number;
}

export type ReserveResult =
  | { ok: true; reservationId: string }
  | {
      ok: false;
      /** The first claim that did not fit. */
      refused: CounterClaim;
      /** How long until that counter's window starts again. */
      retryAfterMs: number;
    };

/**
 * Where metered counters live, so that limits hold however many requests run at once. Every claim of a reservation
 * is taken in one atomic step, all or none; settling replaces what was reserved by what was used, once per
 * reservation; a reservation not settled within its lease stops counting, so a crashed request cannot pin a counter.
 * This process's counters are an in-memory implementation; replicas share counters through a store with the same
 * contract.
 */
export interface CounterStore {
  reserve(claims: readonly CounterClaim[], leaseMs: number): ReserveResult;
  /** Replaces each reserved amount by what was really used (a counter not named keeps what was reserved). */
  settle(reservationId: string, used: Readonly<Record<string, number>>): void;
}
