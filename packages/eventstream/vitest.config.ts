import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Real servers on loopback, some feeding a recording one byte per chunk: seconds on a busy two-core machine.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // The AWS SDK warns once per process that future versions need Node 22; the tests run it on purpose on Node 20.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
  },
});
