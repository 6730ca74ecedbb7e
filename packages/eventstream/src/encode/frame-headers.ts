/** The two kinds of frame the encoder writes. */
export type MessageType = 'event' | 'exception';

const textEncoder = new TextEncoder();
const stringHeaderType = 7;
const maximumNameBytes = 255;
const maximumValueBytes = 32_767;

// Member names come from a small fixed set (the event and exception types); the bound only guards against a
// caller that sends endless distinct names, whose headers are then formatted afresh each time.
const cachedMemberNames = 64;
// One map per message type, so that finding a frame's headers builds no key string.
const formatted = { event: new Map<string, Uint8Array>(), exception: new Map<string, Uint8Array>() };

/** Eventstream string headers as bytes: name length (1 byte), name, type 7, value length (2 bytes), value each. */
function formatStringHeaders(headers: readonly (readonly [string, string])[]): Uint8Array {
  const parts = headers.map(([name, value]) => [textEncoder.encode(name), textEncoder.encode(value)] as const);
  const bytes = new Uint8Array(parts.reduce((total, [name, value]) => total + 4 + name.length + value.length, 0));
  let offset = 0;
  for (const [name, value] of parts) {
    if (name.length > maximumNameBytes) throw new RangeError(`A header name has at most 255 bytes: ${name.length}`);
    if (value.length > maximumValueBytes)
      throw new RangeError(`A header value has at most 32767 bytes: ${value.length}`);
    bytes[offset++] = name.length;
    bytes.set(name, offset);
    offset += name.length;
    bytes[offset++] = stringHeaderType;
    bytes[offset++] = value.length >>> 8;
    bytes[offset++] = value.length & 0xff;
    bytes.set(value, offset);
    offset += value.length;
  }
  return bytes;
}

/**
 * The header bytes of a frame of a given kind, formatted once per member name, in the order Bedrock writes them:
 * the member name (`:event-type` or `:exception-type`), then `:content-type: application/json`, then
 * `:message-type`. Every frame of a kind carries the same three headers, so they are copied into each frame as they
 * are; the cached bytes are never handed out, so nothing can change them.
 */
export function frameHeaders(messageType: MessageType, memberName: string): Uint8Array {
  const known = formatted[messageType];
  let bytes = known.get(memberName);
  if (!bytes) {
    bytes = formatStringHeaders([
      [`:${messageType}-type`, memberName],
      [':content-type', 'application/json'],
      [':message-type', messageType],
    ]);
    if (known.size < cachedMemberNames) known.set(memberName, bytes);
  }
  return bytes;
}
