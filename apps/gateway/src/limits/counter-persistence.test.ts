import { afterEach, expect, it } from 'vitest';
import { createLogger } from '../logging/create-logger.js';
import { type Database, openDatabase } from '../store/database.js';
import { describeEachStore } from '../test-support/store-dialects.js';
import { createCounterPersistence } from './counter-persistence.js';
import type { CounterClaim } from './counter-store.js';
import { createMemoryCounterStore } from './memory-counter-store.js';

const logger = createLogger({ LOG_LEVEL: 'silent' });
const budget: CounterClaim = { counter: 'key:team-a:budget', amount: 5_000, limit: 1_000_000, period: '1d' };
const concurrency: CounterClaim = { counter: 'key:team-a:streams', amount: 1, limit: 4 };

describeEachStore('limit counters kept in the database', (store) => {
  const opened: Database[] = [];
  afterEach(async () => {
    for (const database of opened.splice(0)) await database.close();
  });

  /** A gateway's counters over `location` at the clock `now`: what it restored, and how to stop it. */
  async function process(location: Awaited<ReturnType<ReturnType<typeof store>['createLocation']>>, now: number) {
    const database = await openDatabase({ location });
    opened.push(database);
    const counters = createMemoryCounterStore({ now: () => now });
    const persistence = createCounterPersistence({ database, store: counters, logger, now: () => now });
    await persistence.start();
    return { counters, persistence };
  }

  it('gives a restarted process what its budget used in a window still open, and forgets closed windows', async () => {
    const location = await store().createLocation();
    const noon = Date.parse('2026-12-02T12:00:00Z');
    const first = await process(location, noon);
    await first.counters.reserve({ id: 'r1', tag: 'team-a', claims: [budget, concurrency], leaseMs: 60_000 });
    await first.counters.settle({ id: 'r1', tag: 'team-a', used: { [budget.counter]: 1_234 } });
    // A reservation still held when the process stops is not kept: its lease would end anyway.
    await first.counters.reserve({ id: 'r2', tag: 'team-a', claims: [budget], leaseMs: 60_000 });
    await first.persistence.close();

    const second = await process(location, noon + 60_000);
    const [used, streams] = await second.counters.usage({ tag: 'team-a', claims: [budget, concurrency] });
    expect(used).toMatchObject({ used: 1_234, resetsAt: Date.parse('2026-12-03T00:00:00Z') });
    expect(streams).toMatchObject({ used: 0 });
    await second.persistence.close();

    const nextDay = await process(location, Date.parse('2026-12-03T00:00:01Z'));
    const [fresh] = await nextDay.counters.usage({ tag: 'team-a', claims: [budget] });
    expect(fresh).toMatchObject({ used: 0 });
  });
});
