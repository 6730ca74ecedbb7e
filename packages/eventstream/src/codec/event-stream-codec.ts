import { EventStreamCodec } from '@smithy/core/event-streams';
import { headerUtf8ToString, stringToUtf8 } from './utf8.js';

/**
 * The CRC-checking eventstream codec every frame goes through. It keeps no state between `encode`/`decode` calls,
 * so one instance serves every stream.
 *
 * @see https://docs.aws.amazon.com/transcribe/latest/dg/streaming-setting-up.html#streaming-event-stream
 */
export const eventStreamCodec = new EventStreamCodec(headerUtf8ToString, stringToUtf8);

/** Bytes of the prelude: total length, headers length, prelude CRC. */
export const preludeLength = 12;
/** The smallest frame: a prelude and a message CRC, with no headers and no payload. */
export const minimumFrameLength = preludeLength + 4;
/** The default bound on a frame's declared length, far above any real Bedrock frame. */
export const defaultMaxFrameBytes = 16 * 1024 * 1024;
