import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converseBody, postConverse, readFrames, textOf } from '../test-support/converse-over-fetch.js';
import { createFailoverConfig, failoverRetries } from '../test-support/failover-config.js';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness({ configFile: createFailoverConfig() });
  harness.mock.scriptFor('standby', { steps: [{ type: 'text', text: 'from the backup' }] });
});
afterAll(() => harness.close());

const requestsFor = (model: string) =>
  harness.mock.requests.filter((request) => (request.body as { model?: string } | undefined)?.model === model);

/** Sends one request and returns it with the backoffs the gateway waited for meanwhile. */
async function sendCountingDelays(modelId: string, fallbacks: string[] = []) {
  const before = harness.retryDelays.length;
  const response = await postConverse({ baseUrl: harness.url, modelId, body: converseBody({ fallbacks }) });
  return { response, delays: harness.retryDelays.slice(before) };
}

describe('retries of the same upstream', () => {
  it('waits a full-jitter backoff under the doubling cap before each of the configured retries', async () => {
    harness.mock.scriptFor('flaky', { steps: [], failure: { type: 'http-error', status: 502 } });
    const { response, delays } = await sendCountingDelays('primary/flaky');
    expect(response.status).toBe(503);
    expect(response.headers.get('x-amzn-errortype')).toBe('ServiceUnavailableException');
    expect(requestsFor('flaky')).toHaveLength(1 + failoverRetries.max);
    expect(delays).toHaveLength(failoverRetries.max);
    delays.forEach((delay, retry) => {
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThanOrEqual(failoverRetries.baseDelayMs * 2 ** retry);
    });
  });

  it('waits exactly what the retry-after of a 429 asks for', async () => {
    harness.mock.scriptFor('rate-limited', {
      steps: [],
      failure: { type: 'http-error', status: 429, message: 'Rate limit reached', retryAfterSeconds: 1 },
    });
    const { response, delays } = await sendCountingDelays('primary/rate-limited');
    expect(response.status).toBe(429);
    expect(response.headers.get('x-amzn-errortype')).toBe('ThrottlingException');
    expect(delays).toEqual([1000, 1000]);
  });

  it('does not wait out a retry-after longer than the longest backoff: the fallback answers at once', async () => {
    harness.mock.scriptFor('come-back-later', {
      steps: [],
      failure: { type: 'http-error', status: 429, retryAfterSeconds: 30 },
    });
    const { response, delays } = await sendCountingDelays('primary/come-back-later', ['backup/standby']);
    expect(response.headers.get('x-heimdall-model')).toBe('backup/standby');
    expect(textOf(await readFrames(response))).toBe('from the backup');
    expect(delays).toEqual([]);
    expect(requestsFor('come-back-later')).toHaveLength(1);
  });

  it('a failure that went away on retry is answered by the same model', async () => {
    let calls = 0;
    harness.mock.scriptFor('hiccup', () =>
      ++calls === 1
        ? { steps: [], failure: { type: 'http-error', status: 500 } }
        : { steps: [{ type: 'text', text: 'recovered' }] },
    );
    const { response, delays } = await sendCountingDelays('primary/hiccup', ['backup/standby']);
    expect(response.headers.get('x-heimdall-model')).toBe('primary/hiccup');
    expect(textOf(await readFrames(response))).toBe('recovered');
    expect(delays).toHaveLength(1);
    const line = harness.log.lines.find(
      (entry) => entry.msg === 'request' && entry.requestId === response.headers.get('x-amzn-requestid'),
    );
    expect(line).toMatchObject({ answeredBy: 'primary/hiccup', failedAttempts: 1 });
  });
});
