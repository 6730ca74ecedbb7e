// @vitest-environment edge-runtime
import { encodeConverseEvent, encodeConverseException, ThrottlingException } from '@heimdall/eventstream';
import { loadStreamRecordings } from '@heimdall/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConverseStream } from '../stream/converse-stream.js';
import {
  type LoopbackServer,
  startLoopbackServer,
  writeEventStreamHead,
  writeInChunks,
} from '../test-support/loopback-server.js';
import { recordedResponses } from '../test-support/recorded-responses.js';
import { createHeimdallClient } from './create-heimdall-client.js';

const recordings = loadStreamRecordings();
let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer();
});
afterAll(() => server.close());

describe('the client in an edge runtime', () => {
  it('runs with the edge runtime’s own fetch and web streams', () => {
    expect((globalThis as { EdgeRuntime?: unknown }).EdgeRuntime).toBe('edge-runtime');
    const stream = createHeimdallClient({
      baseUrl: server.baseUrl,
      fetch: async () => new Response(null, { status: 204 }),
    }).converseStream('model', { messages: [] });
    expect(stream).toBeInstanceOf(ConverseStream);
    expect(stream).toBeInstanceOf(globalThis.ReadableStream);
  });

  it.each(
    recordings.flatMap((recording) => [
      [recording.name, 'whole', recording] as const,
      [recording.name, 'one byte per chunk', recording] as const,
    ]),
  )('decodes %s sent %s', async (name, chunking, recording) => {
    server.handle(async (_request, response) => {
      writeEventStreamHead(response);
      await writeInChunks(response, recording.eventStream, chunking === 'whole' ? recording.eventStream.length : 1);
      response.end();
    });
    const stream = createHeimdallClient({ baseUrl: server.baseUrl }).converseStream('model', { messages: [] });
    expect(await stream.finalResponse()).toEqual(recordedResponses[name]);
  });

  it('throws the ThrottlingException of an exception frame', async () => {
    server.handle((_request, response) => {
      writeEventStreamHead(response);
      response.write(encodeConverseEvent({ messageStart: { role: 'assistant' } }));
      response.end(encodeConverseException(new ThrottlingException({ message: 'slow down' })));
    });
    const stream = createHeimdallClient({ baseUrl: server.baseUrl }).converseStream('model', { messages: [] });
    await expect(stream.finalResponse()).rejects.toBeInstanceOf(ThrottlingException);
  });

  it('closes the connection when the caller leaves the loop', async () => {
    server.handle(async (request, response) => {
      writeEventStreamHead(response);
      response.write(encodeConverseEvent({ messageStart: { role: 'assistant' } }));
      await request.clientHungUp;
    });
    const stream = createHeimdallClient({ baseUrl: server.baseUrl }).converseStream('model', { messages: [] });
    for await (const event of stream) {
      expect(event).toEqual({ messageStart: { role: 'assistant' } });
      break;
    }
    await server.requests.at(-1)?.clientHungUp;
  });
});
