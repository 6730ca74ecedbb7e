import { connect, createServer } from 'node:net';
import type { ManagedProcess } from './managed-process.js';
import { describeUnexpectedExit } from './process-group.js';

/** A port on 127.0.0.1 that was free a moment ago, for a program that takes its port from the command line. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : undefined;
      server.close(() => (port === undefined ? reject(new Error('No port was assigned')) : resolve(port)));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Waits until `port` accepts connections; fails early if `owner` ends, and after `timeoutMs` in any case. */
export async function waitForPort({
  port,
  owner,
  timeoutMs = 20_000,
}: {
  port: number;
  owner: ManagedProcess;
  timeoutMs?: number;
}): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (owner.exitStatus()) throw new Error(describeUnexpectedExit(owner));
    if (await canConnect(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `${owner.name} did not listen on port ${port} within ${timeoutMs} ms. Its last output:\n${owner.logTail()}`,
  );
}

/** Waits for the first IPC message `accept` returns a value for; fails if `owner` ends or after `timeoutMs`. */
export function waitForMessage<T>({
  owner,
  accept,
  timeoutMs = 20_000,
}: {
  owner: ManagedProcess;
  accept: (message: unknown) => T | undefined;
  timeoutMs?: number;
}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      finish();
      reject(
        new Error(
          `${owner.name} sent no expected message within ${timeoutMs} ms. Its last output:\n${owner.logTail()}`,
        ),
      );
    }, timeoutMs);
    const stopListening = owner.onMessage((message) => {
      const accepted = accept(message);
      if (accepted === undefined) return;
      finish();
      resolve(accepted);
    });
    let settled = false;
    owner.exited.then(() => {
      if (settled) return;
      finish();
      reject(new Error(describeUnexpectedExit(owner)));
    });
    function finish() {
      settled = true;
      clearTimeout(timer);
      stopListening();
    }
  });
}
