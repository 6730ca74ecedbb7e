import { defaultMaxFrameBytes, minimumFrameLength } from '../codec/event-stream-codec.js';
import type { ConverseEventBatch } from '../converse-event-batch.js';
import { decodeFrame, type FrameContext } from './decode-frame.js';
import { FrameSplitter } from './frame-splitter.js';

/** Options of the decoders. */
export interface DecodeConverseStreamOptions {
  /** The largest frame accepted, in bytes; a frame declaring more fails before anything is allocated. Default 16 MiB. */
  maxFrameBytes?: number;
  /** The `x-amzn-requestid` of the reply, carried by every error the stream raises. */
  requestId?: string;
}

/**
 * Decodes a ConverseStream reply body chunk by chunk, as a caller hands the chunks in: each chunk's whole frames
 * become one batch, the events with the frames' own bytes, so that a proxy can forward them untouched. A plain
 * object with no async step, for a reader that decodes inside its socket's data callback. When a frame fails, the
 * events of the frames before it are emitted first, then its error (a typed Bedrock error for an exception frame,
 * {@link EventStreamDecodeError} for a corrupt one) is thrown.
 *
 * @see https://smithy.io/2.0/aws/amazon-eventstream.html
 */
export class ConverseBatchDecoder {
  private readonly splitter: FrameSplitter;
  private readonly context: FrameContext;
  private readonly lazyDeltas: boolean;

  /**
   * `lazyDeltas`: each `contentBlockDelta` payload is parsed only when its event is read, for a proxy that forwards
   * the frames and reads few of their events; a payload that is not JSON then fails where it is read.
   */
  constructor({
    maxFrameBytes = defaultMaxFrameBytes,
    requestId,
    lazyDeltas = false,
  }: DecodeConverseStreamOptions & { lazyDeltas?: boolean } = {}) {
    this.lazyDeltas = lazyDeltas;
    if (!Number.isSafeInteger(maxFrameBytes) || maxFrameBytes < minimumFrameLength) {
      throw new RangeError(
        `maxFrameBytes must be a whole number of at least ${minimumFrameLength}, not ${maxFrameBytes}`,
      );
    }
    this.splitter = new FrameSplitter({ maxFrameBytes, requestId });
    this.context = { offset: 0, requestId };
  }

  /** Where the next frame starts in the stream, for error messages. */
  get offset(): number {
    return this.context.offset;
  }

  /** Decodes one chunk; emits the batch of the frames it completed, if any. */
  push(chunk: Uint8Array, emit: (batch: ConverseEventBatch) => void): void {
    const frames: Uint8Array[] = [];
    this.splitter.push(chunk, frames);
    if (frames.length === 0) return;
    const events: unknown[] = [];
    for (let index = 0; index < frames.length; index++) {
      const frame = frames[index] as Uint8Array;
      let event: ReturnType<typeof decodeFrame>;
      try {
        event = decodeFrame(frame, this.context, this.lazyDeltas);
      } catch (error) {
        // The events before a failing frame still reach the reader, then the failure does.
        if (index > 0) emit({ events, frames: frames.slice(0, index) } as ConverseEventBatch);
        throw error;
      }
      this.context.offset += frame.length;
      if (event) events.push(event);
    }
    emit({ events, frames } as ConverseEventBatch);
  }

  /** The body ended: throws when it ended inside a frame. */
  finish(): void {
    this.splitter.finish();
  }
}
