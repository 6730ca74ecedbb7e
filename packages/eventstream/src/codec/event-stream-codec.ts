/**
 * The layout of an eventstream frame: a prelude (total length, headers length, CRC-32 of those 8 bytes), the
 * headers, the payload, and a CRC-32 of everything before it.
 *
 * @see https://docs.aws.amazon.com/transcribe/latest/dg/streaming-setting-up.html#streaming-event-stream
 */

/** Bytes of the prelude: total length, headers length, prelude CRC. */
export const preludeLength = 12;
/** The smallest frame: a prelude and a message CRC, with no headers and no payload. */
export const minimumFrameLength = preludeLength + 4;
/** The default bound on a frame's declared length, far above any real Bedrock frame. */
export const defaultMaxFrameBytes = 16 * 1024 * 1024;

/** The big-endian unsigned 32-bit number at `at`. */
export const readUint32 = (bytes: Uint8Array, at: number): number =>
  (((bytes[at] as number) << 24) |
    ((bytes[at + 1] as number) << 16) |
    ((bytes[at + 2] as number) << 8) |
    (bytes[at + 3] as number)) >>>
  0;
