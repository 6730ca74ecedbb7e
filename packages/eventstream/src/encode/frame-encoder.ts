import { allocateByteBuffer, type ByteBuffer, plainBytes, utf8Length } from '../codec/byte-buffer.js';
import { crc32 } from '../codec/crc32.js';
import { minimumFrameLength, preludeLength } from '../codec/event-stream-codec.js';

/** What one frame is made of: its formatted headers (see `frameHeaders`) and its JSON payload. */
export interface JsonFrame {
  readonly headers: Uint8Array;
  readonly json: string;
}

function writeUint32(bytes: Uint8Array, offset: number, value: number): void {
  bytes[offset] = value >>> 24;
  bytes[offset + 1] = value >>> 16;
  bytes[offset + 2] = value >>> 8;
  bytes[offset + 3] = value;
}

/**
 * Writes one frame at `offset` of `target`, which must have room for its `frameLength` bytes: the prelude (total
 * length, headers length, CRC of those 8 bytes), the headers, the payload as UTF-8, and the CRC of everything
 * before it — computed on from the prelude CRC, as the eventstream defines it. Returns where the frame ends.
 */
function writeFrame(
  target: ByteBuffer,
  offset: number,
  headers: Uint8Array,
  json: string,
  frameLength: number,
): number {
  writeUint32(target, offset, frameLength);
  writeUint32(target, offset + 4, headers.length);
  const preludeCrc = crc32(target.subarray(offset, offset + 8));
  writeUint32(target, offset + 8, preludeCrc);
  target.set(headers, offset + preludeLength);
  target.write(json, offset + preludeLength + headers.length, 'utf8');
  const end = offset + frameLength;
  writeUint32(target, end - 4, crc32(target.subarray(offset + 8, end - 4), preludeCrc));
  return end;
}

/** One eventstream frame with `headers` and `json` as its payload, written straight into one allocation. */
export function encodeJsonFrame(headers: Uint8Array, json: string): Uint8Array {
  const frameLength = minimumFrameLength + headers.length + utf8Length(json);
  const bytes = allocateByteBuffer(frameLength);
  writeFrame(bytes, 0, headers, json, frameLength);
  return plainBytes(bytes);
}

/** Several frames end to end in one allocation, with no frame of its own copied in afterwards. */
export function encodeJsonFrames(frames: readonly JsonFrame[]): Uint8Array {
  // The payload lengths are measured once, for the total and then for each frame's prelude.
  const lengths = new Array<number>(frames.length);
  let total = 0;
  for (let index = 0; index < frames.length; index++) {
    const frame = frames[index] as JsonFrame;
    const length = minimumFrameLength + frame.headers.length + utf8Length(frame.json);
    lengths[index] = length;
    total += length;
  }
  const bytes = allocateByteBuffer(total);
  let offset = 0;
  for (let index = 0; index < frames.length; index++) {
    const frame = frames[index] as JsonFrame;
    offset = writeFrame(bytes, offset, frame.headers, frame.json, lengths[index] as number);
  }
  return plainBytes(bytes);
}
