/**
 * Splits a server-sent event stream into its events, each with the blank line that ends it, so that joining them
 * gives back the body byte for byte. Throws on a body that does not end with a whole event.
 * @see https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation
 */
export function splitServerSentEvents(body: Buffer): Buffer[] {
  const events: Buffer[] = [];
  let start = 0;
  while (start < body.byteLength) {
    const end = body.indexOf('\n\n', start);
    if (end === -1) throw new Error(`The event stream ends inside an event: ${body.subarray(start, start + 80)}`);
    events.push(body.subarray(start, end + 2));
    start = end + 2;
  }
  return events;
}

/** An eventstream prelude (total length, headers length, prelude CRC) and the message CRC: the smallest frame. */
const minimumFrameBytes = 16;

/**
 * Splits an Amazon eventstream body into its frames at the total length each prelude declares, without decoding
 * them (the caller checks every frame with a CRC-checking codec). Throws on a declared length that is too short
 * or runs past the end of the body, rather than cutting a frame.
 * @see https://docs.aws.amazon.com/transcribe/latest/dg/event-stream.html
 */
export function splitEventStreamFrames(body: Buffer): Buffer[] {
  const frames: Buffer[] = [];
  let start = 0;
  while (start < body.byteLength) {
    if (body.byteLength - start < minimumFrameBytes) {
      throw new Error(`The eventstream ends with ${body.byteLength - start} bytes, too few for a frame`);
    }
    const length = body.readUInt32BE(start);
    if (length < minimumFrameBytes || start + length > body.byteLength) {
      throw new Error(
        `An eventstream frame at byte ${start} declares ${length} bytes; ${body.byteLength - start} remain`,
      );
    }
    frames.push(body.subarray(start, start + length));
    start += length;
  }
  return frames;
}

/**
 * Groups a reply's frames into the pieces an upstream writes, as the bundled mock does: each content frame is one
 * piece, carrying the frames that came since the previous one (the opening frames ride with the first), and the
 * frames after the last content frame (stop reason, usage, terminator) go out together. Joining the pieces gives
 * back every frame in order. Throws when no frame is content, since such a reply has nothing to pace.
 */
export function groupIntoChunks<T>(frames: readonly T[], isContent: (frame: T, index: number) => boolean): T[][] {
  const chunks: T[][] = [];
  let pending: T[] = [];
  for (const [index, frame] of frames.entries()) {
    pending.push(frame);
    if (isContent(frame, index)) {
      chunks.push(pending);
      pending = [];
    }
  }
  if (chunks.length === 0) throw new Error('The reply has no content frame to pace');
  if (pending.length > 0) chunks.push(pending);
  return chunks;
}
