import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy on loopback in front of a real server, for tests that need that server to become slow or unreachable
 * mid-run without stopping it: `stall` holds every byte, `cut` drops every connection and refuses new ones.
 */
export interface TcpProxy {
  readonly port: number;
  /** Bytes stop flowing both ways (connections stay open): the server looks hung. */
  stall(): void;
  /** Every connection is dropped and new ones are closed at once: the server looks down. */
  cut(): void;
  /** Back to forwarding; stalled bytes flow again. */
  restore(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const pairs = new Set<[Socket, Socket]>();
  let mode: 'forward' | 'stall' | 'cut' = 'forward';
  const server: Server = createServer((client) => {
    if (mode === 'cut') {
      client.destroy();
      return;
    }
    const upstream = connect(target.port, target.host);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    const drop = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream);
    upstream.pipe(client);
    if (mode === 'stall') {
      client.pause();
      upstream.pause();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('The proxy has no port');
  const eachSocket = (run: (socket: Socket) => void) => {
    for (const pair of pairs) for (const socket of pair) run(socket);
  };
  return {
    port: address.port,
    stall() {
      mode = 'stall';
      eachSocket((socket) => {
        socket.unpipe();
        socket.pause();
      });
    },
    cut() {
      mode = 'cut';
      eachSocket((socket) => socket.destroy());
    },
    restore() {
      if (mode === 'stall') {
        for (const [client, upstream] of pairs) {
          client.pipe(upstream);
          upstream.pipe(client);
          client.resume();
          upstream.resume();
        }
      }
      mode = 'forward';
    },
    close: () =>
      new Promise<void>((resolve) => {
        eachSocket((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
}
