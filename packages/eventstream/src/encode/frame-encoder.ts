import { EventStreamCodec, type MessageHeaders } from '@smithy/core/event-streams';
import { stringToUtf8, utf8ToString } from '../codec/utf8.js';

// Header names and values come from a small fixed set (the event and exception types), so their bytes are worth
// keeping; the bound only guards against a caller that sends endless distinct names.
const headerBytesLimit = 64;
const headerBytes = new Map<string, Uint8Array>();

function cachedStringToUtf8(text: string): Uint8Array {
  let bytes = headerBytes.get(text);
  if (!bytes) {
    bytes = stringToUtf8(text);
    if (headerBytes.size < headerBytesLimit) headerBytes.set(text, bytes);
  }
  return bytes;
}

// The codec copies the header bytes into each frame, so handing it the same cached bytes every time is safe.
const encodingCodec = new EventStreamCodec(utf8ToString, cachedStringToUtf8);

const messageHeaders = new Map<string, MessageHeaders>();

/**
 * The headers of a frame of a given kind, built once per member name, in the order Bedrock writes them: the member
 * name (`:event-type` or `:exception-type`), then `:content-type`, then `:message-type`.
 */
function headersFor(messageType: 'event' | 'exception', memberName: string): MessageHeaders {
  const key = `${messageType}:${memberName}`;
  let headers = messageHeaders.get(key);
  if (!headers) {
    headers = {
      [`:${messageType}-type`]: { type: 'string', value: memberName },
      ':content-type': { type: 'string', value: 'application/json' },
      ':message-type': { type: 'string', value: messageType },
    };
    if (messageHeaders.size < headerBytesLimit) messageHeaders.set(key, headers);
  }
  return headers;
}

/** One eventstream frame with Bedrock's headers for `memberName` and `json` as its payload. */
export function encodeJsonFrame(messageType: 'event' | 'exception', memberName: string, json: string): Uint8Array {
  return encodingCodec.encode({ headers: headersFor(messageType, memberName), body: stringToUtf8(json) });
}
