/**
 * An async iterator over a stream reader. Written out because some browsers (Safari) still cannot iterate a
 * `ReadableStream` with `for await`. Leaving early (`break`, `return()`, disposal) cancels the stream; the lock is released
 * whenever the iteration ends.
 */
export function createReaderIterator<Value>(reader: ReadableStreamDefaultReader<Value>): AsyncIterableIterator<Value> {
  let finished = false;
  const finish = () => {
    finished = true;
    reader.releaseLock();
  };
  const iterator: AsyncIterableIterator<Value> = {
    async next(): Promise<IteratorResult<Value, undefined>> {
      if (finished) return { done: true, value: undefined };
      try {
        const result = await reader.read();
        if (result.done) finish();
        return result.done ? { done: true, value: undefined } : result;
      } catch (error) {
        finish();
        throw error;
      }
    },
    async return(): Promise<IteratorResult<Value, undefined>> {
      if (!finished) {
        try {
          await reader.cancel();
        } finally {
          finish();
        }
      }
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  // `await using` disposes of the iteration as `break` does, where the runtime knows the symbol.
  const asyncDispose = (Symbol as { asyncDispose?: symbol }).asyncDispose;
  if (asyncDispose) Object.defineProperty(iterator, asyncDispose, { value: () => iterator.return?.() });
  return iterator;
}
