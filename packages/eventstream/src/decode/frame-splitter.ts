import { crc32 } from '../codec/crc32.js';
import { minimumFrameLength, preludeLength, readUint32 } from '../codec/event-stream-codec.js';
import { EventStreamDecodeError } from '../errors/event-stream-decode-error.js';

/** What a {@link FrameSplitter} needs to know. */
export interface FrameSplitterOptions {
  /** The largest declared frame length accepted; larger ones fail before anything is allocated. */
  maxFrameBytes: number;
  requestId?: string | undefined;
}

/**
 * Cuts a stream of byte chunks of any size into whole eventstream frames. A frame that lies inside one chunk is
 * handed out as a view of that chunk; only a frame that spans chunks is copied, into a buffer of its declared length.
 * Each prelude is checked (CRC, length bounds) as soon as its 12 bytes are in, so that a corrupt length fails at once
 * instead of waiting for bytes that never come. The frames themselves are decoded by `decodeFrame`, not here.
 *
 * @see https://docs.aws.amazon.com/transcribe/latest/dg/streaming-setting-up.html#streaming-event-stream
 */
export class FrameSplitter {
  private readonly maxFrameBytes: number;
  private readonly requestId: string | undefined;
  /** The stream offset of the frame being assembled (or of the next frame). */
  private frameStart = 0;
  private readonly prelude = new Uint8Array(preludeLength);
  private preludeFilled = 0;
  private partialFrame: Uint8Array | undefined;
  private partialFilled = 0;

  constructor({ maxFrameBytes, requestId }: FrameSplitterOptions) {
    this.maxFrameBytes = maxFrameBytes;
    this.requestId = requestId;
  }

  /** Adds one chunk, appending every frame it completes to `frames`. */
  push(chunk: Uint8Array, frames: Uint8Array[]): void {
    let position = this.continuePartialFrame(chunk, frames);
    const end = chunk.length;
    while (end - position >= preludeLength) {
      const frameLength = this.checkPrelude(chunk, position);
      if (end - position < frameLength) {
        this.partialFrame = new Uint8Array(frameLength);
        this.partialFrame.set(chunk.subarray(position));
        this.partialFilled = end - position;
        return;
      }
      frames.push(chunk.subarray(position, position + frameLength));
      position += frameLength;
      this.frameStart += frameLength;
    }
    if (position < end) {
      this.prelude.set(chunk.subarray(position));
      this.preludeFilled = end - position;
    }
  }

  /** Fails when the stream ended inside a frame: a truncated stream is an error, never a quiet end. */
  finish(): void {
    const received = this.partialFrame ? this.partialFilled : this.preludeFilled;
    if (received === 0) return;
    const expected = this.partialFrame ? `${this.partialFrame.length}-byte frame` : `${preludeLength}-byte prelude`;
    throw new EventStreamDecodeError({
      message: `The event stream ended inside a frame: ${received} bytes of a ${expected} arrived`,
      offset: this.frameStart,
      requestId: this.requestId,
    });
  }

  /** Feeds the start of `chunk` to a frame begun in an earlier chunk; returns where the rest of the chunk starts. */
  private continuePartialFrame(chunk: Uint8Array, frames: Uint8Array[]): number {
    let position = 0;
    if (this.preludeFilled > 0) {
      position = Math.min(preludeLength - this.preludeFilled, chunk.length);
      this.prelude.set(chunk.subarray(0, position), this.preludeFilled);
      this.preludeFilled += position;
      if (this.preludeFilled < preludeLength) return position;
      this.partialFrame = new Uint8Array(this.checkPrelude(this.prelude, 0));
      this.partialFrame.set(this.prelude);
      this.partialFilled = preludeLength;
      this.preludeFilled = 0;
    }
    const partialFrame = this.partialFrame;
    if (!partialFrame) return position;
    const taken = Math.min(partialFrame.length - this.partialFilled, chunk.length - position);
    partialFrame.set(chunk.subarray(position, position + taken), this.partialFilled);
    this.partialFilled += taken;
    position += taken;
    if (this.partialFilled === partialFrame.length) {
      frames.push(partialFrame);
      this.frameStart += partialFrame.length;
      this.partialFrame = undefined;
      this.partialFilled = 0;
    }
    return position;
  }

  /** Checks the prelude at `at` and returns the frame's declared total length. */
  private checkPrelude(bytes: Uint8Array, at: number): number {
    const expected = readUint32(bytes, at + 8);
    const actual = crc32(bytes.subarray(at, at + 8));
    if (actual !== expected) {
      this.fail(`The prelude CRC of a frame is ${expected} but its bytes give ${actual}: the stream is corrupt`);
    }
    const frameLength = readUint32(bytes, at);
    if (frameLength < minimumFrameLength) {
      this.fail(`A frame declares ${frameLength} bytes, fewer than the ${minimumFrameLength} of an empty frame`);
    }
    if (frameLength > this.maxFrameBytes) {
      this.fail(`A frame declares ${frameLength} bytes, more than the ${this.maxFrameBytes} allowed (maxFrameBytes)`);
    }
    const headersLength = readUint32(bytes, at + 4);
    if (headersLength > frameLength - minimumFrameLength) {
      this.fail(`A frame declares ${headersLength} bytes of headers, more than its ${frameLength} bytes can hold`);
    }
    return frameLength;
  }

  private fail(message: string): never {
    throw new EventStreamDecodeError({ message, offset: this.frameStart, requestId: this.requestId });
  }
}
