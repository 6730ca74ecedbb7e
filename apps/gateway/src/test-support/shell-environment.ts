/**
 * The environment a person's shell would give pnpm: without what the pnpm, turbo and Vitest processes a test runs
 * under set for their own children (`npm_config_*`, `npm_lifecycle_*`, `PNPM_*`, `TURBO_*`, `VITEST*`…), which would
 * make a pnpm the test starts behave as a nested script run.
 */
export function shellEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(npm_|pnpm_|PNPM_|TURBO_|VITEST|NODE_OPTIONS$|INIT_CWD$|TEST$|NODE_ENV$)/i.test(name),
    ),
  );
}
