import type { IncomingMessage } from 'node:http';

/**
 * What an upstream body's chunks become, worked out as each chunk arrives: a provider's events, a batch of frames,
 * or the chunks themselves.
 */
export interface BodyTranslation<T> {
  /** Called with each chunk as it arrives; hands what it makes to `emit`. A throw fails the body after what it emitted. */
  chunk(bytes: Buffer, emit: (value: T) => void): void;
  /** Called once the body has ended: the last values, or a throw when it ended too soon. */
  end(emit: (value: T) => void): void;
  /** What a failure of the body itself (a cut connection, the idle limit, an abort) is thrown as. */
  failure?(error: unknown): unknown;
}

const asChunks: BodyTranslation<Uint8Array> = {
  chunk: (bytes, emit) => emit(bytes),
  end: () => {},
};

type Waiter<T> = { resolve(result: IteratorResult<T>): void; reject(error: unknown): void };

/**
 * An upstream reply's body, read in flowing mode and translated inside the socket's data callback, so that a chunk
 * costs one promise on its way to the reader rather than one per layer (Node's async iterator over a stream, a
 * generator per translation step). It stays pull-based: a value the reader has not asked for pauses the socket, and
 * the next read resumes it, so a slow client slows the upstream down instead of filling memory. A reader that stops
 * early (`return()`) destroys the reply, which lets go of its socket at once.
 *
 * Until a translation is chosen ({@link UpstreamBody.translate}), the first chunk is kept as it came and the socket
 * paused: the gateway waits for it before committing to a reply, and only then knows how to read it.
 */
export class UpstreamBody implements AsyncIterable<Uint8Array> {
  /** Settles with the first chunk (or the end of an empty body); rejects with a failure before any chunk. */
  readonly started: Promise<void>;
  readonly #response: IncomingMessage;
  #translation: BodyTranslation<unknown> | undefined;
  /** Chunks that arrived before the translation was chosen. */
  #early: Buffer[] = [];
  #values: unknown[] = [];
  #waiter: Waiter<unknown> | undefined;
  /** The body ended (and its translation's end ran). */
  #done = false;
  /** The reply ended before the translation was chosen. */
  #endedEarly = false;
  #failure: { error: unknown } | undefined;
  /** A failure of the reply before the translation was chosen, thrown as the translation says once it is. */
  #earlyFailure: { error: unknown } | undefined;
  #stopped = false;
  #start: { resolve(): void; reject(error: unknown): void };

  constructor(response: IncomingMessage) {
    this.#response = response;
    let start!: { resolve(): void; reject(error: unknown): void };
    this.started = new Promise<void>((resolve, reject) => {
      start = { resolve, reject };
    });
    // Nobody may be waiting on it when the body fails later.
    this.started.catch(() => {});
    this.#start = start;
    response.on('data', this.#onData);
    response.once('end', this.#onEnd);
    response.on('error', this.#onError);
    response.once('close', this.#onClose);
  }

  /** Reads the body as `translation` makes it; only one translation, once. */
  translate<T>(translation: BodyTranslation<T>): AsyncIterableIterator<T> {
    if (this.#translation) throw new Error('An upstream body is read once');
    this.#translation = translation as BodyTranslation<unknown>;
    const early = this.#early;
    this.#early = [];
    for (const chunk of early) if (!this.#translateChunk(chunk)) break;
    if (this.#earlyFailure) this.#fail(this.#earlyFailure.error, true);
    else if (this.#endedEarly) this.#finish();
    return this as unknown as AsyncIterableIterator<T>;
  }

  [Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    return this.#translation ? (this as unknown as AsyncIterator<Uint8Array>) : this.translate(asChunks);
  }

  next(): Promise<IteratorResult<unknown>> {
    return new Promise((resolve, reject) => this.nextInto(resolve, reject));
  }

  /**
   * {@link next} without a promise: `onResult` is called with the next value at once when one is waiting, else from
   * the socket's data callback as soon as it is translated, so a reader can write it before the rest of the same
   * read is translated. `onFailure` is called instead when the body fails.
   */
  nextInto(onResult: (result: IteratorResult<unknown>) => void, onFailure: (error: unknown) => void): void {
    if (this.#values.length > 0) {
      onResult({ value: this.#values.shift(), done: false });
      return;
    }
    if (this.#failure) {
      const { error } = this.#failure;
      this.#failure = undefined;
      this.#done = true;
      onFailure(error);
      return;
    }
    if (this.#done || this.#stopped) {
      onResult({ value: undefined, done: true });
      return;
    }
    this.#waiter = { resolve: onResult, reject: onFailure };
    this.#response.resume();
  }

  return(): Promise<IteratorResult<unknown>> {
    this.#stop();
    return Promise.resolve({ value: undefined, done: true });
  }

  #stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#values = [];
    // A reader that stopped is owed nothing more, not even a failure it did not wait for.
    this.#failure = undefined;
    const waiter = this.#waiter;
    this.#waiter = undefined;
    waiter?.resolve({ value: undefined, done: true });
    if (!this.#done) this.#response.destroy();
  }

  #emit = (value: unknown): void => {
    if (this.#stopped) return;
    const waiter = this.#waiter;
    if (waiter) {
      this.#waiter = undefined;
      waiter.resolve({ value, done: false });
    } else {
      this.#values.push(value);
    }
  };

  /** Translates one chunk; false once the body has failed. */
  #translateChunk(chunk: Buffer): boolean {
    try {
      (this.#translation as BodyTranslation<unknown>).chunk(chunk, this.#emit);
    } catch (error) {
      this.#fail(error, false);
      this.#response.destroy();
      return false;
    }
    // What nobody asked for yet waits with the socket paused: the next read resumes it.
    if (this.#values.length > 0) this.#response.pause();
    return true;
  }

  #finish(): void {
    try {
      (this.#translation as BodyTranslation<unknown>).end(this.#emit);
    } catch (error) {
      this.#fail(error, false);
      return;
    }
    this.#done = true;
    const waiter = this.#waiter;
    if (waiter && this.#values.length === 0) {
      this.#waiter = undefined;
      waiter.resolve({ value: undefined, done: true });
    }
  }

  /** The first failure counts: handed to a waiting reader, else kept for the next read. */
  #fail(error: unknown, fromBody: boolean): void {
    if (this.#failure || this.#done || this.#stopped) return;
    const translation = this.#translation;
    if (!translation) {
      this.#start.reject(error);
      this.#earlyFailure ??= { error };
      return;
    }
    const thrown = fromBody && translation.failure ? translation.failure(error) : error;
    const waiter = this.#waiter;
    if (waiter && this.#values.length === 0) {
      this.#waiter = undefined;
      this.#done = true;
      waiter.reject(thrown);
      return;
    }
    this.#failure = { error: thrown };
  }

  #onData = (chunk: Buffer): void => {
    if (this.#stopped || this.#failure || this.#earlyFailure) return;
    if (!this.#translation) {
      this.#early.push(chunk);
      this.#response.pause();
      this.#start.resolve();
      return;
    }
    this.#translateChunk(chunk);
  };

  #onEnd = (): void => {
    this.#start.resolve();
    if (this.#stopped || this.#failure || this.#earlyFailure) return;
    if (!this.#translation) {
      this.#endedEarly = true;
      return;
    }
    this.#finish();
  };

  #onError = (error: unknown): void => {
    this.#fail(error, true);
  };

  #onClose = (): void => {
    // A reply cut before its end, with no error of its own: what Node's stream reader calls a premature close.
    if (!this.#response.complete && !this.#stopped) {
      this.#fail(Object.assign(new Error('Premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' }), true);
    }
  };
}
