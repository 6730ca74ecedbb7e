import { ConverseAccumulator, ConverseProtocolError, HeimdallError } from '@heimdall/eventstream';
import type { ConverseResponse, ConverseStreamEvent } from '@heimdall/spec';
import { textDeltas } from '../accumulate/text-deltas.js';
import { type ConverseReply, readConverseReply } from './read-converse-reply.js';
import { createReaderIterator } from './reader-iterator.js';

/** What a {@link ConverseStream} reads from: the reply being fetched, and a way to stop the request. */
export interface ConverseStreamSource {
  /** Resolves when the reply's headers have arrived and say it is a stream; rejects with the error reply's error. */
  reply: Promise<ConverseReply>;
  /** Aborts the HTTP request, so that the server sees its connection closed. */
  abort(reason: unknown): void;
  /** Called once when the stream is done, failed or cancelled. */
  release(): void;
}

/**
 * The iterator of a {@link ConverseStream}. Where the TypeScript libs in use make `ReadableStream` itself async
 * iterable (`DOM.AsyncIterable`), it is also that iterator, so that the class is a valid `ReadableStream` whatever the
 * libs of the project that imports it.
 */
export type ConverseStreamIterator =
  ReadableStream<ConverseStreamEvent> extends {
    [Symbol.asyncIterator](...args: never[]): infer Iterator;
  }
    ? Iterator & AsyncIterableIterator<ConverseStreamEvent>
    : AsyncIterableIterator<ConverseStreamEvent>;

/** Every event the stream has handed out, added up, and the first problem in adding them up, kept for later. */
interface Progress {
  accumulator: ConverseAccumulator;
  problem: { error: unknown } | undefined;
  cancelled: boolean;
}

/**
 * The reply of `converseStream`: a `ReadableStream` of typed ConverseStream events that is also an async iterable,
 * pull-based, so that a slow reader slows the server instead of filling memory. The request is already under way.
 * Leaving a `for await` loop early, `cancel()`, or aborting the request's signal closes the connection. A failure
 * (an error reply, an exception in the stream, a corrupt or cut-off stream, a network error) is thrown by the
 * iteration, never turned into a quiet end. Read it once: by iteration, a reader, `textStream()` or `finalResponse()`.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html
 */
export class ConverseStream extends ReadableStream<ConverseStreamEvent> implements AsyncIterable<ConverseStreamEvent> {
  /** The `x-amzn-requestid` of the reply, once its headers arrive; `undefined` when it has none or never came. */
  readonly requestId: Promise<string | undefined>;
  readonly #progress: Progress;

  /** Built by `client.converseStream`. */
  constructor(source: ConverseStreamSource) {
    const progress: Progress = { accumulator: new ConverseAccumulator(), problem: undefined, cancelled: false };
    let events: AsyncGenerator<ConverseStreamEvent, void> | undefined;
    super(
      {
        async pull(controller) {
          events ??= readConverseReply(source.reply);
          let result: IteratorResult<ConverseStreamEvent, void>;
          try {
            result = await events.next();
          } catch (error) {
            source.release();
            throw error;
          }
          if (result.done) {
            source.release();
            controller.close();
            return;
          }
          if (!progress.problem) {
            try {
              progress.accumulator.push(result.value);
            } catch (error) {
              progress.problem = { error };
            }
          }
          controller.enqueue(result.value);
        },
        cancel(reason) {
          progress.cancelled = true;
          // Aborting first settles a read that is under way, so that the decoder's cleanup below can run.
          source.abort(reason);
          events?.return().catch(() => undefined);
          source.release();
        },
      },
      { highWaterMark: 0 },
    );
    this.#progress = progress;
    this.requestId = source.reply.then(
      (reply) => reply.requestId,
      (error: unknown) => (error instanceof HeimdallError ? error.requestId : undefined),
    );
  }

  /** Iterates the events as they arrive; leaving the loop early cancels the request. */
  [Symbol.asyncIterator](): ConverseStreamIterator {
    return createReaderIterator(this.getReader());
  }

  /** The text of each text delta as it arrives, leaving out reasoning, tool calls and every other event. */
  textStream(): AsyncIterableIterator<string> {
    return textDeltas(this);
  }

  /**
   * Reads the rest of the stream and resolves to the Converse reply that every event of it adds up to, including
   * the events already read.
   */
  async finalResponse(): Promise<ConverseResponse> {
    const reader = this.getReader();
    try {
      while (!(await reader.read()).done) {
        // Each event is added up as the stream hands it out.
      }
    } finally {
      reader.releaseLock();
    }
    const { accumulator, problem, cancelled } = this.#progress;
    if (problem) throw problem.error;
    if (cancelled && !accumulator.complete) {
      throw new ConverseProtocolError({
        message: 'The stream was cancelled before the reply was complete',
        requestId: await this.requestId,
      });
    }
    return accumulator.response;
  }
}
