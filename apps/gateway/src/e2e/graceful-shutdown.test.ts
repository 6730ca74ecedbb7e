import { connect } from 'node:net';
import { ConverseStreamCommand, type ConverseStreamOutput } from '@aws-sdk/client-bedrock-runtime';
import { afterEach, describe, expect, it } from 'vitest';
import { createBedrockClient, type Transport } from '../test-support/aws-clients.js';
import { type StandaloneGateway, startStandaloneGateway } from '../test-support/standalone-gateway.js';

let running: StandaloneGateway | undefined;
afterEach(async () => {
  await running?.gateway.stop({ graceMs: 0 });
  await running?.closeMock();
  running = undefined;
});

const words = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ type: 'text' as const, text: `w${index} ` }));

/** Opens a stream and reads up to its first text, so that it is in flight when the test stops the gateway. */
async function openStream(transport: Transport, model: string) {
  if (!running) throw new Error('No gateway is running');
  const client = createBedrockClient({ endpoint: `${running.url}/bedrock`, transport });
  const reply = await client.send(
    new ConverseStreamCommand({ modelId: `openai/${model}`, messages: [{ role: 'user', content: [{ text: 'go' }] }] }),
  );
  if (!reply.stream) throw new Error('The reply has no stream');
  const iterator = reply.stream[Symbol.asyncIterator]();
  const first = await iterator.next();
  expect(first.done).toBe(false);
  return {
    /** Reads the rest of the stream; rejects as the client's SDK does on an exception or a broken connection. */
    async rest(): Promise<ConverseStreamOutput[]> {
      const events: ConverseStreamOutput[] = [];
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) events.push(next.value);
      return events;
    },
  };
}

/** Resolves with the error code of a new TCP connection to the gateway's port, or `connected`. */
function tryConnecting(url: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

describe.each<Transport>(['http2', 'http1'])('a graceful stop, with a stream in flight over %s', (transport) => {
  it('lets the stream finish within the grace period, and refuses new connections meanwhile', async () => {
    running = await startStandaloneGateway();
    running.mock.scriptFor('finishing', { steps: words(6), timing: { betweenChunksDelayMs: 60 } });
    const stream = await openStream(transport, 'finishing');
    const stopped = running.gateway.stop({ graceMs: 10_000 });
    expect(await tryConnecting(running.url)).toBe('ECONNREFUSED');
    const rest = await stream.rest();
    expect(rest.at(-2)?.messageStop?.stopReason).toBe('end_turn');
    expect(rest.at(-1)?.metadata?.usage).toBeDefined();
    await stopped;
    await expect(running.mock.requests[0]?.settled).resolves.toBe('completed');
  });

  it('cuts a stream that outlasts the grace period with ServiceUnavailableException, never a quiet end', async () => {
    running = await startStandaloneGateway();
    running.mock.scriptFor('endless', { steps: words(200), timing: { betweenChunksDelayMs: 50 } });
    const stream = await openStream(transport, 'endless');
    const stopped = running.gateway.stop({ graceMs: 200 });
    // Told why, so that it retries, rather than left with a reply that merely stops.
    await expect(stream.rest()).rejects.toMatchObject({
      name: 'ServiceUnavailableException',
      message: expect.stringMatching(/shutting down/),
    });
    await stopped;
    await expect(running.mock.requests[0]?.settled).resolves.toBe('closed-early');
  });
});
