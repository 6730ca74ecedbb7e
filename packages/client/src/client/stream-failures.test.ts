import {
  ConverseProtocolError,
  EventStreamDecodeError,
  encodeConverseEvent,
  encodeConverseException,
  ModelStreamErrorException,
  ThrottlingException,
} from '@heimdall/eventstream';
import type { ConverseStreamEvent } from '@heimdall/spec';
import { loadRecording } from '@heimdall/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type LoopbackServer,
  startLoopbackServer,
  writeEventStreamHead,
  writeInChunks,
} from '../test-support/loopback-server.js';
import { recordingEvents } from '../test-support/recording-events.js';
import { createHeimdallClient } from './create-heimdall-client.js';

const recording = loadRecording('model_iter_stream-0');
let server: LoopbackServer;
let events: ConverseStreamEvent[];

beforeAll(async () => {
  server = await startLoopbackServer();
  events = await recordingEvents(recording);
});
afterAll(() => server.close());

const concat = (parts: Uint8Array[]) => {
  const bytes = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
};

/** Serves `body` as a stream reply, then ends it (or destroys the connection, as a network failure would). */
function serveBody(body: Uint8Array, ending: 'end' | 'destroy' = 'end'): void {
  server.handle(async (_request, response) => {
    writeEventStreamHead(response, 'request-failing');
    await writeInChunks(response, body, 64);
    if (ending === 'end') response.end();
    else response.socket?.destroy();
  });
}

/** Reads the stream to its end and gives the events read and the error it ended with. */
async function readAll(): Promise<{ received: ConverseStreamEvent[]; failure: unknown }> {
  const stream = createHeimdallClient({ baseUrl: server.baseUrl }).converseStream('model', { messages: [] });
  const received: ConverseStreamEvent[] = [];
  try {
    for await (const event of stream) received.push(event);
  } catch (failure) {
    return { received, failure };
  }
  return { received, failure: undefined };
}

describe('a stream that fails after it began', () => {
  it('fails with EventStreamDecodeError when a byte of a frame is corrupted', async () => {
    const corrupted = recording.eventStream.slice();
    const at = Math.floor(corrupted.length / 2);
    corrupted[at] = (corrupted[at] ?? 0) ^ 0xff;
    serveBody(corrupted);
    const { received, failure } = await readAll();
    expect(failure).toBeInstanceOf(EventStreamDecodeError);
    expect(failure).toMatchObject({ requestId: 'request-failing' });
    expect(received.length).toBeGreaterThan(0);
    expect(received.length).toBeLessThan(events.length);
  });

  it('fails with EventStreamDecodeError when the last frame is cut short', async () => {
    serveBody(recording.eventStream.subarray(0, recording.eventStream.length - 5));
    const { received, failure } = await readAll();
    expect(failure).toBeInstanceOf(EventStreamDecodeError);
    expect((failure as Error).message).toMatch(/ended inside a frame/);
    expect(received).toEqual(events.slice(0, -1));
  });

  it('fails with ConverseProtocolError when the stream ends between frames before its metadata', async () => {
    serveBody(concat(events.slice(0, -1).map((event) => encodeConverseEvent(event))));
    const { received, failure } = await readAll();
    expect(failure).toBeInstanceOf(ConverseProtocolError);
    expect(failure).toMatchObject({ requestId: 'request-failing', status: 200 });
    expect((failure as Error).message).toMatch(/ended before its metadata event/);
    expect(received).toEqual(events.slice(0, -1));
  });

  it('fails with ConverseProtocolError when the stream ends before messageStop', async () => {
    serveBody(concat(events.slice(0, 3).map((event) => encodeConverseEvent(event))));
    const { failure } = await readAll();
    expect((failure as Error).message).toMatch(/ended before its messageStop event/);
  });

  it('throws ThrottlingException from an exception frame, after the events before it', async () => {
    const exception = encodeConverseException(new ThrottlingException({ message: 'Too many tokens, slow down' }));
    serveBody(concat([...events.slice(0, 4).map((event) => encodeConverseEvent(event)), exception]));
    const { received, failure } = await readAll();
    expect(received).toEqual(events.slice(0, 4));
    expect(failure).toBeInstanceOf(ThrottlingException);
    expect(failure).toMatchObject({
      type: 'ThrottlingException',
      message: 'Too many tokens, slow down',
      requestId: 'request-failing',
      status: 429,
    });
  });

  it('keeps what the model returned in a ModelStreamErrorException', async () => {
    const exception = encodeConverseException(
      new ModelStreamErrorException({ message: 'The model failed', originalStatusCode: 529, originalMessage: 'busy' }),
    );
    serveBody(concat([...events.slice(0, 2).map((event) => encodeConverseEvent(event)), exception]));
    const { failure } = await readAll();
    expect(failure).toBeInstanceOf(ModelStreamErrorException);
    expect(failure).toMatchObject({ originalStatusCode: 529, originalMessage: 'busy', status: 424 });
  });

  it('fails, rather than ending quietly, when the connection drops mid-stream', async () => {
    serveBody(recording.eventStream.subarray(0, 300), 'destroy');
    const { received, failure } = await readAll();
    expect(failure).toBeInstanceOf(Error);
    expect(received.length).toBeLessThan(events.length);
  });

  it('rejects finalResponse() with the failure of the stream', async () => {
    serveBody(recording.eventStream.subarray(0, recording.eventStream.length - 5));
    const stream = createHeimdallClient({ baseUrl: server.baseUrl }).converseStream('model', { messages: [] });
    await expect(stream.finalResponse()).rejects.toBeInstanceOf(EventStreamDecodeError);
  });
});

describe('a stream that never began', () => {
  it('fails when nothing listens at the address', async () => {
    const closed = await startLoopbackServer();
    await closed.close();
    const stream = createHeimdallClient({ baseUrl: closed.baseUrl }).converseStream('model', { messages: [] });
    await expect(stream.finalResponse()).rejects.toBeInstanceOf(TypeError);
    expect(await stream.requestId).toBeUndefined();
  });

  it('fails with ConverseProtocolError on a success reply that is not an event stream', async () => {
    server.handle((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html', 'x-amzn-requestid': 'request-html' });
      response.end('<html>Welcome</html>');
    });
    const stream = createHeimdallClient({ baseUrl: server.baseUrl }).converseStream('model', { messages: [] });
    const failure = stream.finalResponse();
    await expect(failure).rejects.toBeInstanceOf(ConverseProtocolError);
    await expect(failure).rejects.toMatchObject({ status: 200, requestId: 'request-html' });
    await expect(failure).rejects.toThrow(/text\/html, not an application\/vnd.amazon.eventstream stream/);
  });

  it('rejects a bad model id or prefix where the call is made, before sending anything', () => {
    const client = createHeimdallClient({ baseUrl: server.baseUrl });
    expect(() => client.converseStream('', { messages: [] })).toThrow(/model id must be a non-empty string/);
    expect(() => client.converseStream('..', { messages: [] })).toThrow(/cannot be/);
    expect(() => client.converseStream('m', { messages: [] }, { prefix: 'litellm' as '/litellm' })).toThrow(
      /route prefix must be/,
    );
    expect(() => client.converseStream('m', null as never)).toThrow(/request must be an object/);
    expect(() => createHeimdallClient({} as never)).toThrow(/needs a baseUrl/);
    expect(() => createHeimdallClient({ baseUrl: server.baseUrl, apiKey: '' })).toThrow(/apiKey must be/);
  });
});
