import type { WeightedKey } from '../../config/provider-fields.js';

export interface KeyPool {
  /** A key for the next request, by weight among those not set aside; undefined when the provider has none. */
  pick(): string | undefined;
  /** Sets a key aside, e.g. for the `retry-after` of its 429, so that other keys take the traffic meanwhile. */
  setAside(key: string, forMs: number): void;
  /** Whether some key is not set aside right now. */
  hasAvailable(): boolean;
}

/**
 * Spreads requests over a provider's keys in proportion to their weights. When every key is set aside, the one
 * that comes back first is used rather than failing outright: the upstream's own answer is the better error.
 */
export function createKeyPool(
  keys: readonly WeightedKey[],
  now: () => number = Date.now,
  random = Math.random,
): KeyPool {
  const asideUntil = new Map<string, number>();
  return {
    pick() {
      if (keys.length === 0) return undefined;
      const time = now();
      const available = keys.filter((entry) => (asideUntil.get(entry.key) ?? 0) <= time);
      if (available.length === 0) {
        return [...keys].sort((a, b) => (asideUntil.get(a.key) ?? 0) - (asideUntil.get(b.key) ?? 0))[0]?.key;
      }
      const total = available.reduce((sum, entry) => sum + entry.weight, 0);
      let point = random() * total;
      for (const entry of available) {
        point -= entry.weight;
        if (point < 0) return entry.key;
      }
      return available.at(-1)?.key;
    },
    hasAvailable() {
      const time = now();
      return keys.some((entry) => (asideUntil.get(entry.key) ?? 0) <= time);
    },
    setAside(key, forMs) {
      asideUntil.set(key, Math.max(asideUntil.get(key) ?? 0, now() + forMs));
    },
  };
}
