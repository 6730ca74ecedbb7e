import type { CooldownSettings } from '../config/cooldowns-schema.js';
import type { Cooldown, CooldownStore } from './cooldown-store.js';

interface TargetState {
  /** When its recent failures happened, oldest first, within the window. */
  failures: number[];
  cooldown?: Cooldown;
  /** Its cool-down ended and it has not answered since: the next failure sets it aside again. */
  onProbation: boolean;
}

/** Cool-downs in this process's memory, on `now` (epoch milliseconds; tests give their own clock). */
export function createMemoryCooldownStore(
  settings: Omit<CooldownSettings, 'enabled'>,
  now: () => number = Date.now,
): CooldownStore {
  const states = new Map<string, TargetState>();
  const stateOf = (target: string): TargetState => {
    let state = states.get(target);
    if (!state) {
      state = { failures: [], onProbation: false };
      states.set(target, state);
    }
    return state;
  };
  /** The cool-down in force on `target` at `time`; one that ended puts the target on probation. */
  const current = (target: string, time: number): Cooldown | undefined => {
    const state = states.get(target);
    if (!state?.cooldown) return undefined;
    if (state.cooldown.until > time) return state.cooldown;
    state.cooldown = undefined;
    state.onProbation = true;
    return undefined;
  };
  const setAside = (state: TargetState, cooldown: Cooldown): Cooldown => {
    state.cooldown = cooldown;
    state.failures = [];
    state.onProbation = false;
    return cooldown;
  };
  return {
    async recordFailure(target, options = {}) {
      const time = now();
      const state = stateOf(target);
      // A failure of an attempt that went out before the cool-down began changes nothing.
      if (current(target, time)) return undefined;
      if (options.retryAfterMs !== undefined && options.retryAfterMs > 0) {
        const forMs = Math.min(options.retryAfterMs, settings.maxRetryAfterMs);
        return setAside(state, { target, until: time + forMs, reason: 'retry-after' });
      }
      state.failures = state.failures.filter((at) => at > time - settings.windowMs);
      state.failures.push(time);
      if (!state.onProbation && state.failures.length < settings.failures) return undefined;
      return setAside(state, { target, until: time + settings.cooldownMs, reason: 'failures' });
    },
    async recordSuccess(target) {
      const state = states.get(target);
      if (!state || current(target, now())) return;
      states.delete(target);
    },
    async coolingDown(targets) {
      const time = now();
      return new Set(targets.filter((target) => current(target, time)));
    },
    async list() {
      const time = now();
      return [...states.keys()]
        .map((target) => current(target, time))
        .filter((cooldown) => cooldown !== undefined)
        .sort((a, b) => a.until - b.until)
        .map((cooldown) => ({ ...cooldown, retryInMs: cooldown.until - time }));
    },
  };
}
