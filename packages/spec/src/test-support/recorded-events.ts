import { EventStreamCodec, getChunkedStream } from '@smithy/core/event-streams';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';

/** One frame of a recording: its `:event-type` (or `:exception-type`) and its parsed JSON payload. */
export interface RecordedFrame {
  messageType: string;
  eventType: string;
  payload: Record<string, unknown>;
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/**
 * Splits a recorded body into frames with the AWS SDK's own codec, independent of the code under test, so
 * that the spec is checked against Bedrock's bytes and nothing of ours.
 */
export async function decodeRecordedFrames(eventStream: Uint8Array): Promise<RecordedFrame[]> {
  const codec = new EventStreamCodec(toUtf8, fromUtf8);
  const frames: RecordedFrame[] = [];
  for await (const bytes of getChunkedStream(once(eventStream))) {
    const { headers, body } = codec.decode(bytes);
    const messageType = String(headers[':message-type']?.value);
    const eventType = String(headers[messageType === 'exception' ? ':exception-type' : ':event-type']?.value);
    frames.push({ messageType, eventType, payload: JSON.parse(toUtf8(body)) });
  }
  return frames;
}
