import { ConverseProtocolError, encodeConverseEvent } from '@heimdall/eventstream';
import type { ConverseStreamEvent } from '@heimdall/spec';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type LoopbackServer, startLoopbackServer, writeEventStreamHead } from '../test-support/loopback-server.js';
import { createHeimdallClient } from './create-heimdall-client.js';

const firstEvents: ConverseStreamEvent[] = [
  { messageStart: { role: 'assistant' } },
  { contentBlockDelta: { contentBlockIndex: 0, delta: { text: 'Once' } } },
  { contentBlockDelta: { contentBlockIndex: 0, delta: { text: ' upon' } } },
];

let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer();
});
afterAll(() => server.close());

// A model that sends a few events and then thinks forever: only the client can end the exchange.
beforeEach(() => {
  server.handle(async (request, response) => {
    writeEventStreamHead(response);
    for (const event of firstEvents) response.write(encodeConverseEvent(event));
    await request.clientHungUp;
  });
});

/** Resolves when the server has seen the connection of the latest request closed by the client. */
const serverSawHangUp = async () => {
  const request = server.requests.at(-1);
  if (!request) throw new Error('The server received no request');
  await request.clientHungUp;
};

describe('stopping a stream closes the connection', () => {
  it('closes it when the caller leaves a for await loop with break', async () => {
    const stream = createHeimdallClient({ baseUrl: server.baseUrl }).converseStream('model', { messages: [] });
    const received: ConverseStreamEvent[] = [];
    for await (const event of stream) {
      received.push(event);
      if (received.length === 2) break;
    }
    await serverSawHangUp();
    expect(received).toEqual(firstEvents.slice(0, 2));
    await expect(stream.finalResponse()).rejects.toThrow(ConverseProtocolError);
  });

  it('closes it when the signal aborts while the caller waits for the next event', async () => {
    const controller = new AbortController();
    const stream = createHeimdallClient({ baseUrl: server.baseUrl }).converseStream(
      'model',
      { messages: [] },
      { signal: controller.signal },
    );
    const received: ConverseStreamEvent[] = [];
    const reading = (async () => {
      for await (const event of stream) {
        received.push(event);
        if (received.length === firstEvents.length) controller.abort();
      }
    })();
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    await serverSawHangUp();
    expect(received).toEqual(firstEvents);
  });

  it('closes it when the stream is cancelled before anything was read', async () => {
    const requestsBefore = server.requests.length;
    const stream = createHeimdallClient({ baseUrl: server.baseUrl }).converseStream('model', { messages: [] });
    // The request is under way at once; wait until the server has it, then cancel.
    while (server.requests.length === requestsBefore) await new Promise((resolve) => setImmediate(resolve));
    await stream.cancel();
    await serverSawHangUp();
  });

  it('closes it when the caller leaves a textStream() loop', async () => {
    const stream = createHeimdallClient({ baseUrl: server.baseUrl }).converseStream('model', { messages: [] });
    for await (const text of stream.textStream()) {
      expect(text).toBe('Once');
      break;
    }
    await serverSawHangUp();
  });

  it('fails at once when the signal was already aborted', async () => {
    const stream = createHeimdallClient({ baseUrl: server.baseUrl }).converseStream(
      'model',
      { messages: [] },
      { signal: AbortSignal.abort(new Error('user left')) },
    );
    await expect(stream.finalResponse()).rejects.toThrow('user left');
  });

  it('aborts a converse call with its signal', async () => {
    const controller = new AbortController();
    const call = createHeimdallClient({ baseUrl: server.baseUrl }).converse(
      'model',
      { messages: [] },
      { signal: controller.signal },
    );
    while (!server.requests.at(-1)?.rawPath.endsWith('/converse'))
      await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
    await serverSawHangUp();
  });
});
