import { connect, type Socket } from 'node:net';

/** A raw TCP connection to the gateway, for clients that misbehave on purpose. */
export interface HostileSocket {
  socket: Socket;
  /** Every byte the gateway sent back, as text. */
  received(): string;
  /** Resolves once the gateway has closed the connection; rejects if it is still open after `withinMs`. */
  closed(withinMs: number): Promise<void>;
  /** Whether the connection has closed. */
  readonly isClosed: boolean;
}

/** Opens a TCP connection to the URL's host and port, optionally from a given loopback address. */
export function openHostileSocket(url: string, localAddress?: string): Promise<HostileSocket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port), ...(localAddress ? { localAddress } : {}) });
    const chunks: Buffer[] = [];
    let isClosed = false;
    const closing = new Promise<void>((done) =>
      socket.once('close', () => {
        isClosed = true;
        done();
      }),
    );
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    // A reset is one of the ways the gateway closes a connection; the tests look at whether it closed.
    socket.on('error', () => {});
    socket.once('connect', () =>
      resolve({
        socket,
        received: () => Buffer.concat(chunks).toString('latin1'),
        get isClosed() {
          return isClosed;
        },
        closed: (withinMs) =>
          new Promise<void>((done, fail) => {
            const timer = setTimeout(
              () => fail(new Error(`The gateway kept the connection open for more than ${withinMs} ms`)),
              withinMs,
            );
            void closing.then(() => {
              clearTimeout(timer);
              done();
            });
          }),
      }),
    );
    socket.once('error', reject);
  });
}

/** Writes `parts` one at a time, `pauseMs` apart, until they run out or the connection closes. */
export async function trickle(hostile: HostileSocket, parts: readonly string[], pauseMs: number): Promise<number> {
  let sent = 0;
  for (const part of parts) {
    if (hostile.isClosed) break;
    hostile.socket.write(part);
    sent += 1;
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  return sent;
}
