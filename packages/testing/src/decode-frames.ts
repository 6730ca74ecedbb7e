import { EventStreamCodec, getChunkedStream } from '@smithy/core/event-streams';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';

/** One eventstream frame: its message type, its event (or exception) type, and its parsed JSON payload. */
export interface DecodedFrame {
  messageType: string;
  /** The `:event-type`, or the `:exception-type` of an exception frame. */
  eventType: string;
  headerNames: string[];
  payload: Record<string, unknown>;
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/**
 * Splits an eventstream body into frames with the AWS SDK's own codec, independent of the code under test, so that
 * the spec and the gateway's output are checked against Amazon's reading of the bytes, not ours.
 */
export async function decodeFrames(eventStream: Uint8Array): Promise<DecodedFrame[]> {
  const codec = new EventStreamCodec(toUtf8, fromUtf8);
  const frames: DecodedFrame[] = [];
  for await (const bytes of getChunkedStream(once(eventStream))) {
    const { headers, body } = codec.decode(bytes);
    const messageType = String(headers[':message-type']?.value);
    const eventType = String(headers[messageType === 'exception' ? ':exception-type' : ':event-type']?.value);
    frames.push({ messageType, eventType, headerNames: Object.keys(headers), payload: JSON.parse(toUtf8(body)) });
  }
  return frames;
}
