import { upstreamKey } from './gateway-harness.js';

/** Backoff settings of the failover providers, small enough to read the full-jitter caps off the recorded delays. */
export const failoverRetries = { max: 2, baseDelayMs: 100, maxDelayMs: 2_000 };

/**
 * A config file with two more OpenAI-compatible providers on the harness's mock: `primary` and `backup`, which
 * retry twice. A script names the model, so `primary/x` and `backup/y` get different replies from the one mock.
 */
export function createFailoverConfig(): Record<string, unknown> {
  const provider = { type: 'openai', baseUrl: '{{mock}}/v1', apiKey: upstreamKey, retries: failoverRetries };
  return { providers: { primary: provider, backup: provider } };
}
