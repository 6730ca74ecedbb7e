import type { ConverseStreamEvent } from '@heimdall/spec';
import { ThrottlingException } from '@heimdall/spec/errors';
import { createSpecValidator, loadStreamRecordings } from '@heimdall/testing';
import { describe, expect, it } from 'vitest';
import { decodeConverseStream } from '../decode/decode-converse-stream.js';
import { createInMemoryBedrockClient, decodeWithAwsSdk } from '../test-support/aws-sdk-decoder.js';
import { collect, concatBytes } from '../test-support/chunks.js';
import { readFrame, splitFrames } from '../test-support/frames.js';
import { encodeConverseEvent } from './encode-converse-event.js';
import { maximumPaddingLength, minimumPaddingLength, paddingAlphabet } from './padding.js';

const validator = createSpecValidator();

/** Encodes an event after checking it against the spec, as the gateway's events must be. */
function encodeValid(event: ConverseStreamEvent, paddingLength?: number): Uint8Array {
  const [eventType, payload] = Object.entries(event)[0] ?? [];
  expect(validator.streamEventProblems(eventType ?? '', payload)).toEqual([]);
  return encodeConverseEvent(event, paddingLength === undefined ? undefined : { paddingLength });
}

const recordedPadding = (frame: Uint8Array): string => (JSON.parse(readFrame(frame).payload) as { p: string }).p;
const withoutPadding = (payload: string): string => payload.replace(/"p":"[A-Za-z0-9]*"/, '"p":""');

describe.each(loadStreamRecordings().map((recording) => [recording.name, recording] as const))(
  'recording %s',
  (_name, recording) => {
    const recordedFrames = splitFrames(recording.eventStream);
    const eventsOf = () =>
      collect(
        decodeConverseStream(
          (async function* () {
            yield recording.eventStream;
          })(),
        ),
      );

    it('re-encodes every event byte for byte as Bedrock sent it, given the same padding length', async () => {
      const events = await eventsOf();
      expect(events).toHaveLength(recordedFrames.length);
      events.forEach((event, index) => {
        const recorded = recordedFrames[index] as Uint8Array;
        expect(encodeValid(event, recordedPadding(recorded).length)).toEqual(recorded);
      });
    });

    it('re-encodes with Bedrock header order and payload layout when the padding is random', async () => {
      const events = await eventsOf();
      events.forEach((event, index) => {
        const ours = readFrame(encodeValid(event));
        const recorded = readFrame(recordedFrames[index] as Uint8Array);
        expect(ours.headers).toEqual(recorded.headers);
        expect(withoutPadding(ours.payload)).toBe(withoutPadding(recorded.payload));
      });
    });

    it('encodes to bytes the AWS SDK reads as the same events as the recording', async () => {
      const ours = concatBytes((await eventsOf()).map((event) => encodeValid(event)));
      const fromOurs = await decodeWithAwsSdk(createInMemoryBedrockClient(() => [ours]));
      const fromRecording = await decodeWithAwsSdk(createInMemoryBedrockClient(() => [recording.eventStream]));
      expect(fromOurs.error).toBeUndefined();
      expect(fromOurs.events).toEqual(fromRecording.events);
    });
  },
);

describe('encodeConverseEvent', () => {
  const delta: ConverseStreamEvent = { contentBlockDelta: { contentBlockIndex: 0, delta: { text: 'Hello' } } };

  it('pads with a prefix of the alphabet, of every length from 2 to 61 and no other', () => {
    encodeValid(delta);
    const lengths = new Set<number>();
    for (let count = 0; count < 3_000; count++) {
      const padding = recordedPadding(encodeConverseEvent(delta));
      expect(paddingAlphabet.startsWith(padding)).toBe(true);
      lengths.add(padding.length);
    }
    const expected = Array.from({ length: maximumPaddingLength - minimumPaddingLength + 1 }, (_, index) => index + 2);
    expect([...lengths].sort((left, right) => left - right)).toEqual(expected);
  });

  it('sorts keys at every level, as Bedrock does, without changing the event it was given', () => {
    const event = {
      contentBlockStart: { start: { toolUse: { toolUseId: 'tooluse_1', name: 'get_weather' } }, contentBlockIndex: 1 },
    } as ConverseStreamEvent;
    const before = JSON.stringify(event);
    expect(readFrame(encodeValid(event, 3)).payload).toBe(
      '{"contentBlockIndex":1,"p":"abc","start":{"toolUse":{"name":"get_weather","toolUseId":"tooluse_1"}}}',
    );
    expect(JSON.stringify(event)).toBe(before);
  });

  it('replaces a p field already in the payload with fresh padding', () => {
    const event = { messageStart: { role: 'assistant', p: 'stale' } } as ConverseStreamEvent;
    expect(readFrame(encodeConverseEvent(event, { paddingLength: 2 })).payload).toBe('{"p":"ab","role":"assistant"}');
  });

  it('writes an exception member as an exception frame that decoders throw', async () => {
    const frame = encodeConverseEvent({ throttlingException: { message: 'Too many tokens' } });
    expect(readFrame(frame)).toEqual({
      headers: [
        [':exception-type', 'throttlingException'],
        [':content-type', 'application/json'],
        [':message-type', 'exception'],
      ],
      payload: '{"message":"Too many tokens"}',
    });
    const decoding = collect(
      decodeConverseStream(
        (async function* () {
          yield frame;
        })(),
      ),
    );
    await expect(decoding).rejects.toBeInstanceOf(ThrottlingException);
  });

  it.each([
    ['no member', {}, /exactly one member, not none/],
    [
      'two members',
      { messageStart: { role: 'assistant' }, messageStop: { stopReason: 'end_turn' } },
      /not messageStart, messageStop/,
    ],
    ['an unknown member', { citationsDelta: {} }, /citationsDelta is not a ConverseStream event type/],
    ['a payload that is not an object', { messageStart: 'assistant' }, /messageStart member .* must be an object/],
    ['null', null, /not null/],
  ])('refuses an event with %s, naming the problem', (_label, event, message) => {
    expect(() => encodeConverseEvent(event as unknown as ConverseStreamEvent)).toThrow(message);
  });

  it('refuses a padding length the alphabet cannot give', () => {
    expect(() => encodeConverseEvent(delta, { paddingLength: 63 })).toThrow(/from 0 to 62, not 63/);
    expect(() => encodeConverseEvent(delta, { paddingLength: 1.5 })).toThrow(RangeError);
  });
});
