import { readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttp2Server, createSecureServer, type Http2Session } from 'node:http2';
import type { AddressInfo, Server, Socket } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { ConnectionLimits } from '../config/connection-limits-schema.js';
import type { ServerSettings } from '../config/server-schema.js';
import { capConnections } from './connection-caps.js';
import { http2Settings, limitHttp2Sessions } from './http2-session-limits.js';
import { createProtocolSniffingServer } from './protocol-sniffing-server.js';

/** How long streams cut by shutdown get to write their closing exception frame. */
const finalFrameMs = 1_000;

export interface GatewayServer {
  /** Starts listening; resolves with the address actually bound (port 0 picks a free one). */
  listen(): Promise<AddressInfo>;
  /**
   * Stops accepting connections, lets requests in flight finish for up to `graceMs`, then closes what is left.
   * `isIdle` tells when nothing is in flight any more; `onGraceExpired` lets streams still running end properly
   * (they get a moment to write their last frame) before their connections are closed.
   */
  close(options: { graceMs: number; isIdle: () => boolean; onGraceExpired?: () => void }): Promise<void>;
}

/** Node's HTTP/1 time limits; its checking timer runs often enough to apply them within a quarter of the shortest. */
function http1Limits(limits: ConnectionLimits) {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 4))),
  };
}

/**
 * The HTTP server for a fetch handler: HTTP/1.1 and cleartext HTTP/2 on one port, or, with a certificate, TLS with
 * ALPN offering h2 and http/1.1. Every connection is held to the same {@link ConnectionLimits}, whichever protocol
 * it speaks.
 */
export function createGatewayServer(
  fetch: (request: Request) => Response | Promise<Response>,
  settings: Pick<ServerSettings, 'host' | 'port' | 'tls' | 'connections'>,
): GatewayServer {
  const limits = settings.connections;
  const listener = getRequestListener(fetch);
  const sockets = new Set<Socket>();
  const sessions = new Set<Http2Session>();
  const trackSession = (session: Http2Session) => {
    sessions.add(session);
    session.once('close', () => sessions.delete(session));
  };

  let server: Server;
  let closeIdle = () => {};
  if (settings.tls) {
    const secure = createSecureServer(
      {
        cert: readFileSync(settings.tls.certFile),
        key: readFileSync(settings.tls.keyFile),
        allowHTTP1: true,
        ALPNProtocols: ['h2', 'http/1.1'],
        handshakeTimeout: limits.firstByteTimeoutMs,
        settings: http2Settings(limits),
      },
      listener,
    );
    // HTTP/1.1 over TLS is served by this server's own HTTP/1 fallback, which reads its limits from these fields.
    Object.assign(secure, { ...http1Limits(limits), maxHeaderSize: limits.maxHeaderBytes });
    secure.on('session', trackSession);
    limitHttp2Sessions(secure, limits);
    server = secure;
  } else {
    const http1 = createHttpServer({ ...http1Limits(limits), maxHeaderSize: limits.maxHeaderBytes }, listener);
    const http2 = createHttp2Server({ settings: http2Settings(limits) }, listener);
    http2.on('session', trackSession);
    limitHttp2Sessions(http2, limits);
    closeIdle = () => http1.closeIdleConnections();
    server = createProtocolSniffingServer(http1, http2, limits.firstByteTimeoutMs);
  }
  capConnections(server, limits);
  server.on('connection', (socket: Socket) => {
    // Each event is written as soon as it exists; Nagle's algorithm would hold small frames back for an ACK.
    socket.setNoDelay(true);
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  return {
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(settings.port, settings.host, () => {
          server.off('error', reject);
          resolve(server.address() as AddressInfo);
        });
      }),
    async close({ graceMs, isIdle, onGraceExpired }) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // HTTP/2 clients are told to open no new streams; streams in flight go on.
      for (const session of sessions) session.close();
      const waitUntilIdle = async (deadline: number) => {
        while (!isIdle() && Date.now() < deadline) {
          closeIdle();
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
      };
      await waitUntilIdle(Date.now() + graceMs);
      if (!isIdle() && onGraceExpired) {
        onGraceExpired();
        await waitUntilIdle(Date.now() + finalFrameMs);
      }
      closeIdle();
      for (const session of sessions) session.destroy();
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
