import type { Server, Socket } from 'node:net';
import type { ConnectionLimits } from '../config/connection-limits-schema.js';

/**
 * Caps open connections per process and per client address. A connection over either cap is closed at once, before
 * a byte of it is read: file descriptors stay available to the requests already in flight and to the upstream calls
 * they make.
 */
export function capConnections(
  server: Server,
  limits: Pick<ConnectionLimits, 'maxConnections' | 'maxConnectionsPerAddress'>,
): void {
  // Node refuses connections over this count itself, before any 'connection' listener runs.
  server.maxConnections = limits.maxConnections;
  const openByAddress = new Map<string, number>();
  server.prependListener('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    const open = openByAddress.get(address) ?? 0;
    if (open >= limits.maxConnectionsPerAddress) {
      socket.destroy();
      return;
    }
    openByAddress.set(address, open + 1);
    socket.once('close', () => {
      const remaining = (openByAddress.get(address) ?? 1) - 1;
      if (remaining === 0) openByAddress.delete(address);
      else openByAddress.set(address, remaining);
    });
  });
}
