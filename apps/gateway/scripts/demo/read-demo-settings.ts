/** The demo's own settings, besides the gateway variables it passes through. */
export interface DemoSettings {
  /** Where the mock upstream listens: `MOCK_UPSTREAM_PORT`, default 0 (a free port, so nothing clashes). */
  mockPort: number;
  /** Pause between the words of the mock's reply: `MOCK_UPSTREAM_DELAY_MS`, default 60, so tokens visibly stream. */
  mockDelayMs: number;
}

/**
 * Reads the same variable names as `pnpm mock-upstream`, refusing values that are not whole numbers in range, so a
 * typo stops the demo with its name instead of starting the mock somewhere else.
 */
export function readDemoSettings(environment: NodeJS.ProcessEnv): DemoSettings {
  return {
    mockPort: readWholeNumber(environment, 'MOCK_UPSTREAM_PORT', 0, 65_535),
    mockDelayMs: readWholeNumber(environment, 'MOCK_UPSTREAM_DELAY_MS', 60, 60_000),
  };
}

function readWholeNumber(environment: NodeJS.ProcessEnv, name: string, fallback: number, maximum: number): number {
  const text = environment[name];
  if (text === undefined || text === '') return fallback;
  if (!/^\d+$/.test(text) || Number(text) > maximum) {
    throw new Error(`${name} must be a whole number from 0 to ${maximum}, got ${JSON.stringify(text)}`);
  }
  return Number(text);
}
