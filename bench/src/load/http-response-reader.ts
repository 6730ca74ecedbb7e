import { readResponseHead } from './read-response-head.js';

/** How much of the end of a body is kept for the end-of-stream check: the whole last event of either wire format. */
export const keptTailBytes = 1024;
/** A response head larger than this is not one the benchmark's targets send. */
const maximumHeadBytes = 16 * 1024;
/** Declared chunk sizes above this are refused before anything is counted. */
const maximumChunkBytes = 2 ** 31;

const headEnd = Buffer.from('\r\n\r\n');
const lineFeed = 0x0a;
const carriageReturn = 0x0d;

/**
 * Reads one HTTP/1.1 response from the bytes of a connection, as cheaply as a load generator must: it parses the
 * status line and the headers it needs, then only walks the body's framing (chunk sizes, or a content length),
 * counting the body's bytes and keeping its last {@link keptTailBytes}; it never decodes the body's events.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-7.1 (chunked transfer coding)
 */
export interface HttpResponseReader {
  /**
   * Takes the bytes `bytes[start, end)` read from the connection and returns how many of them belong to this
   * response; fewer than given means the response ended before them. Throws, naming the fault, on malformed framing.
   */
  feed(bytes: Buffer, start: number, end: number): number;
  /** For a response framed by the end of the connection: the connection closed, so the body is whole. */
  endOfConnection(): void;
  readonly status: number | undefined;
  readonly complete: boolean;
  /** Body bytes read so far (without the chunked framing). */
  readonly bodyBytes: number;
  /** Whether the connection can carry another request once the response is complete. */
  readonly reusable: boolean;
  /** Whether the body ends only when the connection does. */
  readonly endsWithConnection: boolean;
  /** The last body bytes read, as Latin-1 text (byte for byte). */
  tail(): string;
}

type Phase =
  | 'head'
  | 'chunk-size'
  | 'chunk-extension'
  | 'chunk-data'
  | 'chunk-data-end'
  | 'trailer'
  | 'length'
  | 'close'
  | 'done';

function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x61 && code <= 0x66) return code - 0x61 + 10;
  if (code >= 0x41 && code <= 0x46) return code - 0x41 + 10;
  return -1;
}

/** Creates the reader of one response. */
export function createHttpResponseReader(): HttpResponseReader {
  let phase: Phase = 'head';
  let head = Buffer.alloc(0);
  let status: number | undefined;
  let reusable = true;
  let bodyBytes = 0;
  let remaining = 0;
  let chunkSize = 0;
  let sawSizeDigit = false;
  let trailerLineLength = 0;
  const tail = Buffer.alloc(keptTailBytes * 2);
  let tailLength = 0;

  const keepTail = (bytes: Buffer, start: number, end: number) => {
    const length = end - start;
    bodyBytes += length;
    if (length >= keptTailBytes) {
      bytes.copy(tail, 0, end - keptTailBytes, end);
      tailLength = keptTailBytes;
      return;
    }
    if (tailLength + length > tail.length) {
      const retained = keptTailBytes - length;
      tail.copyWithin(0, tailLength - retained, tailLength);
      tailLength = retained;
    }
    bytes.copy(tail, tailLength, start, end);
    tailLength += length;
  };

  const startBody = (text: string) => {
    const head = readResponseHead(text);
    status = head.status;
    reusable = head.reusable;
    if (head.framing === 'chunked') {
      phase = 'chunk-size';
    } else if (head.framing === 'length') {
      remaining = head.contentLength;
      phase = remaining === 0 ? 'done' : 'length';
    } else {
      phase = 'close';
    }
  };

  const feed = (bytes: Buffer, start: number, end: number): number => {
    let index = start;
    if (phase === 'head') {
      const before = head.length;
      head = Buffer.concat([head, bytes.subarray(start, end)]);
      const found = head.indexOf(headEnd);
      if (found === -1) {
        if (head.length > maximumHeadBytes) throw new Error(`No end of the response head in ${head.length} bytes`);
        return end - start;
      }
      startBody(head.toString('latin1', 0, found));
      index = start + (found + headEnd.length - before);
      head = Buffer.alloc(0);
    }
    while (index < end && phase !== 'done') {
      switch (phase) {
        case 'length':
        case 'chunk-data': {
          const take = Math.min(remaining, end - index);
          keepTail(bytes, index, index + take);
          remaining -= take;
          index += take;
          if (remaining === 0) phase = phase === 'length' ? 'done' : 'chunk-data-end';
          break;
        }
        case 'close':
          keepTail(bytes, index, end);
          index = end;
          break;
        case 'chunk-size': {
          const code = bytes[index] ?? 0;
          index += 1;
          const digit = hexValue(code);
          if (digit >= 0) {
            chunkSize = chunkSize * 16 + digit;
            sawSizeDigit = true;
            if (chunkSize > maximumChunkBytes) throw new Error('A chunk declares more than 2 GiB');
          } else if (code === 0x3b) {
            phase = 'chunk-extension';
          } else if (code === lineFeed) {
            if (!sawSizeDigit) throw new Error('A chunk size line without a size');
            phase = chunkSize === 0 ? 'trailer' : 'chunk-data';
            remaining = chunkSize;
            chunkSize = 0;
            sawSizeDigit = false;
          } else if (code !== carriageReturn) {
            throw new Error(`Unexpected byte 0x${code.toString(16)} in a chunk size`);
          }
          break;
        }
        case 'chunk-extension':
          if (bytes[index] === lineFeed) {
            phase = chunkSize === 0 ? 'trailer' : 'chunk-data';
            remaining = chunkSize;
            chunkSize = 0;
            sawSizeDigit = false;
          }
          index += 1;
          break;
        case 'chunk-data-end': {
          const code = bytes[index] ?? 0;
          index += 1;
          if (code === lineFeed) phase = 'chunk-size';
          else if (code !== carriageReturn) throw new Error('A chunk is longer than its declared size');
          break;
        }
        case 'trailer': {
          const code = bytes[index] ?? 0;
          index += 1;
          if (code === lineFeed) {
            if (trailerLineLength === 0) phase = 'done';
            trailerLineLength = 0;
          } else if (code !== carriageReturn) {
            trailerLineLength += 1;
          }
          break;
        }
      }
    }
    return index - start;
  };

  return {
    feed,
    endOfConnection() {
      if (phase === 'close') phase = 'done';
    },
    get status() {
      return status;
    },
    get complete() {
      return phase === 'done';
    },
    get bodyBytes() {
      return bodyBytes;
    },
    get reusable() {
      return reusable;
    },
    get endsWithConnection() {
      return phase === 'close';
    },
    tail: () => tail.toString('latin1', Math.max(0, tailLength - keptTailBytes), tailLength),
  };
}
