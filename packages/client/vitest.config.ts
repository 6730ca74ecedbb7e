import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Real servers on loopback, some feeding a recording one byte per chunk: seconds on a busy two-core machine.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // The type tests (`*.test-d.ts`) run in the same `vitest run`: a type that stops matching the spec fails the run.
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
