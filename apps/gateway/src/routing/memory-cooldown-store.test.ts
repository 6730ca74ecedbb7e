import { describe } from 'vitest';
import { cooldownStoreContract } from './cooldown-store-contract.js';
import { createMemoryCooldownStore } from './memory-cooldown-store.js';

describe('cool-downs in memory', () => {
  cooldownStoreContract((settings, now) => createMemoryCooldownStore(settings, now));
});
