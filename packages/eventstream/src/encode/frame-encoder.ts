import { EventStreamCodec, type MessageHeaders } from '@smithy/core/event-streams';
import { stringToUtf8, utf8ToString } from '../codec/utf8.js';
import { memoizeHeaderFormatting } from './memoize-header-format.js';

const encodingCodec = new EventStreamCodec(utf8ToString, stringToUtf8);
memoizeHeaderFormatting(encodingCodec);

// Member names come from a small fixed set (the event and exception types); the bound only guards against a
// caller that sends endless distinct names.
const headersLimit = 64;
// One map per message type, so that finding a frame's headers builds no key string.
const messageHeaders = { event: new Map<string, MessageHeaders>(), exception: new Map<string, MessageHeaders>() };

/**
 * The headers of a frame of a given kind, built once per member name, in the order Bedrock writes them: the member
 * name (`:event-type` or `:exception-type`), then `:content-type`, then `:message-type`.
 */
function headersFor(messageType: 'event' | 'exception', memberName: string): MessageHeaders {
  const known = messageHeaders[messageType];
  let headers = known.get(memberName);
  if (!headers) {
    headers = Object.freeze({
      [`:${messageType}-type`]: Object.freeze({ type: 'string', value: memberName }),
      ':content-type': Object.freeze({ type: 'string', value: 'application/json' }),
      ':message-type': Object.freeze({ type: 'string', value: messageType }),
    }) as MessageHeaders;
    if (known.size < headersLimit) known.set(memberName, headers);
  }
  return headers;
}

/** One eventstream frame with Bedrock's headers for `memberName` and `json` as its payload. */
export function encodeJsonFrame(messageType: 'event' | 'exception', memberName: string, json: string): Uint8Array {
  return encodingCodec.encode({ headers: headersFor(messageType, memberName), body: stringToUtf8(json) });
}
