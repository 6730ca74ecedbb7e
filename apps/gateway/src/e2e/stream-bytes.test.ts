import { type DecodedFrame, decodeFrames, loadRecording } from '@heimdall/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postConverse } from '../test-support/converse-over-fetch.js';
import { readFrameHeaders } from '../test-support/frame-headers.js';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';
import { hasSortedKeys, keyLayout } from '../test-support/key-layout.js';

/** A real Bedrock reply with a text block then a tool-use block, as the gateway's reply below has. */
const recording = loadRecording('model_iter_stream-0');
/** The padding Bedrock puts in `p`: a prefix of this, of varying length. */
const paddingAlphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

let harness: GatewayHarness;
let response: Response;
let bytes: Uint8Array;
beforeAll(async () => {
  harness = await startGatewayHarness();
  harness.mock.scriptFor('layout', {
    steps: [
      { type: 'text', text: 'Let me look' },
      { type: 'text', text: ' that up.' },
      { type: 'tool-calls', calls: [{ id: 'call_paris', name: 'get_temperature', arguments: ['{"city":"Paris"}'] }] },
    ],
    usage: { inputTokens: 471, outputTokens: 91 },
  });
  response = await postConverse({ baseUrl: harness.url, modelId: 'openai/layout' });
  bytes = new Uint8Array(await response.arrayBuffer());
});
afterAll(() => harness.close());

/** What a frame is, finer than its event type: a text delta and a tool-use delta are laid out differently. */
const kindOf = (frame: DecodedFrame) =>
  frame.eventType === 'contentBlockDelta'
    ? `contentBlockDelta/${Object.keys(frame.payload.delta as object).join()}`
    : frame.eventType;

/** The event types in order, with runs of the same type counted once. */
const shapeOf = (frames: DecodedFrame[]) =>
  frames.map((frame) => frame.eventType).filter((type, index, types) => type !== types[index - 1]);

describe("the gateway's stream bytes look like Bedrock's", () => {
  it('is served as application/vnd.amazon.eventstream', () => {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.amazon.eventstream');
  });

  it('every frame has the headers :event-type, :content-type, :message-type, in that order, all strings', async () => {
    const recorded = await readFrameHeaders(recording.eventStream);
    const sent = await readFrameHeaders(bytes);
    const layoutOf = (frames: typeof sent) =>
      new Set(frames.map((headers) => JSON.stringify(headers.map(({ name, type }) => [name, type]))));
    expect(layoutOf(sent)).toEqual(layoutOf(recorded));
    expect([...layoutOf(sent)]).toEqual([
      JSON.stringify([
        [':event-type', 'string'],
        [':content-type', 'string'],
        [':message-type', 'string'],
      ]),
    ]);
    for (const headers of sent) {
      expect(headers.slice(1).map((header) => header.value)).toEqual(['application/json', 'event']);
    }
  });

  it('events come in the order Bedrock sends them for a text block and a tool-use block', async () => {
    expect(shapeOf(await decodeFrames(bytes))).toEqual(shapeOf(await decodeFrames(recording.eventStream)));
  });

  it("payloads have sorted keys and a p padding field, laid out like the recording's", async () => {
    const recorded = await decodeFrames(recording.eventStream);
    const sent = await decodeFrames(bytes);
    for (const frame of [...recorded, ...sent]) {
      expect(hasSortedKeys(frame.payload)).toBe(true);
      expect(paddingAlphabet.startsWith(String(frame.payload.p))).toBe(true);
    }
    const recordedByKind = new Map(recorded.map((frame) => [kindOf(frame), frame.payload]));
    for (const frame of sent) {
      expect({ kind: kindOf(frame), layout: keyLayout(frame.payload) }).toEqual({
        kind: kindOf(frame),
        layout: keyLayout(recordedByKind.get(kindOf(frame))),
      });
    }
  });

  it('every response has its own x-amzn-requestid', async () => {
    const responses = await Promise.all(
      [1, 2, 3].map(() => postConverse({ baseUrl: harness.url, modelId: 'openai/layout' })),
    );
    await Promise.all(responses.map((reply) => reply.arrayBuffer()));
    const ids = [response, ...responses].map((reply) => reply.headers.get('x-amzn-requestid'));
    expect(new Set(ids).size).toBe(4);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });
});
