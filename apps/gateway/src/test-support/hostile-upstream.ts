import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EventStreamCodec } from '@smithy/core/event-streams';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';

/** One request the hostile upstream received, and the means to answer it. */
export interface HostileExchange {
  path: string;
  headers: IncomingHttpHeaders;
  response: ServerResponse;
  /** Resolves when the connection closes: the gateway let go of it (or the answer ended it). */
  closed: Promise<void>;
  /** Whether the connection is closed by now. */
  isClosed(): boolean;
}

/** How the hostile upstream answers a request; set per test. */
export type HostileBehaviour = (exchange: HostileExchange) => void | Promise<void>;

export interface HostileUpstream {
  url: string;
  exchanges: HostileExchange[];
  behave(behaviour: HostileBehaviour): void;
  close(): Promise<void>;
}

/**
 * An upstream on loopback that answers as the current test tells it to: with credentials echoed back, bodies that
 * stall or trickle, lines without end. Where the bundled mock speaks the wire formats faithfully, this one breaks
 * them on purpose.
 */
export async function startHostileUpstream(): Promise<HostileUpstream> {
  const exchanges: HostileExchange[] = [];
  let behaviour: HostileBehaviour = ({ response }) => void response.writeHead(500).end();
  const server = createServer((request, response) => {
    let closed = false;
    const whenClosed = new Promise<void>((resolve) =>
      request.socket.once('close', () => {
        closed = true;
        resolve();
      }),
    );
    const exchange: HostileExchange = {
      path: request.url ?? '',
      headers: request.headers,
      response,
      closed: whenClosed,
      isClosed: () => closed,
    };
    exchanges.push(exchange);
    request.resume();
    request.once('end', () => void behaviour(exchange));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    exchanges,
    behave: (next) => {
      behaviour = next;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

const codec = new EventStreamCodec(toUtf8, fromUtf8);

/** An eventstream frame of any `:message-type` and type, with a JSON payload, CRCs and all, as the AWS codec writes it. */
export function eventStreamFrame(
  messageType: 'event' | 'exception',
  type: string,
  payload: Record<string, unknown>,
): Uint8Array {
  const typeHeader = messageType === 'event' ? ':event-type' : ':exception-type';
  return codec.encode({
    headers: {
      [typeHeader]: { type: 'string', value: type },
      ':content-type': { type: 'string', value: 'application/json' },
      ':message-type': { type: 'string', value: messageType },
    },
    body: fromUtf8(JSON.stringify(payload)),
  });
}

/** Writes each piece while the connection is open, waiting whenever the reader is behind; resolves with the bytes sent. */
export async function writeWhileOpen(exchange: HostileExchange, pieces: Iterable<Uint8Array>): Promise<number> {
  let written = 0;
  for (const piece of pieces) {
    if (exchange.isClosed()) break;
    written += piece.length;
    if (!exchange.response.write(piece)) {
      await Promise.race([new Promise((resolve) => exchange.response.once('drain', resolve)), exchange.closed]);
    }
  }
  return written;
}

/** An eventstream `error` frame: its code and message in headers, with no payload. */
export function eventStreamErrorFrame(code: string, message: string): Uint8Array {
  return codec.encode({
    headers: {
      ':error-code': { type: 'string', value: code },
      ':error-message': { type: 'string', value: message },
      ':message-type': { type: 'string', value: 'error' },
    },
    body: new Uint8Array(0),
  });
}
