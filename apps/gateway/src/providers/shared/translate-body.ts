import { type BodyTranslation, UpstreamBody } from './upstream-body.js';

/**
 * A body read through `translation`: an {@link UpstreamBody} translates each chunk as it arrives; any other source
 * of chunks (a test's, a recording's) is read chunk by chunk through the same translation, with the same order of
 * values and failures.
 */
export function translateBody<T>(
  body: AsyncIterable<Uint8Array> | UpstreamBody,
  translation: BodyTranslation<T>,
): AsyncIterable<T> {
  return body instanceof UpstreamBody ? body.translate(translation) : translateChunks(body, translation);
}

async function* translateChunks<T>(
  chunks: AsyncIterable<Uint8Array>,
  translation: BodyTranslation<T>,
): AsyncGenerator<T> {
  const ready: T[] = [];
  const emit = (value: T) => ready.push(value);
  const iterator = chunks[Symbol.asyncIterator]();
  let over = false;
  try {
    for (;;) {
      let next: IteratorResult<Uint8Array>;
      try {
        next = await iterator.next();
      } catch (error) {
        over = true;
        throw translation.failure ? translation.failure(error) : error;
      }
      let failed: { error: unknown } | undefined;
      try {
        if (next.done) {
          over = true;
          translation.end(emit);
        } else {
          const chunk = next.value;
          translation.chunk(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength), emit);
        }
      } catch (error) {
        failed = { error };
      }
      // What the translation made before it failed goes out before its failure.
      while (ready.length > 0) yield ready.shift() as T;
      if (failed) throw failed.error;
      if (next.done) return;
    }
  } finally {
    if (!over) await iterator.return?.();
  }
}
