import type { ConverseStreamEvent, ConverseStreamEventType } from '@heimdall/spec';
import { crc32 } from '../codec/crc32.js';
import { minimumFrameLength, preludeLength, readUint32 } from '../codec/event-stream-codec.js';
import { utf8Text } from '../codec/utf8.js';
import { createHeimdallError } from '../errors/create-heimdall-error.js';
import { EventStreamDecodeError } from '../errors/event-stream-decode-error.js';
import { type FrameHeaders, readHeaders } from './read-headers.js';

type Payload = Record<string, unknown>;

// One builder per event type, so that every event of a type has the same shape.
const eventBuilders: Readonly<Record<ConverseStreamEventType, (payload: Payload) => ConverseStreamEvent>> = {
  messageStart: (payload) => ({ messageStart: payload }) as ConverseStreamEvent,
  contentBlockStart: (payload) => ({ contentBlockStart: payload }) as ConverseStreamEvent,
  contentBlockDelta: (payload) => ({ contentBlockDelta: payload }) as ConverseStreamEvent,
  contentBlockStop: (payload) => ({ contentBlockStop: payload }) as ConverseStreamEvent,
  messageStop: (payload) => ({ messageStop: payload }) as ConverseStreamEvent,
  metadata: (payload) => ({ metadata: payload }) as ConverseStreamEvent,
};

/** Where a frame sits, for error messages and the errors it raises. */
export interface FrameContext {
  offset: number;
  requestId: string | undefined;
}

/** A frame's headers and where its payload lies in it. */
interface Message {
  headers: FrameHeaders;
  frame: Uint8Array;
  bodyStart: number;
  bodyEnd: number;
}

/**
 * Checks a whole frame (its declared lengths and its message CRC, the CRC-32 of every byte before it) and reads its
 * headers in place. The prelude CRC has been checked by the frame splitter, which cut the frame by its length.
 */
function readMessage(frame: Uint8Array): Message {
  const length = frame.length;
  if (length < minimumFrameLength) throw new RangeError(`A frame has ${length} bytes, fewer than an empty frame`);
  if (readUint32(frame, 0) !== length) throw new RangeError('A frame declares a length other than its own');
  const headersEnd = preludeLength + readUint32(frame, 4);
  if (headersEnd > length - 4) throw new RangeError('A frame declares more bytes of headers than it holds');
  const expected = readUint32(frame, length - 4);
  const actual = crc32(frame.subarray(0, length - 4));
  if (actual !== expected) throw new RangeError(`The message checksum is ${expected} but the frame gives ${actual}`);
  return { headers: readHeaders(frame, preludeLength, headersEnd), frame, bodyStart: headersEnd, bodyEnd: length - 4 };
}

/**
 * One frame to the event it carries, or `undefined` for an event type this version does not know (a newer Bedrock
 * may add some). Exception and error frames throw the error they stand for.
 *
 * @see https://smithy.io/2.0/aws/amazon-eventstream.html
 */
export function decodeFrame(
  frame: Uint8Array,
  context: FrameContext,
  lazyDeltas = false,
): ConverseStreamEvent | undefined {
  let message: Message;
  try {
    message = readMessage(frame);
  } catch (cause) {
    fail(`A frame cannot be decoded: ${errorMessage(cause)}`, context, cause);
  }
  const messageType = stringHeader(message, ':message-type', context);
  if (messageType === 'event') {
    const eventType = stringHeader(message, ':event-type', context);
    if (!Object.hasOwn(eventBuilders, eventType)) return undefined;
    if (lazyDeltas && eventType === 'contentBlockDelta') return lazyContentBlockDelta(message, context);
    const { p: _padding, ...payload } = parsePayload(message, eventType, context);
    return eventBuilders[eventType as ConverseStreamEventType](payload);
  }
  if (messageType === 'exception') {
    const exceptionType = stringHeader(message, ':exception-type', context);
    const payload = parsePayload(message, exceptionType, context);
    const text = typeof payload.message === 'string' ? payload.message : `The stream failed with ${exceptionType}`;
    throw createHeimdallError({ type: exceptionType, message: text, requestId: context.requestId, fields: payload });
  }
  if (messageType === 'error') {
    const code = stringHeader(message, ':error-code', context);
    const text = message.headers[':error-message'];
    throw createHeimdallError({
      type: code,
      message: typeof text === 'string' ? text : `The stream failed with ${code}`,
      requestId: context.requestId,
    });
  }
  fail(`A frame has the unknown :message-type ${JSON.stringify(messageType)}`, context);
}

/**
 * A `contentBlockDelta` event whose payload is parsed when first read: for a proxy that forwards the frame's own
 * bytes and looks at only some events, most deltas are never read. The frame's checksum has been checked; a payload
 * that is not UTF-8 JSON fails when it is read, with the frame's offset.
 */
function lazyContentBlockDelta(message: Message, context: FrameContext): ConverseStreamEvent {
  const at: FrameContext = { offset: context.offset, requestId: context.requestId };
  let fields: Payload | undefined;
  return {
    get contentBlockDelta() {
      if (fields === undefined) {
        const { p: _padding, ...payload } = parsePayload(message, 'contentBlockDelta', at);
        fields = payload;
      }
      return fields;
    },
  } as unknown as ConverseStreamEvent;
}

function stringHeader(message: Message, name: string, context: FrameContext): string {
  const header = Object.hasOwn(message.headers, name) ? message.headers[name] : undefined;
  if (header === undefined) fail(`A frame has no ${name} header`, context);
  if (typeof header !== 'string') fail(`The ${name} header of a frame is a ${header.type}, not a string`, context);
  return header;
}

function parsePayload(message: Message, memberName: string, context: FrameContext): Payload {
  let payload: unknown;
  try {
    payload = JSON.parse(utf8Text(message.frame, message.bodyStart, message.bodyEnd));
  } catch (cause) {
    fail(`The payload of a ${memberName} frame is not UTF-8 JSON: ${errorMessage(cause)}`, context, cause);
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    fail(`The payload of a ${memberName} frame is not a JSON object`, context);
  }
  return payload as Payload;
}

function fail(message: string, { offset, requestId }: FrameContext, cause?: unknown): never {
  throw new EventStreamDecodeError({ message, offset, requestId, cause });
}

const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));
