import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, Socket } from 'node:net';

/** Where Debian's `redis-server` package puts the binary; `REDIS_SERVER` points elsewhere. */
const redisServerBinary = process.env.REDIS_SERVER ?? '/usr/bin/redis-server';

/**
 * Whether tests that need Redis can run. In CI a missing binary is an error, never a skip: `.ci/run` installs it.
 */
export function redisServerAvailable(): boolean {
  if (existsSync(redisServerBinary)) return true;
  if (process.env.CI === 'true') {
    throw new Error(
      `redis-server is not installed at ${redisServerBinary}; CI must install it (apt-get install redis-server)`,
    );
  }
  return false;
}

export interface RedisServer {
  url: string;
  port: number;
  /** Kills the server (SIGKILL, as a crash would), keeping its port for {@link RedisServer.start}. */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty: nothing is saved. */
  start(): Promise<void>;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

const answersPing = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = new Socket();
    socket.once('error', () => resolve(false));
    socket.connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
  });

/** A real `redis-server` on a free loopback port, saving nothing, for one test file. */
export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    const spawned = spawn(
      redisServerBinary,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    child = spawned;
    const exited = new Promise<never>((_, reject) =>
      spawned.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`))),
    );
    exited.catch(() => {});
    for (;;) {
      if (await Promise.race([answersPing(port), exited])) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const kill = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, port, kill, start, close: kill };
}
