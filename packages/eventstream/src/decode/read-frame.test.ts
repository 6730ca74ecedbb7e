import { converseStreamEventTypes } from '@heimdall/spec';
import { Int64, type MessageHeaders } from '@smithy/core/event-streams';
import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../test-support/chunks.js';
import { eventFrame, frameOf, referenceCodec } from '../test-support/frames.js';
import { randomText } from '../test-support/random-text.js';
import { decodeFrame } from './decode-frame.js';
import { readHeaders } from './read-headers.js';

const context = { offset: 0, requestId: undefined };

/** A header of every eventstream type, drawn at random, as Smithy's codec takes it. */
function randomHeaders(random: () => number): MessageHeaders {
  const headers: MessageHeaders = {};
  const count = Math.floor(random() * 8);
  for (let index = 0; index < count; index++) {
    const name = `${randomText(random, 6)}-${index}`;
    const pick = Math.floor(random() * 9);
    const bytes = Uint8Array.from({ length: Math.floor(random() * 20) }, () => Math.floor(random() * 256));
    headers[name] = [
      { type: 'boolean', value: random() < 0.5 },
      { type: 'byte', value: -3 },
      { type: 'short', value: -300 },
      { type: 'integer', value: 70_000 },
      { type: 'long', value: Int64.fromNumber(-5_000_000_000) },
      { type: 'binary', value: bytes },
      { type: 'string', value: randomText(random, 40) },
      { type: 'timestamp', value: new Date(1_700_000_000_000) },
      { type: 'uuid', value: '3f2504e0-4f89-11d3-9a0c-0305e82c3301' },
    ][pick] as MessageHeaders[string];
  }
  return headers;
}

describe('reading frames, against Smithy’s codec', () => {
  it.each([1, 2, 3])('reads the headers of every type Smithy writes, for 300 random frames (seed %i)', (seed) => {
    const random = createSeededRandom(seed);
    for (let count = 0; count < 300; count++) {
      const frame = frameOf(randomHeaders(random), '{}');
      const headersEnd = 12 + new DataView(frame.buffer, frame.byteOffset).getUint32(4);
      const expected = Object.fromEntries(
        Object.entries(referenceCodec.decode(frame).headers).map(([name, header]) => [
          name,
          header.type === 'string' ? header.value : { type: header.type },
        ]),
      );
      expect(readHeaders(frame, 12, headersEnd)).toEqual(expected);
    }
  });

  it.each([4, 5])('decodes the events of 300 random frames Smithy writes (seed %i)', (seed) => {
    const random = createSeededRandom(seed);
    for (let count = 0; count < 300; count++) {
      const eventType = converseStreamEventTypes[Math.floor(random() * converseStreamEventTypes.length)] as string;
      const payload = { text: randomText(random, 200), n: count };
      expect(decodeFrame(eventFrame(eventType, { ...payload, p: 'abc' }), context)).toEqual({ [eventType]: payload });
    }
  });

  it('fails a payload that is not UTF-8, which would be valid JSON with U+FFFD in its place', () => {
    const headers = referenceCodec.decode(eventFrame('messageStart', {})).headers;
    const body = Uint8Array.from([...Buffer.from('{"role":"'), 0xff, ...Buffer.from('"}')]);
    const frame = referenceCodec.encode({ headers, body });
    expect(() => decodeFrame(frame, context)).toThrow(/messageStart frame is not UTF-8 JSON/);
  });

  it('fails a frame with an unknown header type tag, or a header running past the headers', () => {
    const frame = frameOf({ ':message-type': { type: 'boolean', value: true } }, '{}');
    expect(() => decodeFrame(frame, context)).toThrow(/:message-type header of a frame is a boolean/);
    const corrupt = frame.slice();
    corrupt[12 + 1 + ':message-type'.length] = 12;
    expect(() => readHeaders(corrupt, 12, 12 + 15)).toThrow(/Unrecognized header type tag/);
    expect(() => readHeaders(frame, 12, 20)).toThrow(/past the end/);
  });
});
