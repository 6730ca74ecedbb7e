import { compiledScript } from '../processes/compiled-script.js';
import { waitForMessage } from '../processes/network.js';
import type { ProcessGroup } from '../processes/process-group.js';
import type { LoadJob, LoadReplyMessage, LoadResult } from './load-job.js';

/** The load generator process, seen from the benchmark. */
export interface LoadGenerator {
  readonly pid: number;
  /** Runs one job and resolves with what it measured; rejects if the generator fails or ends. */
  run(job: LoadJob): Promise<LoadResult>;
}

function isReply(message: unknown): message is LoadReplyMessage {
  return typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string';
}

/** Time a job may take beyond its own budget: its last streams finishing, at most one stream timeout. */
const jobOverrunMs = 45_000;

/** Starts the load generator in its own process (a raw `node:net` client that counts bytes) and waits until it takes jobs. */
export async function startLoadGenerator(group: ProcessGroup): Promise<LoadGenerator> {
  const generator = group.start({
    name: 'load-generator',
    script: compiledScript('load/load-generator-process.js'),
    ipc: true,
  });
  await waitForMessage({
    owner: generator,
    accept: (message) => (isReply(message) && message.type === 'ready' ? true : undefined),
  });
  let nextId = 1;
  return {
    pid: generator.pid,
    async run(job) {
      const id = nextId;
      nextId += 1;
      const reply = waitForMessage({
        owner: generator,
        timeoutMs: job.maxDurationMs + jobOverrunMs,
        accept: (message) =>
          isReply(message) && (message.type === 'result' || message.type === 'error') && message.id === id
            ? message
            : undefined,
      });
      generator.send({ type: 'run', id, job });
      const answer = await reply;
      if (answer.type === 'error') throw new Error(`The load generator failed: ${answer.message}`);
      return answer.result;
    },
  };
}
