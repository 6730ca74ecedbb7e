/**
 * `pnpm --filter @heimdall/gateway soak`: the gateway as it is deployed (`node dist/main.js`, its own process) under
 * real streaming traffic at concurrency 64 for 60 s, with 1,000 idle connections held open beside it the whole time
 * (each one the gateway closes is opened again), all on loopback. Prints the gateway process's resident memory and
 * open file descriptors and its live heap before and after, the errors real clients saw, and time to first byte. Durations and counts
 * can be made smaller for a quick look: SOAK_SECONDS, SOAK_CONCURRENCY, SOAK_IDLE.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createMockUpstream } from '@heimdall/mock-upstream';

const seconds = Number(process.env.SOAK_SECONDS ?? 60);
const concurrency = Number(process.env.SOAK_CONCURRENCY ?? 64);
const idleTarget = Number(process.env.SOAK_IDLE ?? 1_000);
const upstreamKey = 'sk-soak-upstream-key';

/** The gateway's own account of its live JavaScript heap, from its /metrics. */
async function heapUsedMb(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Math.round(Number(/^nodejs_heap_size_used_bytes (\S+)$/m.exec(text)?.[1] ?? Number.NaN) / 1024 / 1024);
}

const residentMb = (pid: number) =>
  Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);
const descriptors = (pid: number) => readdirSync(`/proc/${pid}/fd`).length;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

async function startGateway(mockUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [fileURLToPath(new URL('../dist/main.js', import.meta.url))], {
    env: {
      PATH: process.env.PATH,
      HOST: '127.0.0.1',
      PORT: '0',
      OPENAI_BASE_URL: `${mockUrl}/v1`,
      OPENAI_API_KEY: upstreamKey,
      // Every idle connection comes from this one address, with the real clients' beside them.
      HEIMDALL_MAX_CONNECTIONS_PER_ADDRESS: String(idleTarget + concurrency * 2 + 100),
      // The start-up line carries the address; the per-request lines are read and dropped.
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the gateway exited with ${code}`)));
    createInterface({ input: child.stdout ?? process.stdin }).on('line', (line) => {
      const found = /"url":"([^"]+)"/.exec(line)?.[1];
      if (found) resolve(found);
    });
  });
  return { child, url };
}

/** Keeps `target` connections open that never send a byte, opening a new one whenever the gateway closes one. */
function holdIdleConnections(url: string, target: number) {
  const { hostname, port } = new URL(url);
  const open = new Set<Socket>();
  let stopped = false;
  let reopened = 0;
  const openOne = () => {
    if (stopped) return;
    const socket = connect({ host: hostname, port: Number(port) });
    socket.on('error', () => {});
    socket.once('close', () => {
      open.delete(socket);
      if (!stopped) {
        reopened += 1;
        setTimeout(openOne, 10);
      }
    });
    open.add(socket);
  };
  for (let index = 0; index < target; index++) openOne();
  return {
    stats: () => ({ open: open.size, reopened }),
    stop: () => {
      stopped = true;
      for (const socket of open) socket.destroy();
    },
  };
}

/** One ConverseStream request over HTTP/1.1 keep-alive; resolves with its time to first byte, or rejects. */
function stream(url: string, agent: import('node:http').Agent): Promise<number> {
  const body = JSON.stringify({ messages: [{ role: 'user', content: [{ text: 'soak' }] }] });
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const outgoing = request(
      `${url}/model/openai%2Fsoak/converse-stream`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        let firstByte: number | undefined;
        response.on('data', () => {
          firstByte ??= performance.now() - started;
        });
        response.once('end', () =>
          response.statusCode === 200 && firstByte !== undefined
            ? resolve(firstByte)
            : reject(new Error(`status ${response.statusCode}`)),
        );
        response.once('error', reject);
      },
    );
    outgoing.once('error', reject);
    outgoing.end(body);
  });
}

const mock = await createMockUpstream({ apiKeys: { openai: upstreamKey } });
const { child, url } = await startGateway(mock.url);
const pid = child.pid ?? 0;
const { Agent } = await import('node:http');
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
// Warm up, so that the starting level includes the keep-alive pools and the code the requests load.
await Promise.all(Array.from({ length: concurrency }, () => stream(url, agent)));
await sleep(1_000);
const before = { rssMb: residentMb(pid), heapUsedMb: await heapUsedMb(url), fds: descriptors(pid) };

const idle = holdIdleConnections(url, idleTarget);
await sleep(2_000);
const during = { rssMb: residentMb(pid), fds: descriptors(pid), idle: idle.stats().open };
const firstBytes: number[] = [];
let errors = 0;
const deadline = performance.now() + seconds * 1_000;
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (performance.now() < deadline) {
      try {
        firstBytes.push(await stream(url, agent));
      } catch {
        errors += 1;
      }
    }
  }),
);
const peak = {
  rssMb: residentMb(pid),
  heapUsedMb: await heapUsedMb(url),
  fds: descriptors(pid),
  idleReopened: idle.stats().reopened,
};
idle.stop();
agent.destroy();
// Long enough for the gateway to notice every closed connection and its keep-alive sockets to the mock to settle.
await sleep(5_000);
const after = { rssMb: residentMb(pid), heapUsedMb: await heapUsedMb(url), fds: descriptors(pid) };

console.log(
  JSON.stringify(
    {
      seconds,
      concurrency,
      idleConnections: idleTarget,
      requests: firstBytes.length,
      errors,
      firstByteMs: { p50: percentile(firstBytes, 50), p99: percentile(firstBytes, 99) },
      gateway: { before, during, atEnd: peak, after },
    },
    null,
    2,
  ),
);
child.kill('SIGTERM');
await mock.close();
process.exit(errors === 0 ? 0 : 1);
