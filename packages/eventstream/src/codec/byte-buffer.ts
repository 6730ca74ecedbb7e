/**
 * Bytes to write frames into. Node, Deno and Bun have `Buffer`, whose pooled `allocUnsafe` and native UTF-8
 * `write` are several times faster than `new Uint8Array` and `TextEncoder.encodeInto`; browsers and edge runtimes
 * get the standard equivalents. Every byte of an allocation is written before it is handed out, so the unzeroed
 * memory of `allocUnsafe` never shows.
 */
export interface ByteBuffer extends Uint8Array {
  /** Writes `text` as UTF-8 at `offset`, returning the number of bytes written. */
  write(text: string, offset: number, encoding: 'utf8'): number;
}

interface BufferClass {
  allocUnsafe(length: number): ByteBuffer;
  byteLength(text: string, encoding: 'utf8'): number;
}

const NodeBuffer = (globalThis as { Buffer?: BufferClass }).Buffer;
const textEncoder = new TextEncoder();

/** A standard `Uint8Array` with {@link ByteBuffer}'s `write`, for runtimes without `Buffer`. */
export class PortableByteBuffer extends Uint8Array implements ByteBuffer {
  write(text: string, offset: number): number {
    return textEncoder.encodeInto(text, this.subarray(offset)).written;
  }
}

/** The number of bytes of `text` in UTF-8 (a lone surrogate counts as the 3 bytes of U+FFFD it is written as). */
export function portableUtf8Length(text: string): number {
  let length = text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) continue;
    if (code < 0x800) length += 1;
    else if (code >= 0xd800 && code < 0xdc00 && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      length += 2;
      index++;
    } else length += 2;
  }
  return length;
}

/** Uninitialised bytes to write into. */
export const allocateByteBuffer: (length: number) => ByteBuffer = NodeBuffer
  ? (length) => NodeBuffer.allocUnsafe(length)
  : (length) => new PortableByteBuffer(length);

/** The number of bytes `text` takes in UTF-8. */
export const utf8Length: (text: string) => number = NodeBuffer
  ? (text) => NodeBuffer.byteLength(text, 'utf8')
  : portableUtf8Length;

/**
 * The written bytes as a plain `Uint8Array` over the same memory, so that callers get the type they were promised
 * (a `Buffer`'s `slice` shares memory and its `toString` decodes, unlike a `Uint8Array`'s).
 */
export function plainBytes(buffer: ByteBuffer, length = buffer.length): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
}
