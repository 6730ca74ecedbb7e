import type { FailMode } from '../config/counters-schema.js';
import type { Logger } from '../logging/create-logger.js';
import { type CounterStore, CounterStoreUnavailable, type ReserveResult } from './counter-store.js';

export interface FailModeOptions {
  /** The shared store (Redis). */
  shared: CounterStore;
  /** This process's own counters, for `split`. */
  local: CounterStore;
  mode: FailMode;
  /** How many replicas share the limits: under `split` each enforces its share. */
  replicas: number;
  logger: Logger;
  /** Told whenever the store becomes degraded (true) or recovers (false), for the metrics. */
  onDegraded?: (degraded: boolean) => void;
}

/**
 * The shared store, with an explicit answer for when it cannot be reached: `closed` passes the failure on (the
 * request is refused with a 503), `open` lets requests through unmetered, `split` meters them in this process against
 * `limit ÷ replicas`. Never silent: the change either way is a warning in the log and a metric. Every request tries
 * the shared store first, so the gateway goes back to it as soon as it answers again.
 */
export function createFailModeCounterStore({
  shared,
  local,
  mode,
  replicas,
  logger,
  onDegraded,
}: FailModeOptions): CounterStore {
  let degraded = false;
  /** Where each reservation made while degraded went, so its settle goes there too. */
  const heldElsewhere = new Map<string, 'local' | 'unmetered'>();
  const setDegraded = (now: boolean, error?: unknown) => {
    if (now === degraded) return;
    degraded = now;
    onDegraded?.(now);
    if (now) {
      logger.warn(
        { err: error, failMode: mode },
        `the counter store is unreachable: limits are ${describeMode(mode, replicas)} until it answers again`,
      );
    } else {
      logger.warn({ failMode: mode }, 'the counter store answers again: limits are shared across replicas again');
    }
  };
  return {
    async reserve(request): Promise<ReserveResult> {
      try {
        const result = await shared.reserve(request);
        setDegraded(false);
        return result;
      } catch (error) {
        if (!(error instanceof CounterStoreUnavailable)) throw error;
        setDegraded(true, error);
        if (mode === 'closed') throw error;
        if (mode === 'open') {
          heldElsewhere.set(`${request.tag}/${request.id}`, 'unmetered');
          return { ok: true, counters: [] };
        }
        heldElsewhere.set(`${request.tag}/${request.id}`, 'local');
        const claims = request.claims.map((claim) => ({
          ...claim,
          limit: Math.max(1, Math.floor(claim.limit / replicas)),
        }));
        return local.reserve({ ...request, claims });
      }
    },
    async usage(request) {
      try {
        const counters = await shared.usage(request);
        setDegraded(false);
        return counters;
      } catch (error) {
        if (!(error instanceof CounterStoreUnavailable)) throw error;
        setDegraded(true, error);
        // Under `split` this replica's own counters are what it enforces; otherwise there is nothing true to show.
        if (mode !== 'split') throw error;
        return local.usage({
          ...request,
          claims: request.claims.map((claim) => ({ ...claim, limit: Math.max(1, Math.floor(claim.limit / replicas)) })),
        });
      }
    },
    async settle(request) {
      const key = `${request.tag}/${request.id}`;
      const where = heldElsewhere.get(key);
      heldElsewhere.delete(key);
      if (where === 'unmetered') return;
      if (where === 'local') return local.settle(request);
      return shared.settle(request);
    },
    async close() {
      await shared.close?.();
    },
  };
}

function describeMode(mode: FailMode, replicas: number): string {
  if (mode === 'closed') return 'enforced by refusing metered requests (fail mode closed)';
  if (mode === 'open') return 'not enforced (fail mode open)';
  return `enforced per replica at 1/${replicas} of each limit (fail mode split)`;
}
