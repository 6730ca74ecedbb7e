import type { ConverseEventBatch } from '../converse-event-batch.js';
import { encodeConverseEvent } from './encode-converse-event.js';

/**
 * One batch as the bytes of one write: its original frames when it has them (forwarded byte for byte), else each
 * of its events encoded as a frame, end to end. `undefined` for a batch without frames or events.
 */
export function encodeConverseEventBatch(batch: ConverseEventBatch): Uint8Array | undefined {
  const frames = batch.frames ?? batch.events.map((event) => encodeConverseEvent(event));
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
