import { defaultMaxFrameBytes, minimumFrameLength } from '../codec/event-stream-codec.js';
import type { ConverseEventBatch } from '../converse-event-batch.js';
import { EventStreamDecodeError } from '../errors/event-stream-decode-error.js';
import { type ByteSource, chunkBytes, openByteSource } from './byte-source.js';
import { decodeFrame } from './decode-frame.js';
import { FrameSplitter } from './frame-splitter.js';

/** Options of the decoders. */
export interface DecodeConverseStreamOptions {
  /** The largest frame accepted, in bytes; a frame declaring more fails before anything is allocated. Default 16 MiB. */
  maxFrameBytes?: number;
  /** The `x-amzn-requestid` of the reply, carried by every error the stream raises. */
  requestId?: string;
}

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
  const { maxFrameBytes = defaultMaxFrameBytes, requestId } = options;
  if (!Number.isSafeInteger(maxFrameBytes) || maxFrameBytes < minimumFrameLength) {
    throw new RangeError(
      `maxFrameBytes must be a whole number of at least ${minimumFrameLength}, not ${maxFrameBytes}`,
    );
  }
  const chunks = openByteSource(source);
  const splitter = new FrameSplitter({ maxFrameBytes, requestId });
  const context = { offset: 0, requestId };
  let ended = false;
  try {
    for (;;) {
      const result = await chunks.next();
      if (result.done) {
        splitter.finish();
        ended = true;
        return;
      }
      const chunk = chunkBytes(result.value);
      if (!chunk) {
        throw new EventStreamDecodeError({
          message: `A chunk of the event stream is ${typeof result.value}, not bytes`,
          offset: context.offset,
          requestId,
        });
      }
      const frames: Uint8Array[] = [];
      splitter.push(chunk, frames);
      if (frames.length === 0) continue;
      const batch: ConverseEventBatch = { events: [], frames };
      for (let index = 0; index < frames.length; index++) {
        const frame = frames[index] as Uint8Array;
        let event: ReturnType<typeof decodeFrame>;
        try {
          event = decodeFrame(frame, context);
        } catch (error) {
          // The events before a failing frame still reach the reader, then the failure does.
          if (index > 0) yield { events: batch.events, frames: frames.slice(0, index) };
          throw error;
        }
        context.offset += frame.length;
        if (event) (batch.events as unknown[]).push(event);
      }
      yield batch;
    }
  } finally {
    if (!ended) await chunks.cancel();
  }
}
