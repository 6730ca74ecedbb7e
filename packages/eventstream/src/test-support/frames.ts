import { EventStreamCodec, type MessageHeaders } from '@smithy/core/event-streams';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';

/** Smithy's codec with Smithy's own UTF-8 functions: an independent writer of test frames. */
export const referenceCodec = new EventStreamCodec(toUtf8, fromUtf8);

const text = (value: string) => ({ type: 'string' as const, value });

/** A frame with any headers and payload, for frames Bedrock would never send. */
export function frameOf(headers: MessageHeaders, payload: string): Uint8Array {
  return referenceCodec.encode({ headers, body: fromUtf8(payload) });
}

/** An event frame as Bedrock writes one. */
export function eventFrame(eventType: string, payload: unknown): Uint8Array {
  return frameOf(
    { ':event-type': text(eventType), ':content-type': text('application/json'), ':message-type': text('event') },
    JSON.stringify(payload),
  );
}

/** An exception frame as Bedrock writes one. */
export function exceptionFrame(exceptionType: string, payload: unknown): Uint8Array {
  return frameOf(
    {
      ':exception-type': text(exceptionType),
      ':content-type': text('application/json'),
      ':message-type': text('exception'),
    },
    JSON.stringify(payload),
  );
}

/** An error frame, the eventstream's own kind of failure, with no payload. */
export function errorFrame(code: string, message: string): Uint8Array {
  return frameOf({ ':error-code': text(code), ':error-message': text(message), ':message-type': text('error') }, '');
}

/** The frames of a body, each as a view of it, split by their declared lengths. */
export function splitFrames(body: Uint8Array): Uint8Array[] {
  const frames: Uint8Array[] = [];
  for (let start = 0; start < body.length; ) {
    const length = new DataView(body.buffer, body.byteOffset + start, 4).getUint32(0);
    frames.push(body.subarray(start, start + length));
    start += length;
  }
  return frames;
}

/** The decoded headers (name → value) and JSON payload text of one frame. */
export function readFrame(frame: Uint8Array): { headers: [string, unknown][]; payload: string } {
  const message = referenceCodec.decode(frame);
  return {
    headers: Object.entries(message.headers).map(([name, header]) => [name, header.value]),
    payload: toUtf8(message.body),
  };
}
