import type { ConverseEventBatch } from '../converse-event-batch.js';
import { EventStreamDecodeError } from '../errors/event-stream-decode-error.js';
import { type ByteSource, chunkBytes, openByteSource } from './byte-source.js';
import { ConverseBatchDecoder, type DecodeConverseStreamOptions } from './converse-batch-decoder.js';

export type { DecodeConverseStreamOptions } from './converse-batch-decoder.js';

/**
 * Reads a ConverseStream reply body as batches: the events of the frames each network read completed, with those
 * frames' bytes, so that a proxy can forward them untouched. Same checks and failures as `decodeConverseStream`:
 * the events before an exception frame are handed out first, then its typed error is thrown.
 *
 * @see https://smithy.io/2.0/aws/amazon-eventstream.html
 */
export async function* decodeConverseStreamBatches(
  source: ByteSource,
  options: DecodeConverseStreamOptions = {},
): AsyncGenerator<ConverseEventBatch, void, undefined> {
  const decoder = new ConverseBatchDecoder(options);
  const chunks = openByteSource(source);
  const ready: ConverseEventBatch[] = [];
  const emit = (batch: ConverseEventBatch) => ready.push(batch);
  let ended = false;
  try {
    for (;;) {
      const result = await chunks.next();
      if (result.done) {
        decoder.finish();
        ended = true;
        return;
      }
      const chunk = chunkBytes(result.value);
      if (!chunk) {
        throw new EventStreamDecodeError({
          message: `A chunk of the event stream is ${typeof result.value}, not bytes`,
          offset: decoder.offset,
          requestId: options.requestId,
        });
      }
      let failure: { error: unknown } | undefined;
      try {
        decoder.push(chunk, emit);
      } catch (error) {
        failure = { error };
      }
      while (ready.length > 0) yield ready.shift() as ConverseEventBatch;
      if (failure) throw failure.error;
    }
  } finally {
    if (!ended) await chunks.cancel();
  }
}
