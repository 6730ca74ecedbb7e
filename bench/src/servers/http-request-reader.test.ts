import { describe, expect, it } from 'vitest';
import { readRequest } from './http-request-reader.js';

const body = '{"model":"bench"}';
const withLength = `POST /v1/chat/completions?x=1 HTTP/1.1\r\nhost: a\r\ncontent-length: ${body.length}\r\n\r\n${body}`;

describe('readRequest', () => {
  it('reads the method, the path without its query, and the bytes the request took', () => {
    expect(readRequest(Buffer.from(`${withLength}POST /next`))).toEqual({
      method: 'POST',
      path: '/v1/chat/completions',
      keepAlive: true,
      length: withLength.length,
    });
  });

  it('waits for the whole body before answering', () => {
    expect(readRequest(Buffer.from(withLength.slice(0, -3)))).toBeUndefined();
    expect(readRequest(Buffer.from('POST / HTTP/1.1\r\nhost: a\r\n'))).toBeUndefined();
  });

  it('finds the end of a chunked body, trailers or not', () => {
    const chunked = `POST /model/bench/converse-stream HTTP/1.1\r\ntransfer-encoding: chunked\r\n\r\n5\r\nhello\r\n3\r\nabc\r\n0\r\n\r\n`;
    expect(readRequest(Buffer.from(chunked))?.length).toBe(chunked.length);
    expect(readRequest(Buffer.from(chunked.slice(0, -2)))).toBeUndefined();
    const trailed = `${chunked.slice(0, -2)}x-check: 1\r\n\r\n`;
    expect(readRequest(Buffer.from(trailed))?.length).toBe(trailed.length);
  });

  it('honours a client that closes the connection after the reply', () => {
    const closing = 'POST / HTTP/1.1\r\nconnection: close\r\ncontent-length: 0\r\n\r\n';
    expect(readRequest(Buffer.from(closing))?.keepAlive).toBe(false);
  });

  it('names what is wrong with a request it cannot read', () => {
    expect(() => readRequest(Buffer.from('hello\r\n\r\n'))).toThrow('Not an HTTP/1.1 request line: hello');
    expect(() => readRequest(Buffer.from('POST / HTTP/1.1\r\ncontent-length: -4\r\n\r\n'))).toThrow(
      'Invalid or too large content-length: -4',
    );
  });
});
