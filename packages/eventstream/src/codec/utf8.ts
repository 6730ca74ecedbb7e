const textEncoder = new TextEncoder();
// `fatal` so that bytes which are not UTF-8 fail the frame instead of turning into U+FFFD.
const textDecoder = new TextDecoder('utf-8', { fatal: true });

/** Bytes to a string, failing on bytes that are not UTF-8. */
export function utf8ToString(bytes: Uint8Array): string {
  return textDecoder.decode(bytes);
}

/** A string to its UTF-8 bytes. */
export function stringToUtf8(text: string): Uint8Array {
  return textEncoder.encode(text);
}

// Header names and values repeat in every frame (`:event-type`, `contentBlockDelta`, `application/json`, …), so the
// strings of short ones are kept and found again by comparing bytes, which is cheaper than decoding them afresh and
// hands the codec the same string each time. The bounds keep a stream of ever-new header values from growing it.
const cachedHeaderLength = 32;
const cachedHeaderCount = 128;
const headerTexts: { bytes: Uint8Array; text: string }[][] = Array.from({ length: cachedHeaderLength + 1 }, () => []);
let headerTextCount = 0;

function sameBytes(left: Uint8Array, right: Uint8Array): boolean {
  for (let index = 0; index < left.length; index++) if (left[index] !== right[index]) return false;
  return true;
}

/** {@link utf8ToString} for header names and values, reusing the strings of the ones seen before. */
export function headerUtf8ToString(bytes: Uint8Array): string {
  const candidates = headerTexts[bytes.length];
  if (!candidates) return textDecoder.decode(bytes);
  for (const candidate of candidates) if (sameBytes(candidate.bytes, bytes)) return candidate.text;
  const text = textDecoder.decode(bytes);
  if (headerTextCount < cachedHeaderCount) {
    candidates.push({ bytes: bytes.slice(), text });
    headerTextCount++;
  }
  return text;
}
