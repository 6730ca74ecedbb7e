import { decodeConverseStream } from '../decode/decode-converse-stream.js';

/** `chunks` as an async iterable source. */
export async function* fromChunks(chunks: readonly Uint8Array[]): AsyncGenerator<Uint8Array> {
  yield* chunks;
}

/** Decodes until the stream fails, returning the events that came first and the error; a clean end fails the test. */
export async function decodeUntilFailure(chunks: readonly Uint8Array[], requestId?: string) {
  const events: unknown[] = [];
  try {
    for await (const event of decodeConverseStream(fromChunks(chunks), { requestId })) events.push(event);
  } catch (error) {
    return { events, error };
  }
  throw new Error(`The stream ended without an error after ${events.length} events`);
}
