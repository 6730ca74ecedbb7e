import type { ResetPeriod } from '../config/limits-schema.js';

/** One counter a reservation draws on, e.g. a key's requests in the current minute or its team's dollars this month. */
export interface CounterClaim {
  /** Names the counter, e.g. `key:team-a:requests:1m`. */
  counter: string;
  /** What the reservation takes from it: a whole number (tokens, requests, micro-dollars, streams). */
  amount: number;
  /** The most the counter may hold at once: used in its window plus what live reservations hold. */
  limit: number;
  /**
   * The period its window resets after. Without one the counter is a concurrency counter: it holds only what live
   * reservations hold, and settling gives it back whatever was used.
   */
  period?: ResetPeriod | undefined;
}

/** A counter as a reservation left it (or found it, when refused). */
export interface CounterState {
  counter: string;
  limit: number;
  /** Used in the window plus held by live reservations, this one included when it was granted. */
  used: number;
  /** When the window ends (milliseconds since the epoch); absent for a concurrency counter. */
  resetsAt?: number | undefined;
  /** How long until then, by the store's clock. */
  resetsInMs?: number | undefined;
}

export interface ReserveRequest {
  /** Unique per request and attempt: reserving an id again changes nothing, settling it twice counts once. */
  id: string;
  /**
   * The counters' shard: every counter of one reservation lives under the same tag, so that a Redis Cluster keeps
   * them in one hash slot and one script can update them all atomically.
   */
  tag: string;
  claims: readonly CounterClaim[];
  /** How long the reservation holds its amounts unless settled: then it stops counting, as if it never ran. */
  leaseMs: number;
}

export type ReserveResult =
  | { ok: true; counters: readonly CounterState[] }
  | {
      ok: false;
      /** The first claim that did not fit. */
      refused: CounterClaim;
      /** How long until that counter can take the claim again at the earliest: its window's end, or a guess for a concurrency counter. */
      retryAfterMs: number;
      counters: readonly CounterState[];
    };

export interface UsageRequest {
  /** The counters' shard, as a reservation on them would name it. */
  tag: string;
  /** The counters to read; only their names, limits and periods matter (amounts are not taken). */
  claims: readonly CounterClaim[];
}

export interface SettleRequest {
  id: string;
  tag: string;
  /** What each counter really used, by counter name; a counter not named keeps what was reserved. */
  used: Readonly<Record<string, number>>;
}

/**
 * Where metered counters live, so that limits hold however many requests run at once, in one process or across
 * replicas. Every claim of a reservation is taken in one atomic step, all or none; settling replaces what was
 * reserved by what was used, once per reservation id; a reservation not settled within its lease stops holding its
 * amounts, so a crashed gateway cannot pin a counter (a late settle still counts what was used).
 */
export interface CounterStore {
  reserve(request: ReserveRequest): Promise<ReserveResult>;
  settle(request: SettleRequest): Promise<void>;
  /**
   * Each counter as it stands now, in the order asked, without taking anything: used in the current window plus what
   * live reservations hold, and when that window resets (a counter not yet used shows the window a reservation would
   * start now).
   */
  usage(request: UsageRequest): Promise<CounterState[]>;
  /** Lets go of connections, if any. */
  close?(): Promise<void>;
}

/** Raised by a store that cannot be reached, so a fail mode can decide what happens to the request. */
export class CounterStoreUnavailable extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CounterStoreUnavailable';
  }
}

/** How long a concurrency counter's refusal tells a client to wait: streams end at no known time. */
export const concurrencyRetryAfterMs = 1_000;
