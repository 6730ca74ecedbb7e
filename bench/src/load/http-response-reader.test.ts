import { describe, expect, it } from 'vitest';
import { createHttpResponseReader, keptTailBytes } from './http-response-reader.js';

const chunkedHead = 'HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n';
const chunk = (text: string) => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`;
const events = ['data: {"a":1}\n\n', 'data: {"b":2}\n\n', 'data: [DONE]\n\n'];
const chunkedReply = `${chunkedHead}${events.map(chunk).join('')}0\r\n\r\n`;

/** Feeds `text` to a reader in pieces of `size` bytes, as reads off a socket would cut it. */
function feedInPieces(text: string, size: number) {
  const reader = createHttpResponseReader();
  const bytes = Buffer.from(text, 'latin1');
  let used = 0;
  for (let start = 0; start < bytes.length; start += size) {
    used += reader.feed(bytes, start, Math.min(bytes.length, start + size));
  }
  return { reader, used };
}

describe('createHttpResponseReader', () => {
  it('reads a chunked reply to its end, counting only the body’s bytes, however the reads cut it', () => {
    const body = events.join('');
    for (const size of [1, 2, 3, 7, 64, chunkedReply.length]) {
      const { reader, used } = feedInPieces(chunkedReply, size);
      expect({ size, complete: reader.complete }).toEqual({ size, complete: true });
      expect(reader.status).toBe(200);
      expect(reader.bodyBytes).toBe(Buffer.byteLength(body));
      expect(reader.tail()).toBe(body);
      expect(reader.reusable).toBe(true);
      expect(used).toBe(chunkedReply.length);
    }
  });

  it('is not complete before the terminating empty chunk', () => {
    const { reader } = feedInPieces(chunkedReply.slice(0, -5), 4);
    expect(reader.complete).toBe(false);
    expect(reader.tail().endsWith('data: [DONE]\n\n')).toBe(true);
  });

  it('says how many bytes were its own when the next reply follows in the same read', () => {
    const reader = createHttpResponseReader();
    const bytes = Buffer.from(`${chunkedReply}HTTP/1.1 200 OK\r\n`);
    expect(reader.feed(bytes, 0, bytes.length)).toBe(chunkedReply.length);
  });

  it('reads a reply framed by content-length, such as an error body', () => {
    const text = 'HTTP/1.1 404 Not Found\r\ncontent-length: 9\r\nconnection: close\r\n\r\nNot here.';
    const { reader } = feedInPieces(text, 5);
    expect(reader).toMatchObject({ complete: true, status: 404, bodyBytes: 9, reusable: false });
    expect(reader.tail()).toBe('Not here.');
  });

  it('reads a reply framed by the end of the connection only once it closes', () => {
    const { reader } = feedInPieces('HTTP/1.1 200 OK\r\n\r\nall of it', 4);
    expect(reader.complete).toBe(false);
    expect(reader.endsWithConnection).toBe(true);
    reader.endOfConnection();
    expect(reader).toMatchObject({ complete: true, bodyBytes: 9, reusable: false });
  });

  it('keeps the last bytes of a long body, enough to find the end of the stream', () => {
    const long = 'x'.repeat(5000);
    const text = `${chunkedHead}${chunk(long)}${chunk('data: [DONE]\n\n')}0\r\n\r\n`;
    const { reader } = feedInPieces(text, 300);
    expect(reader.tail()).toHaveLength(keptTailBytes);
    expect(reader.tail().endsWith(`${'x'.repeat(100)}data: [DONE]\n\n`)).toBe(true);
  });

  it('skips chunk extensions and trailers', () => {
    const text = `${chunkedHead}5;name=value\r\nhello\r\n0\r\nx-trailer: 1\r\n\r\n`;
    const { reader } = feedInPieces(text, 3);
    expect(reader).toMatchObject({ complete: true, bodyBytes: 5 });
  });

  it('refuses a chunk longer than its declared size instead of miscounting the stream', () => {
    const reader = createHttpResponseReader();
    const bytes = Buffer.from(`${chunkedHead}3\r\nhello\r\n0\r\n\r\n`);
    expect(() => reader.feed(bytes, 0, bytes.length)).toThrow(/longer than its declared size/);
  });

  it('refuses bytes that are not an HTTP response', () => {
    const reader = createHttpResponseReader();
    const bytes = Buffer.from('SSH-2.0-OpenSSH\r\n\r\n');
    expect(() => reader.feed(bytes, 0, bytes.length)).toThrow(/Not an HTTP\/1\.1 status line: SSH-2\.0-OpenSSH/);
  });
});
