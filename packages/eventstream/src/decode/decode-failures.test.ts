import { loadRecording } from '@heimdall/testing';
import { Crc32 } from '@smithy/core/checksum';
import { describe, expect, it } from 'vitest';
import { EventStreamDecodeError } from '../errors/event-stream-decode-error.js';
import { collect, concatBytes, createTrackedSource } from '../test-support/chunks.js';
import { decodeUntilFailure, fromChunks } from '../test-support/decoding.js';
import { eventFrame, frameOf, splitFrames } from '../test-support/frames.js';
import { decodeConverseStream } from './decode-converse-stream.js';

const frames = splitFrames(loadRecording('model_stream').eventStream);
const head = frames.slice(0, 3);
const headLength = concatBytes(head).length;

function withByteFlipped(frame: Uint8Array, index: number): Uint8Array {
  const copy = frame.slice();
  copy[index] = (copy[index] as number) ^ 0xff;
  return copy;
}

/** A prelude with a valid CRC declaring `totalLength` bytes. */
function preludeDeclaring(totalLength: number, headersLength = 0): Uint8Array {
  const prelude = new Uint8Array(12);
  const view = new DataView(prelude.buffer);
  view.setUint32(0, totalLength);
  view.setUint32(4, headersLength);
  const checksum = new Crc32();
  checksum.update(prelude.subarray(0, 8));
  view.setUint32(8, checksum.digestSync());
  return prelude;
}

describe('a corrupt or cut stream', () => {
  it('fails at the frame whose prelude CRC is wrong, after the events before it', async () => {
    const { events, error } = await decodeUntilFailure([...head, withByteFlipped(frames[3] as Uint8Array, 9)]);
    expect(events).toHaveLength(3);
    expect(error).toBeInstanceOf(EventStreamDecodeError);
    expect(error).toMatchObject({ offset: headLength, message: expect.stringMatching(/prelude CRC/) });
  });

  it('fails at once on a corrupt length, without waiting for bytes that never come', async () => {
    const corrupt = withByteFlipped(frames[0] as Uint8Array, 1).subarray(0, 12);
    const source = createTrackedSource([corrupt]);
    await expect(collect(decodeConverseStream(source.stream))).rejects.toThrow(/prelude CRC/);
    expect(source.pulls).toBe(1);
    expect(source.cancelled).toBe(true);
  });

  it('fails on a changed payload byte: the message CRC no longer matches', async () => {
    const { events, error } = await decodeUntilFailure([...head, withByteFlipped(frames[3] as Uint8Array, 100)]);
    expect(events).toHaveLength(3);
    expect(error).toBeInstanceOf(EventStreamDecodeError);
    expect(error).toMatchObject({ offset: headLength, message: expect.stringMatching(/checksum/) });
  });

  it('refuses a frame declaring more than maxFrameBytes as soon as its prelude arrives', async () => {
    const source = createTrackedSource([preludeDeclaring(2_000)]);
    const decoding = collect(decodeConverseStream(source.stream, { maxFrameBytes: 1_000 }));
    await expect(decoding).rejects.toThrow(/2000 bytes, more than the 1000 allowed/);
    expect(source.pulls).toBe(1);
  });

  it('refuses a frame declaring 4 GiB by default instead of allocating it', async () => {
    const { error } = await decodeUntilFailure([preludeDeclaring(0xffff_fff0)]);
    expect(error).toBeInstanceOf(EventStreamDecodeError);
    expect(String(error)).toMatch(/4294967280 bytes, more than the 16777216 allowed/);
  });

  it('refuses a frame declaring fewer bytes than an empty frame, or more headers than it holds', async () => {
    await expect(decodeUntilFailure([preludeDeclaring(10)])).resolves.toMatchObject({
      error: { message: expect.stringMatching(/10 bytes, fewer than the 16/) },
    });
    await expect(decodeUntilFailure([preludeDeclaring(40, 30)])).resolves.toMatchObject({
      error: { message: expect.stringMatching(/30 bytes of headers/) },
    });
  });

  it('fails when the stream ends inside the last frame, never ending quietly', async () => {
    const cut = (frames[3] as Uint8Array).subarray(0, 50);
    const { events, error } = await decodeUntilFailure([...head, cut]);
    expect(events).toHaveLength(3);
    expect(error).toBeInstanceOf(EventStreamDecodeError);
    expect(error).toMatchObject({
      offset: headLength,
      message: expect.stringMatching(/ended inside a frame: 50 bytes/),
    });
  });

  it('fails when the stream ends inside a prelude', async () => {
    const { error } = await decodeUntilFailure([...head, (frames[3] as Uint8Array).subarray(0, 5)]);
    expect(error).toMatchObject({ message: expect.stringMatching(/5 bytes of a 12-byte prelude/) });
  });

  it('fails on a payload that is not JSON, naming the event type', async () => {
    const garbage = frameOf(
      {
        ':event-type': { type: 'string', value: 'contentBlockDelta' },
        ':content-type': { type: 'string', value: 'application/json' },
        ':message-type': { type: 'string', value: 'event' },
      },
      '{"contentBlockIndex":0,"delta":',
    );
    const { error } = await decodeUntilFailure([...head, garbage], 'request-7');
    expect(error).toBeInstanceOf(EventStreamDecodeError);
    expect(error).toMatchObject({
      offset: headLength,
      requestId: 'request-7',
      message: expect.stringMatching(/contentBlockDelta frame is not UTF-8 JSON/),
    });
  });

  it('fails on a payload that is JSON but not an object', async () => {
    const { error } = await decodeUntilFailure([eventFrame('messageStart', ['assistant'])]);
    expect(error).toMatchObject({ message: expect.stringMatching(/not a JSON object/) });
  });

  it('fails on a frame without a :message-type, or with one it does not know', async () => {
    const untyped = frameOf({ ':event-type': { type: 'string', value: 'messageStart' } }, '{}');
    await expect(decodeUntilFailure([untyped])).resolves.toMatchObject({
      error: { message: expect.stringMatching(/no :message-type header/) },
    });
    const unknown = frameOf({ ':message-type': { type: 'string', value: 'initial-response' } }, '{}');
    await expect(decodeUntilFailure([unknown])).resolves.toMatchObject({
      error: { message: expect.stringMatching(/unknown :message-type "initial-response"/) },
    });
  });

  it('fails on a chunk that is not bytes', async () => {
    const source = (async function* () {
      yield 'text' as unknown as Uint8Array;
    })();
    await expect(collect(decodeConverseStream(source))).rejects.toThrow(/chunk of the event stream is string/);
  });

  it('refuses a maxFrameBytes that could not hold any frame', async () => {
    await expect(collect(decodeConverseStream(fromChunks([]), { maxFrameBytes: 8 }))).rejects.toThrow(RangeError);
  });
});
