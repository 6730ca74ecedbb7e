import { benchmarkTimings, createBenchmarkScript, createMockUpstream } from '@heimdall/mock-upstream';
import { isUseTimingMessage, type ServerReadyMessage, type UseTimingMessage } from './server-messages.js';

/**
 * The mock upstream as its own process: the benchmark's fixed reply (64 chunks of about four tokens, then usage),
 * at the pace the benchmark asks for over IPC.
 */
const mock = await createMockUpstream({ defaultScript: createBenchmarkScript(benchmarkTimings.instant) });

process.on('message', (message: unknown) => {
  if (!isUseTimingMessage(message) || !(message.timing in benchmarkTimings)) {
    // A message this process does not understand is a bug of the benchmark: end visibly.
    process.stderr.write(`Unknown message from the benchmark: ${JSON.stringify(message)}\n`);
    process.exit(1);
  }
  // Forgetting the recorded requests between runs keeps the mock's memory flat over a long benchmark.
  mock.reset();
  mock.script(createBenchmarkScript(benchmarkTimings[message.timing]));
  process.send?.({ type: 'use-timing', timing: message.timing } satisfies UseTimingMessage);
});
process.on('disconnect', () => {
  mock.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
process.send?.({ type: 'ready', url: mock.url } satisfies ServerReadyMessage);
