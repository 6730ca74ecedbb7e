/**
 * Decoding and encoding throughput of the ConverseStream codec, beside the AWS SDK's own unmarshaller.
 *
 * All recorded Bedrock replies, repeated to at least 50 MB, are fed in 16 KiB chunks through a Node `Readable` (what
 * an HTTP body is) to our decoder and to `@aws-sdk/client-bedrock-runtime`'s `ConverseStreamCommand` (its whole
 * deserialisation path, over an in-memory request handler). Runs alternate and repeat; medians are reported.
 *
 *   pnpm --filter @heimdall/eventstream bench
 */
import { Readable } from 'node:stream';
import { ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
import type { ConverseStreamEvent } from '@heimdall/spec';
import { loadStreamRecordings } from '@heimdall/testing';
import { decodeConverseStream, encodeConverseEvent } from '../src/index.js';
import { createInMemoryBedrockClient } from '../src/test-support/aws-sdk-decoder.js';
import { chunksOfSize, collect, concatBytes } from '../src/test-support/chunks.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const targetBytes = 50 * 1024 * 1024;
const chunkSize = 16 * 1024;
const rounds = Number(process.env.BENCH_ROUNDS ?? 7);

const recordings = loadStreamRecordings();
const onePass = concatBytes(recordings.map((recording) => recording.eventStream));
const repeats = Math.ceil(targetBytes / onePass.length);
const body = concatBytes(Array.from({ length: repeats }, () => onePass));
const chunks = chunksOfSize(body, chunkSize);
const megabytes = body.length / 1e6;

async function decodeWithOurs(): Promise<number> {
  let events = 0;
  for await (const _event of decodeConverseStream(Readable.from(chunks))) events++;
  return events;
}

const client = createInMemoryBedrockClient(() => chunks);
async function decodeWithSdk(): Promise<number> {
  let events = 0;
  const output = await client.send(
    new ConverseStreamCommand({ modelId: 'in-memory-model', messages: [{ role: 'user', content: [{ text: 'Hi' }] }] }),
  );
  for await (const _event of output.stream ?? []) events++;
  return events;
}

async function timed(run: () => Promise<number>): Promise<{ seconds: number; events: number }> {
  const start = process.hrtime.bigint();
  const events = await run();
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, events };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

console.log(
  `Decoding ${megabytes.toFixed(1)} MB (${recordings.length} recordings × ${repeats}) in ${chunks.length} chunks of ${chunkSize / 1024} KiB, ${rounds} rounds\n`,
);

// One warm-up of each, which also checks that both see the same number of events.
const expectedEvents = await decodeWithOurs();
const sdkEvents = await decodeWithSdk();
if (expectedEvents !== sdkEvents) throw new Error(`Ours decoded ${expectedEvents} events, the SDK ${sdkEvents}`);

const oursSeconds: number[] = [];
const sdkSeconds: number[] = [];
for (let round = 0; round < rounds; round++) {
  const [first, second] = round % 2 === 0 ? [decodeWithOurs, decodeWithSdk] : [decodeWithSdk, decodeWithOurs];
  for (const run of [first, second]) {
    const { seconds, events } = await timed(run);
    if (events !== expectedEvents) throw new Error(`A run decoded ${events} events instead of ${expectedEvents}`);
    (run === decodeWithOurs ? oursSeconds : sdkSeconds).push(seconds);
  }
}

const report = (label: string, seconds: number) =>
  console.log(
    `${label.padEnd(26)} ${(megabytes / seconds).toFixed(1).padStart(8)} MB/s ${Math.round(expectedEvents / seconds)
      .toLocaleString('en-US')
      .padStart(12)} events/s   (median ${(seconds * 1000).toFixed(0)} ms)`,
  );
const ours = median(oursSeconds);
const sdk = median(sdkSeconds);
report('decodeConverseStream', ours);
report('AWS SDK ConverseStream', sdk);
console.log(`${'ratio ours / SDK'.padEnd(26)} ${(sdk / ours).toFixed(2).padStart(8)} ×  (target ≥ 1.5)\n`);

// The encoder: every recorded event, over and over, as the gateway writes them.
const events: ConverseStreamEvent[] = await collect(
  decodeConverseStream(Readable.from(recordings.map((recording) => recording.eventStream))),
);
const encodeCount = 500_000;
const encodeSeconds: number[] = [];
let encodedBytes = 0;
for (let round = 0; round < rounds; round++) {
  encodedBytes = 0;
  const start = process.hrtime.bigint();
  for (let index = 0; index < encodeCount; index++) {
    encodedBytes += encodeConverseEvent(events[index % events.length] as ConverseStreamEvent).length;
  }
  encodeSeconds.push(Number(process.hrtime.bigint() - start) / 1e9);
}
const encode = median(encodeSeconds);
console.log(
  `${'encodeConverseEvent'.padEnd(26)} ${(encodedBytes / 1e6 / encode).toFixed(1).padStart(8)} MB/s ${Math.round(
    encodeCount / encode,
  )
    .toLocaleString('en-US')
    .padStart(12)} events/s   (median ${(encode * 1000).toFixed(0)} ms)`,
);
