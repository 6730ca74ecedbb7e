import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Servers on loopback and real clients: give slow shared machines room.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
