import {
  constants,
  type Http2SecureServer,
  type Http2Server,
  type Http2Session,
  type ServerHttp2Stream,
  type Settings,
} from 'node:http2';
import type { ConnectionLimits } from '../config/connection-limits-schema.js';

/** The SETTINGS every HTTP/2 client is sent: how many streams it may open at once, how large their headers may be. */
export function http2Settings(limits: Pick<ConnectionLimits, 'maxConcurrentStreams' | 'maxHeaderBytes'>): Settings {
  return { maxConcurrentStreams: limits.maxConcurrentStreams, maxHeaderListSize: limits.maxHeaderBytes };
}

/**
 * The time limits of HTTP/1.1 for HTTP/2, which Node does not have: a session with no stream open is closed after
 * the keep-alive time-out (a client that sent the preface and nothing else, or whose headers never complete, has no
 * stream either); a stream whose request has not arrived whole within the request time-out is cancelled.
 */
export function limitHttp2Sessions(
  server: Http2Server | Http2SecureServer,
  limits: Pick<ConnectionLimits, 'keepAliveTimeoutMs' | 'requestTimeoutMs'>,
): void {
  server.on('session', (session: Http2Session) => {
    let openStreams = 0;
    let idleTimer: NodeJS.Timeout | undefined;
    const startIdleTimer = () => {
      idleTimer = setTimeout(() => {
        // A graceful close: GOAWAY tells a client about to send that it must reconnect, and with no stream open
        // the session and its socket go as soon as that is sent.
        session.close();
      }, limits.keepAliveTimeoutMs);
      idleTimer.unref();
    };
    startIdleTimer();
    session.on('stream', (stream: ServerHttp2Stream) => {
      openStreams += 1;
      clearTimeout(idleTimer);
      const requestTimer = setTimeout(() => {
        if (!stream.destroyed) stream.close(constants.NGHTTP2_CANCEL);
      }, limits.requestTimeoutMs);
      requestTimer.unref();
      // The request has arrived whole once its body has ended; the response may take as long as it needs.
      const requestReceived = () => clearTimeout(requestTimer);
      stream.once('end', requestReceived);
      stream.once('close', () => {
        requestReceived();
        openStreams -= 1;
        if (openStreams === 0 && !session.destroyed) startIdleTimer();
      });
    });
    session.once('close', () => clearTimeout(idleTimer));
  });
}
