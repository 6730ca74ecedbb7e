import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    // The spec diff compares the whole spec, and the packaging tests run pnpm: give slow shared machines room.
    testTimeout: 60_000,
  },
});
