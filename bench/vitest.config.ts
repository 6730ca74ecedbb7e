import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Only the pure parts are tested; the benchmark itself runs through `pnpm bench`.
    include: ['src/**/*.test.ts'],
  },
});
