import type { ConverseEventBatch } from '../converse-event-batch.js';
import { converseEventFrame } from './encode-converse-event.js';
import { encodeJsonFrames } from './frame-encoder.js';

/** Frames end to end as one byte array; a single frame as it is. */
function joined(frames: readonly Uint8Array[]): Uint8Array | undefined {
  if (frames.length <= 1) return frames[0];
  let length = 0;
  for (const frame of frames) length += frame.length;
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const frame of frames) {
    bytes.set(frame, offset);
    offset += frame.length;
  }
  return bytes;
}

/**
 * One batch as the bytes of one write: its original frames when it has them (forwarded byte for byte), else each
 * of its events encoded as a frame, all written into one allocation. `undefined` for a batch without frames or
 * events.
 */
export function encodeConverseEventBatch(batch: ConverseEventBatch): Uint8Array | undefined {
  if (batch.frames) return joined(batch.frames);
  if (batch.events.length === 0) return undefined;
  return encodeJsonFrames(batch.events.map((event) => converseEventFrame(event)));
}
