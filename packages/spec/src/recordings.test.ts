import { createSpecValidator, decodeFrames, loadRecording, loadStreamRecordings } from '@heimdall/testing';
import { describe, expect, it } from 'vitest';
import { converseStreamEventTypes } from './generated/constants.gen.js';
import {
  BedrockConverseRequestSchema,
  BedrockErrorSchema,
  ConverseStreamEventSchema,
} from './generated/schemas.gen.js';

const spec = createSpecValidator();
const recordings = loadStreamRecordings();

describe('the spec against real Bedrock replies', () => {
  it.each(recordings.map((recording) => [recording.name, recording] as const))(
    '%s: every event payload matches the schema its :event-type names',
    async (_name, recording) => {
      const frames = await decodeFrames(recording.eventStream);
      expect(frames.length).toBeGreaterThan(0);
      for (const frame of frames) {
        expect(frame.messageType).toBe('event');
        expect(converseStreamEventTypes).toContain(frame.eventType);
        expect(spec.streamEventProblems(frame.eventType, frame.payload)).toEqual([]);
        const event = { [frame.eventType]: frame.payload };
        expect(spec.problems('ConverseStreamEvent', event)).toEqual([]);
        expect(ConverseStreamEventSchema.safeParse(event).error?.issues ?? []).toEqual([]);
      }
    },
  );

  it.each(recordings.map((recording) => [recording.name, recording] as const))(
    '%s: the recorded request body is a valid request',
    (_name, recording) => {
      expect(spec.problems('BedrockConverseRequest', recording.request.body)).toEqual([]);
      expect(BedrockConverseRequestSchema.safeParse(recording.request.body).error?.issues ?? []).toEqual([]);
    },
  );

  it('the recorded pre-stream 400 body is a valid error body', () => {
    const { response } = loadRecording('streaming_error');
    expect(response.status).toBe(400);
    expect(spec.problems('BedrockError', response.body)).toEqual([]);
    expect(BedrockErrorSchema.safeParse(response.body).success).toBe(true);
  });
});
