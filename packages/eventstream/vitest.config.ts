import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Real servers on loopback, some feeding a recording one byte per chunk: seconds on a busy two-core machine.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
  },
});
