import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';
import { type HostileSocket, openHostileSocket } from '../test-support/hostile-socket.js';

const idleConnections = 1_000;
/** This process's open file descriptors: the gateway's sockets and the test's own. */
const openDescriptors = () => readdirSync('/proc/self/fd').length;

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness({
    environment: {
      HEIMDALL_CONNECTION_FIRST_BYTE_TIMEOUT_MS: '5000',
      HEIMDALL_MAX_CONNECTIONS_PER_ADDRESS: String(idleConnections + 100),
    },
  });
  harness.mock.scriptFor('soak', { steps: [{ type: 'text', text: 'still here' }] });
});
afterAll(() => harness.close());

const converse = () =>
  fetch(`${harness.url}/bedrock/model/openai%2Fsoak/converse`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messages: [{ role: 'user', content: [{ text: 'hi' }] }] }),
  });

describe.runIf(process.platform === 'linux')('a thousand idle connections', () => {
  it('leave real requests unharmed, and every descriptor is given back once the gateway closes them', async () => {
    const realRequests = async () => Promise.all(Array.from({ length: 20 }, async () => (await converse()).status));
    // The same requests first, so the keep-alive pools they open (client to gateway, gateway to upstream) are part
    // of the starting level.
    expect(await realRequests()).toEqual(Array.from({ length: 20 }, () => 200));
    const startLevel = openDescriptors();

    const idle: HostileSocket[] = [];
    for (let batch = 0; batch < idleConnections / 100; batch += 1) {
      idle.push(...(await Promise.all(Array.from({ length: 100 }, () => openHostileSocket(harness.url)))));
    }
    // Counted before the first-byte limit can have closed any, however busy the machine.
    expect(openDescriptors()).toBeGreaterThan(startLevel + idleConnections);
    expect(await realRequests()).toEqual(Array.from({ length: 20 }, () => 200));

    await Promise.all(idle.map((hostile) => hostile.closed(15_000)));
    // Keep-alive pools may have grown by a connection per real request, counted at both ends and on both hops;
    // a thousand connections left open would be far beyond that.
    const allowance = 4 * 20;
    let level = openDescriptors();
    for (let wait = 0; wait < 40 && level > startLevel + allowance; wait += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      level = openDescriptors();
    }
    expect(level).toBeLessThanOrEqual(startLevel + allowance);
  }, 60_000);
});
