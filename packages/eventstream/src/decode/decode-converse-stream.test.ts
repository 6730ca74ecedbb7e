import { createSpecValidator, loadStreamRecordings } from '@heimdall/testing';
import { describe, expect, it } from 'vitest';
import { createInMemoryBedrockClient, decodeWithAwsSdk } from '../test-support/aws-sdk-decoder.js';
import { chunksOfSize, collect, createTrackedSource, randomChunks } from '../test-support/chunks.js';
import { differencesFromSdk } from '../test-support/compare-with-sdk.js';
import { decodeConverseStream } from './decode-converse-stream.js';

const recordings = loadStreamRecordings();
const validator = createSpecValidator();

async function* fromChunks(chunks: readonly Uint8Array[]): AsyncGenerator<Uint8Array> {
  yield* chunks;
}

describe.each(recordings.map((recording) => [recording.name, recording] as const))(
  'recording %s',
  (_name, recording) => {
    const body = recording.eventStream;

    it('decodes to the events the AWS SDK gives for the same bytes', async () => {
      const ours = await collect(decodeConverseStream(fromChunks([body])));
      const sdk = await decodeWithAwsSdk(createInMemoryBedrockClient(() => [body]));
      expect(sdk.error).toBeUndefined();
      expect(ours).toHaveLength(sdk.events.length);
      expect(ours.flatMap((event, index) => differencesFromSdk(event, sdk.events[index]))).toEqual([]);
    });

    it('decodes to events the spec allows, without the p padding', async () => {
      for (const event of await collect(decodeConverseStream(fromChunks([body])))) {
        const [eventType, payload] = Object.entries(event)[0] ?? [];
        expect(payload).not.toHaveProperty('p');
        expect(validator.streamEventProblems(eventType ?? '', payload)).toEqual([]);
      }
    });

    it('decodes the same events when the body arrives one byte at a time', async () => {
      const whole = await collect(decodeConverseStream(fromChunks([body])));
      expect(await collect(decodeConverseStream(fromChunks(chunksOfSize(body, 1))))).toEqual(whole);
    });

    it('decodes the same events whatever the chunk sizes', async () => {
      const whole = await collect(decodeConverseStream(fromChunks([body])));
      for (const seed of [1, 2, 3, 4, 5]) {
        const chunks = randomChunks(body, seed);
        expect(await collect(decodeConverseStream(fromChunks(chunks))), `seed ${seed}`).toEqual(whole);
      }
    });

    it('decodes the same events from a ReadableStream, as fetch gives it', async () => {
      const whole = await collect(decodeConverseStream(fromChunks([body])));
      const source = createTrackedSource(chunksOfSize(body, 100));
      expect(await collect(decodeConverseStream(source.stream))).toEqual(whole);
      expect(source.cancelled).toBe(false);
    });
  },
);

describe('decodeConverseStream', () => {
  it('decodes many recordings joined in one chunk', async () => {
    const joined = new Uint8Array(recordings.reduce((total, recording) => total + recording.eventStream.length, 0));
    let position = 0;
    for (const recording of recordings) {
      joined.set(recording.eventStream, position);
      position += recording.eventStream.length;
    }
    const events = await collect(decodeConverseStream(fromChunks([joined])));
    const separately = await Promise.all(
      recordings.map((recording) => collect(decodeConverseStream(fromChunks([recording.eventStream])))),
    );
    expect(events).toEqual(separately.flat());
  });

  it('ends cleanly on an empty body', async () => {
    expect(await collect(decodeConverseStream(fromChunks([])))).toEqual([]);
    expect(await collect(decodeConverseStream(fromChunks([new Uint8Array()])))).toEqual([]);
  });
});
