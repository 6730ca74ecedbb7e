import { describe, expect, it } from 'vitest';
import { groupIntoChunks, splitEventStreamFrames, splitServerSentEvents } from './split-reply.js';

/** Bytes shaped like eventstream frames: a big-endian total length, then filler up to it. */
function frame(length: number, fill: number): Buffer {
  const bytes = Buffer.alloc(length, fill);
  bytes.writeUInt32BE(length, 0);
  return bytes;
}

describe('splitServerSentEvents', () => {
  it('cuts after each blank line, so the events joined are the body again', () => {
    const body = Buffer.from('data: {"a":1}\n\ndata: {"b":2}\n\ndata: [DONE]\n\n');
    const events = splitServerSentEvents(body);
    expect(events.map((event) => event.toString())).toEqual([
      'data: {"a":1}\n\n',
      'data: {"b":2}\n\n',
      'data: [DONE]\n\n',
    ]);
    expect(Buffer.concat(events).equals(body)).toBe(true);
  });

  it('refuses a body cut inside an event rather than dropping its end', () => {
    expect(() => splitServerSentEvents(Buffer.from('data: {"a":1}\n\ndata: {"b"'))).toThrow(
      /ends inside an event: data: \{"b"/,
    );
  });
});

describe('splitEventStreamFrames', () => {
  it('cuts at the length each prelude declares', () => {
    const body = Buffer.concat([frame(16, 1), frame(40, 2), frame(20, 3)]);
    const frames = splitEventStreamFrames(body);
    expect(frames.map((piece) => piece.byteLength)).toEqual([16, 40, 20]);
    expect(Buffer.concat(frames).equals(body)).toBe(true);
  });

  it('refuses a declared length that runs past the body', () => {
    const body = Buffer.concat([frame(16, 1), frame(40, 2).subarray(0, 30)]);
    expect(() => splitEventStreamFrames(body)).toThrow(/frame at byte 16 declares 40 bytes; 30 remain/);
  });

  it('refuses a declared length shorter than any frame, which would never move on', () => {
    const body = Buffer.alloc(20);
    expect(() => splitEventStreamFrames(body)).toThrow(/declares 0 bytes/);
  });

  it('refuses trailing bytes too few for a frame', () => {
    expect(() => splitEventStreamFrames(Buffer.concat([frame(16, 1), Buffer.alloc(3)]))).toThrow(/ends with 3 bytes/);
  });
});

describe('groupIntoChunks', () => {
  const isText = (item: string) => item.startsWith('text');

  it('sends the opening with the first text, each text alone, and the closing frames together', () => {
    const frames = ['start', 'text1', 'text2', 'text3', 'stop', 'usage', 'done'];
    expect(groupIntoChunks(frames, isText)).toEqual([
      ['start', 'text1'],
      ['text2'],
      ['text3'],
      ['stop', 'usage', 'done'],
    ]);
  });

  it('loses no frame between two texts', () => {
    const frames = ['text1', 'block-stop', 'text2'];
    expect(groupIntoChunks(frames, isText).flat()).toEqual(frames);
  });

  it('refuses a reply with no text to pace', () => {
    expect(() => groupIntoChunks(['start', 'done'], isText)).toThrow(/no content frame/);
  });
});
