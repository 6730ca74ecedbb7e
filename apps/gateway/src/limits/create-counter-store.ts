import type { CounterSettings } from '../config/counters-schema.js';
import type { Logger } from '../logging/create-logger.js';
import type { CounterStore } from './counter-store.js';
import { createFailModeCounterStore } from './fail-mode-counter-store.js';
import { createMemoryCounterStore, type MemoryCounterStore } from './memory-counter-store.js';
import { createRedisCounterStore } from './redis-counter-store.js';

/**
 * The counter store the settings ask for: this process's memory, or Redis shared by every replica behind the
 * configured fail mode.
 */
export function createCounterStore({
  settings,
  logger,
  onDegraded,
  now = Date.now,
  local = createMemoryCounterStore({ now, windows: settings.windows }),
}: {
  settings: CounterSettings;
  logger: Logger;
  onDegraded?: (degraded: boolean) => void;
  now?: () => number;
  /** This process's counters: the whole store without Redis, the fallback with it. */
  local?: MemoryCounterStore;
}): CounterStore {
  if (!settings.redisUrl) return local;
  return createFailModeCounterStore({
    shared: createRedisCounterStore({ url: settings.redisUrl, now, windows: settings.windows }),
    local,
    mode: settings.failMode,
    replicas: settings.replicas,
    logger,
    ...(onDegraded ? { onDegraded } : {}),
  });
}
