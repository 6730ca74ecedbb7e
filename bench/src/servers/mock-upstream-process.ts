import { benchmarkTimings } from '@heimdall/mock-upstream';
import { recordBenchmarkReplies } from './record-benchmark-replies.js';
import { createReplayUpstream } from './replay-upstream.js';
import { isUseTimingMessage, type ServerReadyMessage, type UseTimingMessage } from './server-messages.js';

/**
 * The benchmark's upstream as its own process: the bundled mock's fixed reply (64 chunks of about four tokens, then
 * usage), recorded once at start-up and replayed byte for byte at the pace the benchmark asks for over IPC.
 */
const replies = await recordBenchmarkReplies();
const upstream = await createReplayUpstream({ replies, pace: benchmarkTimings.instant });

process.on('message', (message: unknown) => {
  if (!isUseTimingMessage(message) || !(message.timing in benchmarkTimings)) {
    // A message this process does not understand is a bug of the benchmark: end visibly.
    process.stderr.write(`Unknown message from the benchmark: ${JSON.stringify(message)}\n`);
    process.exit(1);
  }
  upstream.usePace(benchmarkTimings[message.timing]);
  process.send?.({ type: 'use-timing', timing: message.timing } satisfies UseTimingMessage);
});
process.on('disconnect', () => {
  upstream.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
process.send?.({
  type: 'ready',
  url: upstream.url,
  chunksPerStream: replies.openai.chunks.length,
} satisfies ServerReadyMessage);
