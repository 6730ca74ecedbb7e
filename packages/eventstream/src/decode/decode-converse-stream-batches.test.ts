import { ThrottlingException } from '@heimdall/spec/errors';
import { loadRecording, loadStreamRecordings } from '@heimdall/testing';
import { describe, expect, it } from 'vitest';
import { encodeConverseEvent } from '../encode/encode-converse-event.js';
import { collect, concatBytes } from '../test-support/chunks.js';
import { decodeConverseStream } from './decode-converse-stream.js';
import { decodeConverseStreamBatches } from './decode-converse-stream-batches.js';

async function* inChunks(bytes: Uint8Array, size: number) {
  for (let offset = 0; offset < bytes.length; offset += size) yield bytes.subarray(offset, offset + size);
}

describe('batches of a decoded stream', () => {
  it.each(loadStreamRecordings().map((recording) => [recording.name, recording] as const))(
    '%s: the frames of all batches are the recording byte for byte, and their events the decoded events',
    async (_name, recording) => {
      const batches = await collect(decodeConverseStreamBatches(inChunks(recording.eventStream, 700)));
      expect(concatBytes(batches.flatMap((batch) => [...(batch.frames ?? [])]))).toEqual(recording.eventStream);
      const events = await collect(decodeConverseStream(inChunks(recording.eventStream, 700)));
      expect(batches.flatMap((batch) => batch.events)).toEqual(events);
      expect(batches.length).toBeGreaterThan(1);
    },
  );

  it('hands out the events before an exception frame, then throws its typed error', async () => {
    const before = loadRecording('model_stream').eventStream;
    const exception = encodeConverseEvent({ throttlingException: { message: 'slow down' } });
    const batches: { events: readonly unknown[] }[] = [];
    const reading = (async () => {
      for await (const batch of decodeConverseStreamBatches(inChunks(concatBytes([before, exception]), 1 << 20))) {
        batches.push(batch);
      }
    })();
    await expect(reading).rejects.toBeInstanceOf(ThrottlingException);
    expect(batches).toHaveLength(1);
    expect(batches[0]?.events.length).toBeGreaterThan(5);
  });
});
