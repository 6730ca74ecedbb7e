import cluster, { type Worker } from 'node:cluster';
import { benchmarkTimings } from '@heimdall/mock-upstream';
import { findFreePort } from '../processes/network.js';
import { recordBenchmarkReplies } from './record-benchmark-replies.js';
import { createReplayUpstream } from './replay-upstream.js';
import { isUseTimingMessage, type ServerReadyMessage, type UseTimingMessage } from './server-messages.js';

/**
 * The benchmark's upstream as its own processes: the bundled mock's fixed reply (64 chunks of about four tokens,
 * then usage), recorded once at start-up and replayed byte for byte at the pace the benchmark asks for over IPC.
 * Two workers share the port (the primary only relays the pace), so that reading the upstream directly is limited
 * by the machine, not by one process: otherwise a proxy in front could look as fast as no proxy at all.
 */
const upstreamWorkers = 2;

/** Ends the process visibly on a message it does not understand: that is a bug of the benchmark. */
function refuse(message: unknown): never {
  process.stderr.write(`Unknown message: ${JSON.stringify(message)}\n`);
  process.exit(1);
}

async function runWorker(): Promise<void> {
  const replies = await recordBenchmarkReplies();
  const upstream = await createReplayUpstream({
    replies,
    pace: benchmarkTimings.instant,
    port: Number(process.env.REPLAY_UPSTREAM_PORT),
  });
  process.on('message', (message: unknown) => {
    if (!isUseTimingMessage(message) || !(message.timing in benchmarkTimings)) refuse(message);
    upstream.usePace(benchmarkTimings[message.timing]);
    process.send?.(message);
  });
  process.on('disconnect', () => process.exit(0));
  process.send?.({ type: 'ready', url: upstream.url, chunksPerStream: replies.openai.chunks.length });
}

/** Waits for the first message of `worker` that `accept` takes. */
function nextMessage<T>(worker: Worker, accept: (message: unknown) => T | undefined): Promise<T> {
  return new Promise((resolve) => {
    const listener = (message: unknown) => {
      const accepted = accept(message);
      if (accepted === undefined) return;
      worker.off('message', listener);
      resolve(accepted);
    };
    worker.on('message', listener);
  });
}

async function runPrimary(): Promise<void> {
  const port = await findFreePort();
  const workers = Array.from({ length: upstreamWorkers }, () => cluster.fork({ REPLAY_UPSTREAM_PORT: String(port) }));
  for (const worker of workers) {
    worker.on('exit', (code, signal) => {
      process.stderr.write(`An upstream worker ended (${signal ?? `code ${code}`}): stopping the upstream\n`);
      process.exit(1);
    });
  }
  const ready = await Promise.all(
    workers.map((worker) =>
      nextMessage(worker, (message) =>
        (message as ServerReadyMessage).type === 'ready' ? (message as ServerReadyMessage) : undefined,
      ),
    ),
  );
  process.on('message', async (message: unknown) => {
    if (!isUseTimingMessage(message)) refuse(message);
    await Promise.all(
      workers.map((worker) => {
        const confirmed = nextMessage(worker, (reply) =>
          isUseTimingMessage(reply) && reply.timing === message.timing ? true : undefined,
        );
        worker.send(message);
        return confirmed;
      }),
    );
    process.send?.({ type: 'use-timing', timing: message.timing } satisfies UseTimingMessage);
  });
  process.on('disconnect', () => {
    for (const worker of workers) worker.removeAllListeners('exit').kill();
    process.exit(0);
  });
  process.on('SIGTERM', () => {
    for (const worker of workers) worker.removeAllListeners('exit').kill();
    process.exit(0);
  });
  const first = ready[0] as ServerReadyMessage;
  process.send?.({
    type: 'ready',
    url: first.url,
    chunksPerStream: first.chunksPerStream,
    processIds: [
      process.pid,
      ...workers.flatMap((worker) => (worker.process.pid === undefined ? [] : [worker.process.pid])),
    ],
  } satisfies ServerReadyMessage);
}

await (cluster.isPrimary ? runPrimary() : runWorker());
