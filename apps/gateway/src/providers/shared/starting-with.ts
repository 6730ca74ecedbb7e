import { isCallbackReader } from '../../streaming/callback-reader.js';

/**
 * `first`, then whatever `rest` yields, as one async iterable. Not a generator: every later `next()` is `rest`'s own,
 * so putting back a value that was read ahead costs no extra async step per item. `return()` goes to `rest`, so a
 * reader that stops early stops the source underneath (and, for a socket, lets go of it at once).
 */
export function startingWith<T>(first: IteratorResult<T>, rest: AsyncIterator<T>): AsyncIterable<T> {
  let pending: IteratorResult<T> | undefined = first;
  const iterator: AsyncIterator<T> = {
    next() {
      if (pending === undefined) return rest.next();
      const result = pending;
      pending = undefined;
      return Promise.resolve(result);
    },
    // A source that can hand values to a callback (an upstream body) keeps that ability through the wrapper.
    ...(isCallbackReader(rest)
      ? {
          nextInto(onResult: (result: IteratorResult<T>) => void, onFailure: (error: unknown) => void) {
            if (pending === undefined) {
              rest.nextInto(onResult, onFailure);
              return;
            }
            const result = pending;
            pending = undefined;
            onResult(result);
          },
        }
      : {}),
    async return(value?: unknown) {
      pending = undefined;
      await rest.return?.(value);
      return { done: true, value: undefined };
    },
  };
  return { [Symbol.asyncIterator]: () => iterator };
}
