/** What a load generator needs of a response head: the status, how the body is framed, and keep-alive. */
export interface ResponseHead {
  status: number;
  /** `chunked` transfer coding, a `content-length`, or neither: the body ends with the connection. */
  framing: 'chunked' | 'length' | 'close';
  contentLength: number;
  /** Whether the connection can carry another request after this response. */
  reusable: boolean;
}

/**
 * Reads the status line and the framing headers of an HTTP/1.1 response head (the text before its blank line).
 * Throws, naming the fault, on a head that is not HTTP or declares an impossible length.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-6.3 (how a message body's length is known)
 */
export function readResponseHead(text: string): ResponseHead {
  const lines = text.split('\r\n');
  const statusLine = /^HTTP\/1\.([01]) (\d{3})/.exec(lines[0] ?? '');
  if (!statusLine) throw new Error(`Not an HTTP/1.1 status line: ${(lines[0] ?? '').slice(0, 80)}`);
  let reusable = statusLine[1] === '1';
  let chunked = false;
  let contentLength: number | undefined;
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line
      .slice(colon + 1)
      .trim()
      .toLowerCase();
    const options = value.split(',').map((option) => option.trim());
    if (name === 'transfer-encoding') chunked = options.includes('chunked');
    else if (name === 'content-length') contentLength = Number(value);
    else if (name === 'connection' && options.includes('close')) reusable = false;
  }
  const status = Number(statusLine[2]);
  if (chunked) return { status, framing: 'chunked', contentLength: 0, reusable };
  if (contentLength === undefined) return { status, framing: 'close', contentLength: 0, reusable: false };
  if (!(Number.isInteger(contentLength) && contentLength >= 0)) {
    throw new Error(`Invalid content-length: ${contentLength}`);
  }
  return { status, framing: 'length', contentLength, reusable };
}
