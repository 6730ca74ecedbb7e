import type { Server as HttpServer } from 'node:http';
import type { Http2Server } from 'node:http2';
import { createServer, type Server, type Socket } from 'node:net';

/** What every HTTP/2 connection starts with when the client knows the server speaks it ("prior knowledge"). */
const http2Preface = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n');

/**
 * One TCP port for HTTP/1.1 and cleartext HTTP/2. Node's `http2` server falls back to HTTP/1.1 only over TLS (by
 * ALPN), while the AWS SDK for JavaScript opens cleartext HTTP/2 with prior knowledge and most other clients speak
 * HTTP/1.1; so each connection's first bytes decide which server takes it. A connection that has not told which
 * protocol it speaks within `sniffTimeoutMs` (nothing sent, or a preface cut short) is closed: until it is handed
 * over, neither server's own time limits apply to it.
 * @see https://www.rfc-editor.org/rfc/rfc9113#name-starting-http-2-with-prior-
 */
export function createProtocolSniffingServer(http1: HttpServer, http2: Http2Server, sniffTimeoutMs: number): Server {
  const server = createServer({ noDelay: true, keepAlive: true }, (socket: Socket) => {
    let received: Buffer = Buffer.alloc(0);
    const sniffTimer = setTimeout(() => socket.destroy(), sniffTimeoutMs);
    sniffTimer.unref();
    socket.once('close', () => clearTimeout(sniffTimer));
    const onData = (chunk: Buffer) => {
      received = received.length === 0 ? chunk : Buffer.concat([received, chunk]);
      const compared = Math.min(received.length, http2Preface.length);
      const looksLikeHttp2 = received.subarray(0, compared).equals(http2Preface.subarray(0, compared));
      if (looksLikeHttp2 && received.length < http2Preface.length) return;
      clearTimeout(sniffTimer);
      socket.removeListener('data', onData);
      socket.pause();
      socket.unshift(received);
      if (looksLikeHttp2) {
        http2.emit('connection', socket);
      } else {
        http1.emit('connection', socket);
        // The HTTP/1 parser reads through 'data' events; without this the unshifted bytes are never delivered.
        socket.resume();
      }
    };
    socket.on('data', onData);
    socket.on('error', () => socket.destroy());
  });
  // Node's HTTP/1 server checks its header and request time-outs on a timer it starts only when it listens itself;
  // here the sniffing server listens for it, so the timer starts (and stops) with this one.
  server.on('listening', () => http1.emit('listening'));
  server.on('close', () => http1.close());
  return server;
}
