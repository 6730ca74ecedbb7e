import { connect, type Socket } from 'node:net';

/** One keep-alive connection of the load generator, with whoever reads it now. */
export interface PooledConnection {
  readonly socket: Socket;
  /** `host:port`, the origin it was opened to. */
  readonly origin: string;
  /** Called with each read's bytes, `buffer[0, length)`, valid only during the call. */
  onBytes: ((buffer: Buffer, length: number) => void) | undefined;
  /** Called once when the connection ends or fails, with the failure if there was one. */
  onEnd: ((error: Error | undefined) => void) | undefined;
  open: boolean;
  idleSince: number;
}

/** Keep-alive connections by origin, for a client that sends one request at a time on each. */
export interface ConnectionPool {
  /** An idle open connection to `host:port`, or a new one. */
  acquire(host: string, port: number): PooledConnection;
  /** Puts a connection whose response is complete back for the next request. */
  release(connection: PooledConnection): void;
  /** Closes every idle connection, so the next requests open new ones. */
  closeIdle(): void;
}

/**
 * Creates the pool. Sockets read into one shared buffer (`onread`), with no stream machinery between the kernel and
 * the reader: the reader must use the bytes during its call. An idle connection older than `idleTimeoutMs` is
 * closed instead of reused, before a server's own keep-alive timeout can close it under a new request.
 */
export function createConnectionPool({ idleTimeoutMs }: { idleTimeoutMs: number }): ConnectionPool {
  const idle = new Map<string, PooledConnection[]>();
  const readBuffer = Buffer.allocUnsafe(64 * 1024);

  const open = (host: string, port: number): PooledConnection => {
    let ended = false;
    const end = (error: Error | undefined) => {
      connection.open = false;
      if (ended) return;
      ended = true;
      connection.onEnd?.(error);
    };
    const socket = connect({
      host,
      port,
      noDelay: true,
      onread: {
        buffer: readBuffer,
        callback: (length, buffer) => {
          connection.onBytes?.(buffer as Buffer, length);
          // Keep reading: returning false would pause the socket.
          return true;
        },
      },
    });
    const connection: PooledConnection = {
      socket,
      origin: `${host}:${port}`,
      onBytes: undefined,
      onEnd: undefined,
      open: true,
      idleSince: 0,
    };
    socket.on('error', (error) => end(error));
    socket.on('close', () => end(undefined));
    socket.on('end', () => {
      socket.end();
      end(undefined);
    });
    return connection;
  };

  return {
    acquire(host, port) {
      const list = idle.get(`${host}:${port}`);
      const now = performance.now();
      while (list !== undefined && list.length > 0) {
        const connection = list.pop() as PooledConnection;
        if (connection.open && now - connection.idleSince < idleTimeoutMs) return connection;
        connection.socket.destroy();
      }
      return open(host, port);
    },
    release(connection) {
      if (!connection.open) return;
      connection.onBytes = undefined;
      connection.onEnd = undefined;
      connection.idleSince = performance.now();
      const list = idle.get(connection.origin);
      if (list) list.push(connection);
      else idle.set(connection.origin, [connection]);
    },
    closeIdle() {
      for (const list of idle.values()) for (const connection of list) connection.socket.destroy();
      idle.clear();
    },
  };
}
