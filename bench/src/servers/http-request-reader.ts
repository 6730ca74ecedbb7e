/** What the replay upstream needs of a request: where it goes, and whether the client keeps the connection. */
export interface ReadRequest {
  method: string;
  /** The request target without its query string. */
  path: string;
  keepAlive: boolean;
  /** Bytes of the buffer the request took, head and body. */
  length: number;
}

/** A request head or body larger than this is not one the benchmark's targets send. */
export const maximumRequestBytes = 1024 * 1024;

const headEnd = Buffer.from('\r\n\r\n');

/**
 * Where the chunked body starting at `start` ends, or undefined while it is incomplete; its bytes are skipped, not
 * kept, since the replay upstream answers every request of a route alike.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-7.1
 */
function endOfChunkedBody(bytes: Buffer, start: number): number | undefined {
  let index = start;
  for (;;) {
    const lineEnd = bytes.indexOf('\r\n', index);
    if (lineEnd === -1) return undefined;
    const size = Number.parseInt(bytes.toString('latin1', index, lineEnd).split(';')[0] ?? '', 16);
    if (!(Number.isInteger(size) && size >= 0)) throw new Error('A request chunk without a valid size');
    if (size > maximumRequestBytes) throw new Error(`A request chunk declares ${size} bytes`);
    if (size === 0) {
      // Trailer lines, if any, end with an empty line.
      const trailerEnd = bytes.indexOf(headEnd, lineEnd);
      if (bytes.indexOf('\r\n', lineEnd + 2) === lineEnd + 2) return lineEnd + 4;
      return trailerEnd === -1 ? undefined : trailerEnd + 4;
    }
    index = lineEnd + 2 + size + 2;
    if (index > bytes.length) return undefined;
  }
}

/**
 * Reads the first request of `bytes` (what a connection has sent and the server has not answered yet): its method,
 * path and keep-alive, and how many bytes it took. Undefined while it is incomplete. Throws, naming the fault, on a
 * request that is malformed or too large, rather than waiting for bytes that will never make sense.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-6.3 (how a request body's length is known)
 */
export function readRequest(bytes: Buffer): ReadRequest | undefined {
  const found = bytes.indexOf(headEnd);
  if (found === -1) {
    if (bytes.length > maximumRequestBytes) throw new Error(`No end of the request head in ${bytes.length} bytes`);
    return undefined;
  }
  const lines = bytes.toString('latin1', 0, found).split('\r\n');
  const requestLine = /^([A-Z]+) (\S+) HTTP\/1\.([01])$/.exec(lines[0] ?? '');
  if (!requestLine) throw new Error(`Not an HTTP/1.1 request line: ${(lines[0] ?? '').slice(0, 80)}`);
  const [, method = '', target = '', minor = '1'] = requestLine;
  let keepAlive = minor === '1';
  let contentLength = 0;
  let chunked = false;
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line
      .slice(colon + 1)
      .trim()
      .toLowerCase();
    if (name === 'content-length') contentLength = Number(value);
    else if (name === 'transfer-encoding') chunked = value.split(',').some((coding) => coding.trim() === 'chunked');
    else if (name === 'connection') {
      const options = value.split(',').map((option) => option.trim());
      if (options.includes('close')) keepAlive = false;
      else if (options.includes('keep-alive')) keepAlive = true;
    }
  }
  if (!(Number.isInteger(contentLength) && contentLength >= 0 && contentLength <= maximumRequestBytes)) {
    throw new Error(`Invalid or too large content-length: ${contentLength}`);
  }
  const bodyStart = found + headEnd.length;
  const end = chunked ? endOfChunkedBody(bytes, bodyStart) : bodyStart + contentLength;
  if (end === undefined || end > bytes.length) {
    if (bytes.length > maximumRequestBytes) throw new Error(`A request larger than ${maximumRequestBytes} bytes`);
    return undefined;
  }
  return { method, path: target.split('?')[0] ?? target, keepAlive, length: end };
}
