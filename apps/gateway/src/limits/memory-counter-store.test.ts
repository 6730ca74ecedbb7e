import { describe } from 'vitest';
import { counterStoreContract } from './counter-store-contract.js';
import { createMemoryCounterStore } from './memory-counter-store.js';

describe('the in-memory counter store', () => {
  counterStoreContract((now) => createMemoryCounterStore({ now }));
});
