/**
 * Frames per second of the hot path on a typical reply: 68 events (messageStart, 64 text deltas of about four
 * tokens each, contentBlockStop, messageStop, metadata), encoded one event at a time, encoded as one batch, and
 * decoded back from the reply's bytes. Each figure is the median of several timed rounds after a warm-up.
 *
 *   pnpm exec tsx bench/encode-decode.bench.ts        (from packages/eventstream; BENCH_ROUNDS=… to change)
 */
import type { ConverseStreamEvent } from '@heimdall/spec';
import { decodeConverseStreamBatches, encodeConverseEvent, encodeConverseEventBatch } from '../src/index.js';
import { concatBytes, createSeededRandom } from '../src/test-support/chunks.js';

const rounds = Number(process.env.BENCH_ROUNDS ?? 7);
const roundMilliseconds = 400;

const words = ['The', ' capital', ' of', ' France', ' is', ' Paris', ',', ' a', ' city', ' known', ' for', ' its'];
const random = createSeededRandom(7);
const fourTokens = () => Array.from({ length: 4 }, () => words[Math.floor(random() * words.length)]).join('');

const reply: ConverseStreamEvent[] = [
  { messageStart: { role: 'assistant' } },
  ...Array.from(
    { length: 64 },
    (): ConverseStreamEvent => ({ contentBlockDelta: { contentBlockIndex: 0, delta: { text: fourTokens() } } }),
  ),
  { contentBlockStop: { contentBlockIndex: 0 } },
  { messageStop: { stopReason: 'end_turn' } },
  {
    metadata: {
      usage: { inputTokens: 1_204, outputTokens: 256, totalTokens: 1_460 },
      metrics: { latencyMs: 2_318 },
    },
  },
];
const replyBytes = concatBytes(reply.map((event) => encodeConverseEvent(event)));

const median = (values: number[]): number => [...values].sort((left, right) => left - right)[values.length >> 1] ?? 0;

/** Runs `pass` (which handles `framesPerPass` frames) repeatedly for a fixed time per round; median frames/s. */
async function framesPerSecond(framesPerPass: number, pass: () => unknown): Promise<number> {
  const rates: number[] = [];
  for (let round = -1; round < rounds; round++) {
    let passes = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      for (let repeat = 0; repeat < 50; repeat++) await pass();
      passes += 50;
      elapsed = performance.now() - start;
    } while (elapsed < roundMilliseconds);
    // Round -1 is the warm-up, for the JIT.
    if (round >= 0) rates.push((passes * framesPerPass) / (elapsed / 1000));
  }
  return median(rates);
}

async function* replyBody(): AsyncGenerator<Uint8Array> {
  yield replyBytes;
}

async function decodeReply(): Promise<number> {
  let events = 0;
  for await (const batch of decodeConverseStreamBatches(replyBody())) events += batch.events.length;
  if (events !== reply.length) throw new Error(`Decoded ${events} events instead of ${reply.length}`);
  return events;
}

const results: [string, number][] = [
  [
    'encodeConverseEvent, each event',
    await framesPerSecond(reply.length, () => reply.map((e) => encodeConverseEvent(e))),
  ],
  [
    'encodeConverseEventBatch, whole reply',
    await framesPerSecond(reply.length, () => encodeConverseEventBatch({ events: reply })),
  ],
  ['decodeConverseStreamBatches', await framesPerSecond(reply.length, decodeReply)],
];

console.log(`A ${reply.length}-event reply of ${replyBytes.length} bytes, median of ${rounds} rounds\n`);
for (const [label, rate] of results) {
  console.log(`${label.padEnd(40)} ${Math.round(rate).toLocaleString('en-US').padStart(12)} frames/s`);
}
