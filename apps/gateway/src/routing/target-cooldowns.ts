import type { HeimdallError } from '@heimdall/eventstream';
import type { CooldownSettings } from '../config/cooldowns-schema.js';
import type { Logger } from '../logging/create-logger.js';
import type { CooldownMetrics } from '../metrics/cooldown-metrics.js';
import { type CooldownStore, targetOf } from './cooldown-store.js';
import { defaultFallbackTriggers, triggersFallback } from './fallback-triggers.js';

/** A provider and the model it is asked for: what is set aside. */
export interface Target {
  provider: string;
  model: string;
}

/** How an attempt that went out ended, as cool-downs read it. */
export interface AttemptOutcome {
  error?: HeimdallError;
  /** The wait the upstream asked for with its failure, when it did. */
  retryAfterMs?: number | undefined;
}

export interface TargetCooldowns {
  /** The candidates in the order to try them: those cooling down after the others, each group in its own order. */
  arrange<T>(candidates: readonly T[], targetOfCandidate: (candidate: T) => Target): Promise<T[]>;
  /** Counts an attempt's outcome for its target; never throws, never waits for the store. */
  observe(target: Target, outcome: AttemptOutcome): void;
  /** The cool-downs in force, for `/ready`. */
  list(): ReturnType<CooldownStore['list']>;
}

/**
 * Sets aside a target that keeps failing, so that traffic flows to the healthy ones while it recovers. Only the
 * upstream's own failures count (throttled, a server error, a time-out, a broken stream): a request the upstream
 * refuses as invalid says nothing about its health. A target cooling down is still tried after every other one, so
 * a request that has nowhere else to go gets the upstream's own answer.
 */
export function createTargetCooldowns(options: {
  settings: CooldownSettings;
  store: CooldownStore;
  metrics?: CooldownMetrics;
  logger: Logger;
}): TargetCooldowns {
  const { settings, store, metrics, logger } = options;
  const storeFailed = (error: unknown) => logger.warn({ err: error }, 'the cool-down store failed');
  return {
    async arrange(candidates, targetOfCandidate) {
      if (!settings.enabled || candidates.length < 2) return [...candidates];
      const targets = candidates.map((candidate) => targetOf(targetOfCandidate(candidate)));
      const aside = await store.coolingDown(targets).catch((error: unknown) => {
        storeFailed(error);
        return new Set<string>();
      });
      if (aside.size === 0) return [...candidates];
      const healthy = candidates.filter((_, index) => !aside.has(targets[index] as string));
      const resting = candidates.filter((_, index) => aside.has(targets[index] as string));
      return [...healthy, ...resting];
    },
    observe(target, outcome) {
      if (!settings.enabled) return;
      const key = targetOf(target);
      if (!outcome.error) {
        store.recordSuccess(key).catch(storeFailed);
        return;
      }
      if (!triggersFallback(outcome.error, defaultFallbackTriggers)) return;
      store
        .recordFailure(key, { retryAfterMs: outcome.retryAfterMs })
        .then((cooldown) => {
          if (!cooldown) return;
          metrics?.entered(cooldown);
          logger.warn(
            { target: key, reason: cooldown.reason, untilMs: cooldown.until },
            'target set aside for a cool-down',
          );
        })
        .catch(storeFailed);
    },
    list: () => store.list(),
  };
}
