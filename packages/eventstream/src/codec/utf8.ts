const textEncoder = new TextEncoder();
// `fatal` so that bytes which are not UTF-8 fail the frame instead of turning into U+FFFD.
const textDecoder = new TextDecoder('utf-8', { fatal: true });

// Header names and values are short ASCII strings; building them char by char is far cheaper than a TextDecoder call.
const shortAsciiLimit = 64;

/** Bytes to a string, failing on bytes that are not UTF-8. */
export function utf8ToString(bytes: Uint8Array): string {
  if (bytes.length <= shortAsciiLimit) {
    let text = '';
    for (let index = 0; index < bytes.length; index++) {
      const byte = bytes[index] as number;
      if (byte >= 0x80) return textDecoder.decode(bytes);
      text += String.fromCharCode(byte);
    }
    return text;
  }
  return textDecoder.decode(bytes);
}

/** A string to its UTF-8 bytes. */
export function stringToUtf8(text: string): Uint8Array {
  return textEncoder.encode(text);
}
