import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  type ConverseEventBatch,
  decodeConverseStream,
  ModelStreamErrorException,
  ServiceUnavailableException,
} from '@heimdall/eventstream';
import type { ConverseStreamEvent } from '@heimdall/spec';
import { describe, expect, it } from 'vitest';
import { bedrockStreamEncoding } from '../ingress/bedrock/bedrock-stream-encoding.js';
import { webStreamSink } from './byte-sink.js';
import { writeEventStream } from './write-event-stream.js';

const delta = (text: string): ConverseStreamEvent => ({ contentBlockDelta: { contentBlockIndex: 0, delta: { text } } });
const batch = (...texts: string[]): ConverseEventBatch => ({ events: texts.map(delta) });

type Outcome = { error?: unknown; cancelled?: boolean };

function bodyOf(batches: AsyncIterable<ConverseEventBatch>, shutdown = new AbortController().signal) {
  const outcomes: Outcome[] = [];
  const seen: ConverseEventBatch[] = [];
  const { sink, body } = webStreamSink();
  writeEventStream(sink, {
    batches,
    encoding: bedrockStreamEncoding,
    shutdownSignal: shutdown,
    onBatch: (item) => seen.push(item),
    onEnd: (outcome) => outcomes.push(outcome),
  });
  return { body, outcomes, seen };
}

async function readChunks(body: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  const reader = body.getReader();
  for (let result = await reader.read(); !result.done; result = await reader.read()) chunks.push(result.value);
  return chunks;
}

async function eventsOf(chunks: Uint8Array[]): Promise<ConverseStreamEvent[]> {
  const events: ConverseStreamEvent[] = [];
  async function* source() {
    yield* chunks;
  }
  for await (const event of decodeConverseStream(source())) events.push(event);
  return events;
}

describe('the body of a streamed reply', () => {
  it('writes each batch as one chunk of frames, and tells of the end once, with no error', async () => {
    async function* upstream() {
      yield batch('a', 'b');
      yield batch('c');
    }
    const { body, outcomes, seen } = bodyOf(upstream());
    const chunks = await readChunks(body);
    expect(chunks).toHaveLength(2);
    expect(await eventsOf(chunks)).toEqual([delta('a'), delta('b'), delta('c')]);
    expect(seen).toHaveLength(2);
    expect(outcomes).toEqual([{}]);
  });

  it('reads the upstream only as fast as its reader asks', async () => {
    let read = 0;
    async function* upstream() {
      for (let index = 0; index < 10; index++) {
        read += 1;
        yield batch(`part ${index}`);
      }
    }
    const reader = bodyOf(upstream()).body.getReader();
    await reader.read();
    await new Promise((resolve) => setImmediate(resolve));
    expect(read).toBe(1);
    await reader.read();
    await new Promise((resolve) => setImmediate(resolve));
    expect(read).toBe(2);
    await reader.cancel();
  });

  it('ends a failed stream with its exception frame, after the events before it, and tells of the error', async () => {
    const failure = new ModelStreamErrorException({ message: 'upstream cut off' });
    async function* upstream() {
      yield batch('a');
      throw failure;
    }
    const { body, outcomes } = bodyOf(upstream());
    const chunks = await readChunks(body);
    await expect(eventsOf(chunks)).rejects.toThrow('upstream cut off');
    expect(outcomes).toEqual([{ error: failure }]);
  });

  it('tells of a reader that stopped early (the client left) as cancelled, once, and stops the upstream', async () => {
    let stopped = false;
    async function* upstream() {
      try {
        for (let index = 0; ; index++) yield batch(`part ${index}`);
      } finally {
        stopped = true;
      }
    }
    const { body, outcomes } = bodyOf(upstream());
    const reader = body.getReader();
    await reader.read();
    await reader.cancel();
    await new Promise((resolve) => setImmediate(resolve));
    expect(outcomes).toEqual([{ cancelled: true }]);
    expect(stopped).toBe(true);
  });

  it('at shutdown ends a stream waiting on its upstream with ServiceUnavailableException, at once', async () => {
    const shutdown = new AbortController();
    let release: () => void = () => {};
    async function* upstream() {
      yield batch('first');
      // An upstream that sends nothing more until its request is aborted.
      await new Promise<void>((resolve) => {
        release = resolve;
      });
    }
    const { body, outcomes } = bodyOf(upstream(), shutdown.signal);
    const reader = body.getReader();
    const first = await reader.read();
    const waiting = reader.read();
    shutdown.abort();
    const last = await waiting;
    expect(await reader.read()).toEqual({ done: true, value: undefined });
    await new Promise((resolve) => setImmediate(resolve));
    await expect(eventsOf([first.value as Uint8Array, last.value as Uint8Array])).rejects.toBeInstanceOf(
      ServiceUnavailableException,
    );
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]?.error).toBeInstanceOf(ServiceUnavailableException);
    release();
  });

  it('leaves nothing on the long-lived shutdown signal once it ends', async () => {
    const shutdown = new AbortController();
    let listeners = 0;
    const signal = shutdown.signal;
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    signal.addEventListener = ((...args: Parameters<typeof add>) => {
      listeners += 1;
      add(...args);
    }) as typeof add;
    signal.removeEventListener = ((...args: Parameters<typeof remove>) => {
      listeners -= 1;
      remove(...args);
    }) as typeof remove;
    async function* upstream() {
      yield batch('a');
    }
    for (let stream = 0; stream < 3; stream++) await readChunks(bodyOf(upstream(), signal).body);
    const cancelled = bodyOf(upstream(), signal).body.getReader();
    await cancelled.read();
    await cancelled.cancel();
    expect(listeners).toBe(0);
  });

  it('lets go of the batches already written while the stream is still open', async () => {
    setFlagsFromString('--expose-gc');
    const collectGarbage = runInNewContext('gc') as () => void;
    const written: WeakRef<object>[] = [];
    async function* upstream() {
      for (let index = 0; index < 200; index += 1) {
        const item = batch(`event ${index}`);
        written.push(new WeakRef(item));
        yield item;
      }
    }
    const { sink, body } = webStreamSink();
    writeEventStream(sink, {
      batches: upstream(),
      encoding: bedrockStreamEncoding,
      shutdownSignal: new AbortController().signal,
      onBatch: () => {},
      onEnd: () => {},
    });
    const reader = body.getReader();
    for (let index = 0; index < 200; index += 1) await reader.read();
    // Let the last read's promise jobs run, then collect: a long stream must not keep every batch it has written.
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    const stillHeld = written.filter((reference) => reference.deref() !== undefined).length;
    expect(stillHeld).toBeLessThan(5);
    await reader.cancel();
  });
});
