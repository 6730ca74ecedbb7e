import { createMockUpstream, type MockUpstream } from '@heimdall/mock-upstream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postConverse, readFrames, textOf } from '../test-support/converse-over-fetch.js';
import { type GatewayHarness, startGatewayHarness, upstreamKey } from '../test-support/gateway-harness.js';

const secondKey = 'sk-second-upstream-key-9876543210';
const revokedKey = 'sk-revoked-upstream-key-5555555';
const retries = { max: 2, baseDelayMs: 100, maxDelayMs: 60_000 };

/** An upstream that takes any key, so that both keys of a pool get answers and the test reads which one was sent. */
let anyKeyMock: MockUpstream;
let harness: GatewayHarness;
beforeAll(async () => {
  anyKeyMock = await createMockUpstream();
  harness = await startGatewayHarness({
    // Weighted picks always land on a pool's last free key: the revoked one is tried first while it is not set aside.
    random: () => 0.999,
    configFile: {
      providers: {
        pooled: {
          type: 'openai',
          baseUrl: anyKeyMock.openaiBaseUrl,
          keys: [
            { key: upstreamKey, weight: 1 },
            { key: secondKey, weight: 1 },
          ],
          retries,
        },
        // The harness's mock takes only upstreamKey: the other key of this pool is refused with a 401.
        revocable: {
          type: 'openai',
          baseUrl: '{{mock}}/v1',
          keys: [
            { key: upstreamKey, weight: 1 },
            { key: revokedKey, weight: 1 },
          ],
          retries,
        },
      },
    },
  });
});
afterAll(async () => {
  await harness.close();
  await anyKeyMock.close();
});

describe('several upstream keys for one provider', () => {
  it('after a 429 on one key, the retry goes out at once with the other key', async () => {
    let calls = 0;
    anyKeyMock.scriptFor('shared-quota', () =>
      ++calls === 1
        ? { steps: [], failure: { type: 'http-error', status: 429, retryAfterSeconds: 30 } }
        : { steps: [{ type: 'text', text: 'served by the other key' }] },
    );
    const delaysBefore = harness.retryDelays.length;
    const response = await postConverse({ baseUrl: harness.url, modelId: 'pooled/shared-quota' });
    expect(textOf(await readFrames(response))).toBe('served by the other key');

    const sentKeys = anyKeyMock.requests.map((request) => request.headers.authorization);
    expect(sentKeys).toHaveLength(2);
    expect(new Set(sentKeys)).toEqual(new Set([`Bearer ${upstreamKey}`, `Bearer ${secondKey}`]));
    // Neither the 30 s the rate-limited key was asked to wait nor a backoff: the other key is free now.
    expect(harness.retryDelays.slice(delaysBefore)).toEqual([0]);
  });

  it('a refused key is set aside and the request is answered with the other key', async () => {
    harness.mock.reset();
    harness.mock.scriptFor('pool-check', { steps: [{ type: 'text', text: 'ok' }] });
    const statuses: number[] = [];
    for (let request = 0; request < 3; request++) {
      const response = await postConverse({ baseUrl: harness.url, modelId: 'revocable/pool-check' });
      statuses.push(response.status);
      await response.arrayBuffer();
    }
    expect(statuses).toEqual([200, 200, 200]);
    // The revoked key went out once, was refused, and was not picked again.
    const sentKeys = harness.mock.requests.map((request) => request.headers.authorization);
    expect(sentKeys).toEqual([`Bearer ${revokedKey}`, ...Array.from({ length: 3 }, () => `Bearer ${upstreamKey}`)]);
  });
});
