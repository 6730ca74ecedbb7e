import { EventStreamCodec, getChunkedStream } from '@smithy/core/event-streams';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';

/** One header of an eventstream frame: its name, its wire type (`string`, `byte`, `timestamp`, …) and its value. */
export interface FrameHeader {
  name: string;
  type: string;
  value: string;
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/**
 * The headers of every frame of an eventstream body, in wire order with their types, as the AWS SDK's CRC-checking
 * codec reads them; `decodeFrames` gives the names only.
 */
export async function readFrameHeaders(eventStream: Uint8Array): Promise<FrameHeader[][]> {
  const codec = new EventStreamCodec(toUtf8, fromUtf8);
  const frames: FrameHeader[][] = [];
  for await (const bytes of getChunkedStream(once(eventStream))) {
    const { headers } = codec.decode(bytes);
    frames.push(
      Object.entries(headers).map(([name, header]) => ({ name, type: header.type, value: String(header.value) })),
    );
  }
  return frames;
}
