import { expect, it } from 'vitest';
import type { CooldownSettings } from '../config/cooldowns-schema.js';
import type { CooldownStore } from './cooldown-store.js';

/** Makes an empty store with these settings, on the given clock. */
export type CooldownStoreFactory = (
  settings: Omit<CooldownSettings, 'enabled'>,
  now: () => number,
) => Promise<CooldownStore> | CooldownStore;

const settings = { failures: 3, windowMs: 10_000, cooldownMs: 30_000, maxRetryAfterMs: 60_000 };

/**
 * What every cool-down store must do, run against each implementation (in memory, real Redis), so that one process
 * and many replicas set targets aside by the same rules.
 */
export function cooldownStoreContract(createStore: CooldownStoreFactory): void {
  async function storeOnClock() {
    const clock = { time: 1_000_000 };
    return { clock, store: await createStore(settings, () => clock.time) };
  }

  it('sets a target aside at its third failure within the window, for the cool-down, and not before', async () => {
    const { clock, store } = await storeOnClock();
    expect(await store.recordFailure('primary/x')).toBeUndefined();
    clock.time += 4_000;
    expect(await store.recordFailure('primary/x')).toBeUndefined();
    expect(await store.coolingDown(['primary/x'])).toEqual(new Set());
    clock.time += 4_000;
    expect(await store.recordFailure('primary/x')).toEqual({
      target: 'primary/x',
      until: clock.time + 30_000,
      reason: 'failures',
    });
    expect(await store.coolingDown(['primary/x', 'backup/y'])).toEqual(new Set(['primary/x']));
  });

  it('forgets failures older than the window', async () => {
    const { clock, store } = await storeOnClock();
    await store.recordFailure('primary/x');
    await store.recordFailure('primary/x');
    clock.time += 10_000;
    expect(await store.recordFailure('primary/x')).toBeUndefined();
    expect(await store.coolingDown(['primary/x'])).toEqual(new Set());
  });

  it('a success ends the streak of failures', async () => {
    const { store } = await storeOnClock();
    await store.recordFailure('primary/x');
    await store.recordFailure('primary/x');
    await store.recordSuccess('primary/x');
    expect(await store.recordFailure('primary/x')).toBeUndefined();
  });

  it("sets a target aside at once for a 429's retry-after, capped at the longest wait", async () => {
    const { clock, store } = await storeOnClock();
    expect(await store.recordFailure('primary/x', { retryAfterMs: 5_000 })).toEqual({
      target: 'primary/x',
      until: clock.time + 5_000,
      reason: 'retry-after',
    });
    expect((await store.recordFailure('backup/y', { retryAfterMs: 3_600_000 }))?.until).toBe(clock.time + 60_000);
    clock.time += 5_000;
    expect(await store.coolingDown(['primary/x', 'backup/y'])).toEqual(new Set(['backup/y']));
  });

  it('tries the target again after its cool-down: one failure of the probe sets it aside again', async () => {
    const { clock, store } = await storeOnClock();
    for (let failure = 0; failure < 3; failure++) await store.recordFailure('primary/x');
    clock.time += 29_999;
    expect(await store.coolingDown(['primary/x'])).toEqual(new Set(['primary/x']));
    clock.time += 1;
    expect(await store.coolingDown(['primary/x'])).toEqual(new Set());
    expect(await store.recordFailure('primary/x')).toMatchObject({ reason: 'failures', until: clock.time + 30_000 });
  });

  it('recovers fully when the probe after its cool-down answers', async () => {
    const { clock, store } = await storeOnClock();
    for (let failure = 0; failure < 3; failure++) await store.recordFailure('primary/x');
    clock.time += 30_000;
    await store.recordSuccess('primary/x');
    expect(await store.list()).toEqual([]);
    expect(await store.recordFailure('primary/x')).toBeUndefined();
    expect(await store.recordFailure('primary/x')).toBeUndefined();
  });

  it('lists the cool-downs in force, soonest to end first', async () => {
    const { store } = await storeOnClock();
    await store.recordFailure('a/long', { retryAfterMs: 20_000 });
    await store.recordFailure('b/short', { retryAfterMs: 2_000 });
    expect((await store.list()).map((cooldown) => cooldown.target)).toEqual(['b/short', 'a/long']);
  });
}
