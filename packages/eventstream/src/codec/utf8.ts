import { nodeBuiltin } from './node-builtin.js';

type BufferView = Uint8Array & { toString(encoding: 'utf8'): string };
interface NodeBuffers {
  Buffer: { from(buffer: ArrayBufferLike, byteOffset: number, length: number): BufferView };
  isUtf8(bytes: Uint8Array): boolean;
}

// `fatal` so that bytes which are not UTF-8 fail the frame instead of turning into U+FFFD.
const textDecoder = new TextDecoder('utf-8', { fatal: true });

// Node, Deno and Bun check UTF-8 natively (`isUtf8`) and then decode it without a second check, which is faster
// than a fatal TextDecoder; browsers and edge runtimes, without `node:buffer`, use the TextDecoder.
const nodeBuffers = nodeBuiltin<NodeBuffers>('node:buffer');
const NodeBuffer = typeof nodeBuffers?.isUtf8 === 'function' ? nodeBuffers.Buffer : undefined;
const isUtf8 = nodeBuffers?.isUtf8;

/** The bytes `start`–`end` of `bytes` as a string, failing with a TypeError on bytes that are not UTF-8. */
export function utf8Text(bytes: Uint8Array, start: number, end: number): string {
  if (NodeBuffer && isUtf8) {
    const view = NodeBuffer.from(bytes.buffer, bytes.byteOffset + start, end - start);
    if (!isUtf8(view)) throw new TypeError('The encoded data was not valid for encoding utf-8');
    return view.toString('utf8');
  }
  return textDecoder.decode(bytes.subarray(start, end));
}

// Header names and values repeat in every frame (`:event-type`, `contentBlockDelta`, `application/json`, …), so the
// strings of short ones are kept and found again by comparing bytes in place, which is cheaper than decoding them
// afresh and hands out the same string each time. The bounds keep a stream of ever-new header values from growing it.
const cachedHeaderLength = 32;
const cachedHeaderCount = 128;
const headerTexts: { bytes: Uint8Array; text: string }[][] = Array.from({ length: cachedHeaderLength + 1 }, () => []);
let headerTextCount = 0;

function sameBytes(known: Uint8Array, bytes: Uint8Array, start: number): boolean {
  for (let index = 0; index < known.length; index++) if (known[index] !== bytes[start + index]) return false;
  return true;
}

/** {@link utf8Text} for header names and values, reusing the strings of the ones seen before. */
export function headerText(bytes: Uint8Array, start: number, end: number): string {
  const candidates = headerTexts[end - start];
  if (!candidates) return utf8Text(bytes, start, end);
  for (const candidate of candidates) if (sameBytes(candidate.bytes, bytes, start)) return candidate.text;
  const text = utf8Text(bytes, start, end);
  if (headerTextCount < cachedHeaderCount) {
    candidates.push({ bytes: bytes.slice(start, end), text });
    headerTextCount++;
  }
  return text;
}
