import { Counter, Gauge, type Registry } from 'prom-client';
import type { Cooldown } from '../routing/cooldown-store.js';

/** Targets come from the config and from clients' model ids; past this many, new ones are counted as `other`. */
const maxTargetLabels = 200;

export interface CooldownMetrics {
  /** A target was set aside. */
  entered(cooldown: Cooldown): void;
}

/**
 * `heimdall_cooldowns_total` (targets set aside, by target and reason) and `heimdall_targets_cooling_down` (how many
 * are set aside at the moment of the scrape, read from `list`).
 */
export function createCooldownMetrics(registry: Registry, list: () => Promise<readonly Cooldown[]>): CooldownMetrics {
  const entries = new Counter({
    name: 'heimdall_cooldowns_total',
    help: 'Targets (provider/model) set aside for a cool-down, by target and reason (failures, retry-after).',
    labelNames: ['target', 'reason'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'heimdall_targets_cooling_down',
    help: 'Targets (provider/model) set aside right now, tried again when their cool-down ends.',
    registers: [registry],
    async collect() {
      // A store that cannot answer leaves the last value: a scrape never fails for it.
      const cooldowns = await list().catch(() => undefined);
      if (cooldowns) this.set(cooldowns.length);
    },
  });
  const known = new Set<string>();
  const label = (target: string) => {
    if (known.has(target)) return target;
    if (known.size >= maxTargetLabels) return 'other';
    known.add(target);
    return target;
  };
  return {
    entered: (cooldown) => entries.inc({ target: label(cooldown.target), reason: cooldown.reason }),
  };
}
