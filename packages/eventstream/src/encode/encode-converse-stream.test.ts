import type { ConverseStreamEvent } from '@heimdall/spec';
import { InternalServerException, ModelStreamErrorException, ThrottlingException } from '@heimdall/spec/errors';
import { createSpecValidator, loadRecording } from '@heimdall/testing';
import { describe, expect, it } from 'vitest';
import { decodeConverseStream } from '../decode/decode-converse-stream.js';
import { createInMemoryBedrockClient, decodeWithAwsSdk } from '../test-support/aws-sdk-decoder.js';
import { collect, concatBytes } from '../test-support/chunks.js';
import { readFrame } from '../test-support/frames.js';
import { encodeConverseStream } from './encode-converse-stream.js';

const validator = createSpecValidator();
const recordedEvents = await collect(
  decodeConverseStream(
    (async function* () {
      yield loadRecording('model_stream').eventStream;
    })(),
  ),
);

/** A source of events that counts how often it is pulled, may fail after some events, and notices return(). */
function createEventSource(events: readonly ConverseStreamEvent[], failure?: unknown) {
  const state = { pulls: 0, returned: false };
  const iterable: AsyncIterable<ConverseStreamEvent> = {
    [Symbol.asyncIterator]: () => ({
      async next() {
        state.pulls++;
        const event = events[state.pulls - 1];
        if (event) return { done: false, value: event };
        if (failure !== undefined) throw failure;
        return { done: true, value: undefined };
      },
      async return() {
        state.returned = true;
        return { done: true, value: undefined };
      },
    }),
  };
  return { iterable, state };
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let result = await reader.read(); !result.done; result = await reader.read()) chunks.push(result.value);
  return chunks;
}

const bytesOf = (chunks: Uint8Array[]) =>
  (async function* () {
    yield concatBytes(chunks);
  })();

describe('encodeConverseStream', () => {
  it('sends each event as one frame in its own chunk, which decoders read back as the same events', async () => {
    for (const event of recordedEvents) {
      const [eventType, payload] = Object.entries(event)[0] ?? [];
      expect(validator.streamEventProblems(eventType ?? '', payload)).toEqual([]);
    }
    const chunks = await readAll(encodeConverseStream(createEventSource(recordedEvents).iterable));
    expect(chunks).toHaveLength(recordedEvents.length);
    expect(await collect(decodeConverseStream(bytesOf(chunks)))).toEqual(recordedEvents);
    const sdk = await decodeWithAwsSdk(createInMemoryBedrockClient(() => chunks));
    expect(sdk.error).toBeUndefined();
    expect(sdk.events).toHaveLength(recordedEvents.length);
  });

  it('reads the source only as fast as the client reads the stream', async () => {
    const source = createEventSource(recordedEvents);
    const reader = encodeConverseStream(source.iterable).getReader();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(source.state.pulls).toBe(0);
    for (let read = 1; read <= 3; read++) {
      await reader.read();
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(source.state.pulls).toBe(read);
    }
  });

  it('ends with the exception frame of a stream exception the source throws, and tells onError', async () => {
    const failure = new ThrottlingException({ message: 'Too many tokens, please wait' });
    const source = createEventSource(recordedEvents.slice(0, 3), failure);
    const heard: unknown[] = [];
    const chunks = await readAll(encodeConverseStream(source.iterable, { onError: (error) => heard.push(error) }));
    expect(chunks).toHaveLength(4);
    expect(readFrame(chunks[3] as Uint8Array).headers[0]).toEqual([':exception-type', 'throttlingException']);
    await expect(collect(decodeConverseStream(bytesOf(chunks)))).rejects.toMatchObject({
      name: 'ThrottlingException',
      message: 'Too many tokens, please wait',
    });
    expect(heard).toEqual([failure]);
  });

  it('keeps what the model returned in a ModelStreamErrorException', async () => {
    const failure = new ModelStreamErrorException({
      message: 'failed',
      originalStatusCode: 529,
      originalMessage: 'busy',
    });
    const chunks = await readAll(encodeConverseStream(createEventSource([], failure).iterable));
    await expect(collect(decodeConverseStream(bytesOf(chunks)))).rejects.toMatchObject({
      originalStatusCode: 529,
      originalMessage: 'busy',
    });
  });

  it('turns any other failure into an internalServerException that leaks nothing of it', async () => {
    const failure = new Error('connect ECONNREFUSED 10.0.0.7:443 with key sk-live-123');
    const heard: unknown[] = [];
    const chunks = await readAll(
      encodeConverseStream(createEventSource(recordedEvents.slice(0, 2), failure).iterable, {
        onError: (error) => heard.push(error),
      }),
    );
    expect(chunks).toHaveLength(3);
    const { headers, payload } = readFrame(chunks[2] as Uint8Array);
    expect(headers[0]).toEqual([':exception-type', 'internalServerException']);
    expect(payload).not.toMatch(/ECONNREFUSED|10\.0\.0\.7|sk-live/);
    await expect(collect(decodeConverseStream(bytesOf(chunks)))).rejects.toBeInstanceOf(InternalServerException);
    expect(heard).toEqual([failure]);
  });

  it('ends with an internalServerException and stops the source when an event cannot be encoded', async () => {
    const broken = { citationsDelta: {} } as unknown as ConverseStreamEvent;
    const source = createEventSource([recordedEvents[0] as ConverseStreamEvent, broken, ...recordedEvents]);
    const chunks = await readAll(encodeConverseStream(source.iterable));
    expect(chunks).toHaveLength(2);
    expect(readFrame(chunks[1] as Uint8Array).headers[0]).toEqual([':exception-type', 'internalServerException']);
    expect(source.state.returned).toBe(true);
  });

  it('still sends the exception frame when onError itself throws', async () => {
    const failure = new ThrottlingException({ message: 'slow down' });
    const onError = () => {
      throw new Error('logger is down');
    };
    const chunks = await readAll(encodeConverseStream(createEventSource([], failure).iterable, { onError }));
    expect(chunks).toHaveLength(1);
    expect(readFrame(chunks[0] as Uint8Array).headers[0]).toEqual([':exception-type', 'throttlingException']);
  });

  it('stops the source when the client cancels the stream', async () => {
    const source = createEventSource(recordedEvents);
    const reader = encodeConverseStream(source.iterable).getReader();
    await reader.read();
    await reader.cancel('client went away');
    expect(source.state.returned).toBe(true);
    expect(source.state.pulls).toBe(1);
  });
});

async function readChunks(body: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  const reader = body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
  return chunks;
}

async function* chunksOf(chunks: Uint8Array[]): AsyncGenerator<Uint8Array> {
  yield* chunks;
}

describe('encoding batches', () => {
  const delta = (text: string): ConverseStreamEvent => ({
    contentBlockDelta: { contentBlockIndex: 0, delta: { text } },
  });

  it('sends the frames of a batch as one chunk, in order', async () => {
    const body = encodeConverseStream(
      (async function* () {
        yield { events: [delta('a'), delta('b'), delta('c')] };
        yield { events: [] };
        yield delta('d');
      })(),
    );
    const chunks = await readChunks(body);
    expect(chunks).toHaveLength(2);
    const events = await collect(decodeConverseStream(chunksOf(chunks)));
    expect(events).toEqual([delta('a'), delta('b'), delta('c'), delta('d')]);
  });

  it('forwards a batch that carries its original frames byte for byte', async () => {
    const recorded = loadRecording('model_stream').eventStream;
    const body = encodeConverseStream(
      (async function* () {
        yield { events: recordedEvents, frames: [recorded] };
      })(),
    );
    expect(concatBytes(await readChunks(body))).toEqual(recorded);
  });
});
