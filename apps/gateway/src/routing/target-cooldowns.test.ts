import { ServiceUnavailableException, ThrottlingException, ValidationException } from '@heimdall/eventstream';
import { describe, expect, it } from 'vitest';
import { cooldownsSchema } from '../config/cooldowns-schema.js';
import { createLogger } from '../logging/create-logger.js';
import type { Cooldown } from './cooldown-store.js';
import { createMemoryCooldownStore } from './memory-cooldown-store.js';
import { createTargetCooldowns } from './target-cooldowns.js';

const settings = cooldownsSchema.parse({ failures: 2 });
const logger = createLogger({ LOG_LEVEL: 'silent' });
const primary = { provider: 'primary', model: 'x' };
const backup = { provider: 'backup', model: 'y' };

function setUp(overrides: Partial<typeof settings> = {}) {
  const clock = { time: 0 };
  const store = createMemoryCooldownStore(settings, () => clock.time);
  const entered: Cooldown[] = [];
  const cooldowns = createTargetCooldowns({
    settings: { ...settings, ...overrides },
    store,
    metrics: { entered: (cooldown) => entered.push(cooldown) },
    logger,
  });
  return { cooldowns, entered };
}

/** Lets the store calls the observer started settle. */
const settled = () => new Promise((resolve) => setImmediate(resolve));
const same = (target: typeof primary) => target;

describe('cool-downs of targets', () => {
  it("counts the upstream's own failures and puts the target after the others once it is set aside", async () => {
    const { cooldowns, entered } = setUp();
    const failure = { error: new ServiceUnavailableException({ message: 'down' }) };
    cooldowns.observe(primary, failure);
    cooldowns.observe(primary, failure);
    await settled();
    expect(entered.map((cooldown) => cooldown.target)).toEqual(['primary/x']);
    expect(await cooldowns.arrange([primary, backup], same)).toEqual([backup, primary]);
  });

  it('never counts a request the upstream refused as invalid', async () => {
    const { cooldowns, entered } = setUp();
    const refusal = { error: new ValidationException({ message: 'bad request' }) };
    for (let attempt = 0; attempt < 5; attempt++) cooldowns.observe(primary, refusal);
    await settled();
    expect(entered).toEqual([]);
    expect(await cooldowns.arrange([primary, backup], same)).toEqual([primary, backup]);
  });

  it("sets a throttled target aside for the upstream's retry-after at its first failure", async () => {
    const { cooldowns, entered } = setUp();
    cooldowns.observe(primary, { error: new ThrottlingException({ message: 'slow down' }), retryAfterMs: 5_000 });
    await settled();
    expect(entered).toEqual([{ target: 'primary/x', until: 5_000, reason: 'retry-after' }]);
  });

  it('turned off, sets nothing aside and keeps the order', async () => {
    const { cooldowns, entered } = setUp({ enabled: false });
    const failure = { error: new ServiceUnavailableException({ message: 'down' }) };
    for (let attempt = 0; attempt < 5; attempt++) cooldowns.observe(primary, failure);
    await settled();
    expect(entered).toEqual([]);
    expect(await cooldowns.arrange([primary, backup], same)).toEqual([primary, backup]);
  });
});
