/** A target set aside: by `provider/model` (the configured provider's name and the model it is asked for). */
export interface Cooldown {
  target: string;
  /** Epoch milliseconds, on the store's clock, when the target is tried again. */
  until: number;
  /** `failures`: too many within the window (or its probe failed); `retry-after`: the upstream asked to wait. */
  reason: 'failures' | 'retry-after';
}

/**
 * Which targets are cooling down. Every method returns a promise, so that a store shared by replicas (Redis) can
 * stand in for the in-process one; callers never let a slow or failing store fail a request.
 */
export interface CooldownStore {
  /**
   * Counts an upstream failure of `target`. `retryAfterMs` is a wait the upstream asked for. Resolves with the
   * cool-down this failure started, if it started one.
   */
  recordFailure(target: string, options?: { retryAfterMs?: number | undefined }): Promise<Cooldown | undefined>;
  /** An answer from `target`: its failures so far no longer count. */
  recordSuccess(target: string): Promise<void>;
  /** Those of `targets` cooling down now. */
  coolingDown(targets: readonly string[]): Promise<ReadonlySet<string>>;
  /** Every cool-down in force now, soonest to end first, with how long it has left on the store's clock. */
  list(): Promise<(Cooldown & { retryInMs: number })[]>;
}

/** The store's key for a provider and the model it is asked for. */
export const targetOf = (attempt: { provider: string; model: string }) => `${attempt.provider}/${attempt.model}`;
