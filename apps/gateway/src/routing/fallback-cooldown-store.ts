import type { Logger } from '../logging/create-logger.js';
import type { CooldownStore } from './cooldown-store.js';

/**
 * The shared store, with this process's own state whenever the shared one fails a call: cool-down state never fails
 * a request. Every call tries the shared store first, so replicas share again as soon as it answers; the switch
 * either way is one warning in the log, not one per call.
 */
export function createFallbackCooldownStore({
  shared,
  local,
  logger,
}: {
  shared: CooldownStore;
  local: CooldownStore;
  logger: Logger;
}): CooldownStore {
  let degraded = false;
  const attempt = async <T>(call: (store: CooldownStore) => Promise<T>): Promise<T> => {
    try {
      const result = await call(shared);
      if (degraded) {
        degraded = false;
        logger.warn('the shared cool-down store answers again: cool-downs are shared across replicas again');
      }
      return result;
    } catch (error) {
      if (!degraded) {
        degraded = true;
        logger.warn(
          { err: error },
          'the shared cool-down store is unreachable: this replica keeps its own cool-downs until it answers again',
        );
      }
      return call(local);
    }
  };
  return {
    recordFailure: (target, options) => attempt((store) => store.recordFailure(target, options)),
    recordSuccess: (target) => attempt((store) => store.recordSuccess(target)),
    coolingDown: (targets) => attempt((store) => store.coolingDown(targets)),
    list: () => attempt((store) => store.list()),
  };
}
