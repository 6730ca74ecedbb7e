/** Where a decoder reads its bytes from: a fetch body, a Node stream, any async iterable of byte chunks. */
export type ByteSource = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/** A byte source opened for reading, with a way to stop it early. */
export interface OpenedByteSource {
  next(): Promise<IteratorResult<unknown>>;
  /** Stops the source, so that the request underneath is aborted; failures while stopping are not reported. */
  cancel(): Promise<void>;
}

const isReadableStream = (source: unknown): source is ReadableStream<Uint8Array> =>
  typeof (source as { getReader?: unknown }).getReader === 'function';

/**
 * Opens a {@link ByteSource}. A `ReadableStream` is read through a reader rather than async iteration, which some
 * browsers still lack.
 */
export function openByteSource(source: ByteSource): OpenedByteSource {
  if (isReadableStream(source)) {
    const reader = source.getReader();
    return {
      next: () => reader.read() as Promise<IteratorResult<unknown>>,
      async cancel() {
        // The consumer has stopped reading; a source that fails to stop has nobody left to tell.
        await reader.cancel().catch(() => undefined);
        reader.releaseLock();
      },
    };
  }
  if (typeof source?.[Symbol.asyncIterator] !== 'function') {
    throw new TypeError('The event stream source must be a ReadableStream or an AsyncIterable of Uint8Array chunks');
  }
  const iterator = source[Symbol.asyncIterator]();
  return {
    next: () => iterator.next(),
    async cancel() {
      await Promise.resolve(iterator.return?.()).catch(() => undefined);
    },
  };
}

/** A chunk as bytes: a `Uint8Array` (or Node `Buffer`) as it is, any other byte view or `ArrayBuffer` viewed as bytes. */
export function chunkBytes(chunk: unknown): Uint8Array | undefined {
  if (chunk instanceof Uint8Array) return chunk;
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  return undefined;
}
