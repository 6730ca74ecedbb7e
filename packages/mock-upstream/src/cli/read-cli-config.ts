/** Settings of the command-line mock upstream. */
export interface CliConfig {
  host: string;
  port: number;
  /** Pause between the words of the echo reply. */
  delayMs: number;
}

/**
 * Reads `MOCK_UPSTREAM_HOST` (default `127.0.0.1`), `MOCK_UPSTREAM_PORT` (default 8787) and
 * `MOCK_UPSTREAM_DELAY_MS` (default 40), rejecting values that are not what they should be.
 */
export function readCliConfig(env: Record<string, string | undefined>): CliConfig {
  const host = env.MOCK_UPSTREAM_HOST ?? '127.0.0.1';
  if (host.trim() === '') throw new Error('MOCK_UPSTREAM_HOST must not be empty');
  return {
    host,
    port: readWholeNumber(env, 'MOCK_UPSTREAM_PORT', 8787, 65535),
    delayMs: readWholeNumber(env, 'MOCK_UPSTREAM_DELAY_MS', 40, 60_000),
  };
}

function readWholeNumber(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
  maximum: number,
): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value > maximum) {
    throw new Error(`${name} must be a whole number from 0 to ${maximum}, got ${JSON.stringify(text)}`);
  }
  return value;
}
