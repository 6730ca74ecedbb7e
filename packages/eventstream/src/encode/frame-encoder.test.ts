import { converseStreamEventTypes, converseStreamExceptionTypes } from '@heimdall/spec';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';
import { describe, expect, it } from 'vitest';
import { concatBytes, createSeededRandom } from '../test-support/chunks.js';
import { referenceCodec } from '../test-support/frames.js';
import { randomText } from '../test-support/random-text.js';
import { encodeJsonFrame, encodeJsonFrames, type JsonFrame } from './frame-encoder.js';
import { frameHeaders, type MessageType } from './frame-headers.js';

// Buffer's comparison, as vitest's deep equality is slow on thousands of byte arrays.
const sameBytes = (left: Uint8Array, right: Uint8Array) => Buffer.from(left).equals(Buffer.from(right));

const memberNames = [...converseStreamEventTypes, ...converseStreamExceptionTypes, 'aNewEventType', 'x'];

/** A random frame as our encoder takes it, with what Smithy's codec is given for the same frame. */
function randomFrame(random: () => number) {
  const messageType: MessageType = random() < 0.8 ? 'event' : 'exception';
  const memberName = memberNames[Math.floor(random() * memberNames.length)] as string;
  const json = JSON.stringify({ text: randomText(random, 300), index: Math.floor(random() * 1e6) });
  const text = (value: string) => ({ type: 'string' as const, value });
  const reference = referenceCodec.encode({
    headers: {
      [`:${messageType}-type`]: text(memberName),
      ':content-type': text('application/json'),
      ':message-type': text(messageType),
    },
    body: fromUtf8(json),
  });
  return { frame: { headers: frameHeaders(messageType, memberName), json } satisfies JsonFrame, reference };
}

describe('the frame encoder, against Smithy’s codec', () => {
  it.each([1, 2, 3, 4])('writes the bytes Smithy writes, for 500 random frames (seed %i)', (seed) => {
    const random = createSeededRandom(seed);
    for (let count = 0; count < 500; count++) {
      const { frame, reference } = randomFrame(random);
      const ours = encodeJsonFrame(frame.headers, frame.json);
      expect(sameBytes(ours, reference)).toBe(true);
      const decoded = referenceCodec.decode(ours);
      expect(toUtf8(decoded.body)).toBe(frame.json);
    }
  });

  it.each([5, 6])('writes several frames into one array, end to end, as each alone (seed %i)', (seed) => {
    const random = createSeededRandom(seed);
    for (let count = 0; count < 30; count++) {
      const frames = Array.from({ length: 1 + Math.floor(random() * 80) }, () => randomFrame(random));
      const ours = encodeJsonFrames(frames.map(({ frame }) => frame));
      expect(sameBytes(ours, concatBytes(frames.map(({ reference }) => reference)))).toBe(true);
    }
  });

  it('hands out plain Uint8Arrays, not Buffers, whatever it writes into', () => {
    const { frame } = randomFrame(createSeededRandom(7));
    expect(encodeJsonFrame(frame.headers, frame.json).constructor).toBe(Uint8Array);
    expect(encodeJsonFrames([frame, frame]).constructor).toBe(Uint8Array);
  });

  it('formats the headers of a member name once, and of an endless stream of new names still correctly', () => {
    expect(frameHeaders('event', 'contentBlockDelta')).toBe(frameHeaders('event', 'contentBlockDelta'));
    for (let count = 0; count < 100; count++) {
      const name = `newEvent${count}`;
      const headers = referenceCodec.decode(encodeJsonFrame(frameHeaders('event', name), '{}')).headers;
      expect(headers[':event-type']?.value).toBe(name);
    }
  });
});
