import type { ConverseStreamEvent } from '@heimdall/spec';
import { defaultMaxFrameBytes, minimumFrameLength } from '../codec/event-stream-codec.js';
import { EventStreamDecodeError } from '../errors/event-stream-decode-error.js';
import { type ByteSource, chunkBytes, openByteSource } from './byte-source.js';
import { decodeFrame } from './decode-frame.js';
import { FrameSplitter } from './frame-splitter.js';

/** Options of {@link decodeConverseStream}. */
export interface DecodeConverseStreamOptions {
  /** The largest frame accepted, in bytes; a frame declaring more fails before anything is allocated. Default 16 MiB. */
  maxFrameBytes?: number;
  /** The `x-amzn-requestid` of the reply, carried by every error the stream raises. */
  requestId?: string;
}

/**
 * Reads a ConverseStream reply body (`application/vnd.amazon.eventstream`) as typed events. Chunks may be cut
 * anywhere; every frame's CRCs are checked. Each event is the frame's JSON payload under its `:event-type`, without
 * the `p` padding; fields this version does not know are kept, event types it does not know are skipped.
 *
 * Fails with the typed Bedrock error of an exception or error frame (`ThrottlingException`,
 * `ModelStreamErrorException`, …), and with {@link EventStreamDecodeError} for a corrupt, oversized or truncated
 * stream; it never ends quietly after a failure. Stopping early (`break`, `return()`) cancels the source, which
 * aborts the request underneath. The source is opened on the first read.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html
 * @see https://smithy.io/2.0/aws/amazon-eventstream.html
 */
export async function* decodeConverseStream(
  source: ByteSource,
  options: DecodeConverseStreamOptions = {},
): AsyncGenerator<ConverseStreamEvent, void, undefined> {
  const { maxFrameBytes = defaultMaxFrameBytes, requestId } = options;
  if (!Number.isSafeInteger(maxFrameBytes) || maxFrameBytes < minimumFrameLength) {
    throw new RangeError(
      `maxFrameBytes must be a whole number of at least ${minimumFrameLength}, not ${maxFrameBytes}`,
    );
  }
  const chunks = openByteSource(source);
  const splitter = new FrameSplitter({ maxFrameBytes, requestId });
  const frames: Uint8Array[] = [];
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
      splitter.push(chunk, frames);
      for (let index = 0; index < frames.length; index++) {
        const frame = frames[index] as Uint8Array;
        const event = decodeFrame(frame, context);
        context.offset += frame.length;
        if (event) yield event;
      }
      frames.length = 0;
    }
  } finally {
    if (!ended) await chunks.cancel();
  }
}
