import type { Script } from '@heimdall/mock-upstream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postConverse } from '../test-support/converse-over-fetch.js';
import { createFailoverConfig } from '../test-support/failover-config.js';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness({
    configFile: {
      ...createFailoverConfig(),
      routes: {
        'chat-busy': { targets: ['primary/left', 'backup/right'], strategy: 'least-busy' },
        'chat-fast': { targets: ['primary/slow-start', 'backup/quick'], strategy: 'lowest-latency' },
      },
    },
    // Ties go to the first tied target, so that which one a tie picks is known.
    random: () => 0,
  });
  // Replies that stay in flight until the client lets go: the second chunk comes a minute after the first.
  const heldOpen: Script = {
    steps: [
      { type: 'text', text: 'a' },
      { type: 'text', text: 'b' },
    ],
    timing: { betweenChunksDelayMs: 60_000 },
  };
  harness.mock.scriptFor('left', heldOpen);
  harness.mock.scriptFor('right', heldOpen);
  harness.mock.scriptFor('slow-start', { steps: [{ type: 'text', text: 'late' }], timing: { headersDelayMs: 1_000 } });
  harness.mock.scriptFor('quick', { steps: [{ type: 'text', text: 'soon' }] });
});
afterAll(() => harness.close());

describe("load balancing across a route's targets", () => {
  it('least-busy sends each new stream to the target with the fewest in flight', async () => {
    const clients: AbortController[] = [];
    const open = async () => {
      const client = new AbortController();
      clients.push(client);
      const response = await postConverse({ baseUrl: harness.url, modelId: 'chat-busy', signal: client.signal });
      return response.headers.get('x-heimdall-model');
    };
    try {
      // A tie, then the idle target, then a tie again.
      expect(await open()).toBe('primary/left');
      expect(await open()).toBe('backup/right');
      expect(await open()).toBe('primary/left');
      expect(await open()).toBe('backup/right');
    } finally {
      for (const client of clients) client.abort();
    }
  });

  it('lowest-latency times each target once, then prefers the one whose replies begin soonest', async () => {
    const answeredBy = async () => {
      const response = await postConverse({ baseUrl: harness.url, modelId: 'chat-fast' });
      await response.arrayBuffer();
      return response.headers.get('x-heimdall-model');
    };
    expect(await answeredBy()).toBe('primary/slow-start');
    expect(await answeredBy()).toBe('backup/quick');
    expect(await answeredBy()).toBe('backup/quick');
    expect(await answeredBy()).toBe('backup/quick');
  });
});
