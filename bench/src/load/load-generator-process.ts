import type { LoadReplyMessage, LoadRequestMessage } from './load-job.js';
import { runLoadJob } from './run-load-job.js';

/**
 * The load generator, run as its own process so the client's work never shares a thread with the benchmark's
 * bookkeeping: it takes jobs over IPC and answers each with its result. Jobs run one at a time.
 */
function isRunMessage(message: unknown): message is LoadRequestMessage {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'run';
}

const reply = (message: LoadReplyMessage) => process.send?.(message);

if (process.send === undefined) {
  process.stderr.write('The load generator takes its jobs over IPC: start it from the benchmark.\n');
  process.exit(1);
}

let queue = Promise.resolve();
process.on('message', (message: unknown) => {
  if (!isRunMessage(message)) {
    // A message this process does not understand is a bug of the benchmark: end visibly.
    process.stderr.write(`Unknown message from the benchmark: ${JSON.stringify(message)}\n`);
    process.exit(1);
  }
  queue = queue.then(async () => {
    try {
      reply({ type: 'result', id: message.id, result: await runLoadJob(message.job) });
    } catch (error) {
      reply({ type: 'error', id: message.id, message: error instanceof Error ? error.message : String(error) });
    }
  });
});
// The parent closing the channel means the benchmark is over.
process.on('disconnect', () => process.exit(0));
reply({ type: 'ready' });
