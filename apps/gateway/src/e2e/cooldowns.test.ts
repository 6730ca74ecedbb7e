import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryCooldownStore } from '../routing/memory-cooldown-store.js';
import { postConverse, readFrames, textOf } from '../test-support/converse-over-fetch.js';
import { createFailoverConfig } from '../test-support/failover-config.js';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';
import { readGatewayMetric } from '../test-support/gateway-metric.js';

const cooldowns = { failures: 2, windowMs: 60_000, cooldownMs: 30_000, maxRetryAfterMs: 120_000 };
const clock = { time: 1_000_000 };

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness({
    configFile: {
      ...createFailoverConfig(),
      cooldowns,
      routes: {
        'chat-default': { targets: ['primary/flaky', 'backup/standby'] },
        'chat-throttled': { targets: ['primary/busy', 'backup/standby'] },
      },
    },
    cooldownStore: createMemoryCooldownStore(cooldowns, () => clock.time),
  });
  harness.mock.scriptFor('flaky', { steps: [], failure: { type: 'http-error', status: 503, message: 'down' } });
  harness.mock.scriptFor('standby', { steps: [{ type: 'text', text: 'from the backup' }] });
  harness.mock.scriptFor('busy', {
    steps: [],
    // Longer than a retry may wait (2 s): the gateway moves on at once and sets the target aside for it.
    failure: { type: 'http-error', status: 429, message: 'slow down', retryAfterSeconds: 60 },
  });
});
afterAll(() => harness.close());

let asked = 0;
/** The upstream models asked since the last call. */
const modelsAsked = () => {
  const models = harness.mock.requests.slice(asked).map((request) => (request.body as { model?: string }).model);
  asked = harness.mock.requests.length;
  return models;
};

async function send(modelId: string) {
  const response = await postConverse({ baseUrl: harness.url, modelId });
  return { response, text: textOf(await readFrames(response)) };
}

const ready = async () => (await fetch(`${harness.url}/ready`)).json();

describe('cool-downs of a target that keeps failing', () => {
  it('a target failing twice is set aside: the next request goes to the healthy target without asking it', async () => {
    const first = await send('chat-default');
    expect(first.text).toBe('from the backup');
    // The primary's first try and its two retries; the backup answers.
    expect(modelsAsked()).toEqual(['flaky', 'flaky', 'flaky', 'standby']);
    const second = await send('chat-default');
    expect(second.response.headers.get('x-heimdall-model')).toBe('backup/standby');
    expect(second.response.headers.get('x-heimdall-attempts')).toBe('1');
    expect(modelsAsked()).toEqual(['standby']);
  });

  it('is visible in /metrics and in the details of /ready', async () => {
    expect(await readGatewayMetric(harness.url, 'heimdall_targets_cooling_down')).toBe(1);
    const metrics = await (await fetch(`${harness.url}/metrics`)).text();
    expect(metrics).toContain('heimdall_cooldowns_total{target="primary/flaky",reason="failures"} 1');
    expect(await ready()).toEqual({
      status: 'ready',
      providers: expect.any(Array),
      coolingDown: [{ target: 'primary/flaky', reason: 'failures', retryInMs: 30_000 }],
    });
  });

  it('after its cool-down the target is tried first again, and answers once it has recovered', async () => {
    clock.time += 30_000;
    harness.mock.scriptFor('flaky', { steps: [{ type: 'text', text: 'recovered' }] });
    const { response, text } = await send('chat-default');
    expect(response.headers.get('x-heimdall-model')).toBe('primary/flaky');
    expect(text).toBe('recovered');
    expect(modelsAsked()).toEqual(['flaky']);
    expect(await readGatewayMetric(harness.url, 'heimdall_targets_cooling_down')).toBe(0);
    expect((await ready()).coolingDown).toBeUndefined();
  });

  it("a 429 with retry-after sets its target aside at once, for the upstream's wait", async () => {
    expect((await send('chat-throttled')).text).toBe('from the backup');
    expect(modelsAsked()).toEqual(['busy', 'standby']);
    expect((await ready()).coolingDown).toEqual([{ target: 'primary/busy', reason: 'retry-after', retryInMs: 60_000 }]);
    expect((await send('chat-throttled')).text).toBe('from the backup');
    expect(modelsAsked()).toEqual(['standby']);
    clock.time += 60_000;
    expect((await send('chat-throttled')).text).toBe('from the backup');
    expect(modelsAsked()).toEqual(['busy', 'standby']);
  });
});
