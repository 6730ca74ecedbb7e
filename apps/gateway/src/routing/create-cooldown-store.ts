import type { CooldownSettings } from '../config/cooldowns-schema.js';
import type { Logger } from '../logging/create-logger.js';
import type { CooldownStore } from './cooldown-store.js';
import { createFallbackCooldownStore } from './fallback-cooldown-store.js';
import { createMemoryCooldownStore } from './memory-cooldown-store.js';
import { createRedisCooldownStore } from './redis-cooldown-store.js';

/**
 * This process's memory, or — with a Redis URL (the counters' one) — Redis shared by every replica, falling back to
 * this process's memory while Redis cannot be reached.
 */
export function createCooldownStore({
  settings,
  redisUrl,
  logger,
  now = Date.now,
}: {
  settings: CooldownSettings;
  redisUrl?: string | undefined;
  logger: Logger;
  now?: () => number;
}): CooldownStore & { close?(): Promise<void> } {
  const local = createMemoryCooldownStore(settings, now);
  if (!redisUrl) return local;
  const shared = createRedisCooldownStore({ url: redisUrl, settings, now });
  return { ...createFallbackCooldownStore({ shared, local, logger }), close: () => shared.close() };
}
