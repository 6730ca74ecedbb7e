import { loadStreamRecordings } from '@heimdall/testing';
import { describe, expect, it } from 'vitest';
import type { ConverseEventBatch } from '../converse-event-batch.js';
import { encodeJsonFrame } from '../encode/frame-encoder.js';
import { frameHeaders } from '../encode/frame-headers.js';
import { EventStreamDecodeError } from '../errors/event-stream-decode-error.js';
import { ConverseBatchDecoder } from './converse-batch-decoder.js';

function decodeInChunks(bytes: Uint8Array, size: number, lazyDeltas: boolean): ConverseEventBatch[] {
  const decoder = new ConverseBatchDecoder({ lazyDeltas });
  const batches: ConverseEventBatch[] = [];
  for (let offset = 0; offset < bytes.length; offset += size) {
    decoder.push(bytes.subarray(offset, offset + size), (batch) => batches.push(batch));
  }
  decoder.finish();
  return batches;
}

describe('a batch decoder fed chunk by chunk', () => {
  it.each(loadStreamRecordings().map((recording) => [recording.name, recording] as const))(
    '%s: deltas parsed when read are the deltas parsed at once, in every chunking',
    (_name, recording) => {
      for (const size of [1, 13, 700, 1 << 20]) {
        const eager = decodeInChunks(recording.eventStream, size, false);
        const lazy = decodeInChunks(recording.eventStream, size, true);
        expect(lazy.map((batch) => batch.frames)).toEqual(eager.map((batch) => batch.frames));
        expect(lazy.flatMap((batch) => batch.events)).toEqual(eager.flatMap((batch) => batch.events));
      }
    },
  );

  it('fails a lazily parsed delta that is not JSON where it is read, naming its offset', () => {
    const start = encodeJsonFrame(frameHeaders('event', 'messageStart'), '{"role":"assistant","p":"ab"}');
    const broken = encodeJsonFrame(frameHeaders('event', 'contentBlockDelta'), '{"contentBlockIndex":0,');
    const bytes = new Uint8Array(start.length + broken.length);
    bytes.set(start);
    bytes.set(broken, start.length);
    const [batch] = decodeInChunks(bytes, bytes.length, true);
    const delta = batch?.events[1] as { contentBlockDelta: unknown };
    expect(() => delta.contentBlockDelta).toThrow(EventStreamDecodeError);
    expect(() => delta.contentBlockDelta).toThrow(/contentBlockDelta frame is not UTF-8 JSON/);
    expect(() => decodeInChunks(bytes, bytes.length, false)).toThrow(EventStreamDecodeError);
  });
});
