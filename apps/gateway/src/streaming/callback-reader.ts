/**
 * An async iterator that can also hand its next value to callbacks, without a promise: at once when a value is
 * waiting, else as soon as the source makes it (an upstream body: from its socket's data callback). A stream's
 * writer reads through it, so a chunk reaches the socket with no promise job in between and the first events of a
 * read go out before the rest of that read is translated.
 */
export interface CallbackReader<T> extends AsyncIterator<T> {
  nextInto(onResult: (result: IteratorResult<T>) => void, onFailure: (error: unknown) => void): void;
}

/** Whether `iterator` can be read through callbacks. */
export function isCallbackReader<T>(iterator: AsyncIterator<T>): iterator is CallbackReader<T> {
  return typeof (iterator as Partial<CallbackReader<T>>).nextInto === 'function';
}
