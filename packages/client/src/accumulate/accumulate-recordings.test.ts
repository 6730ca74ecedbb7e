import { accumulateConverseStream, ConverseAccumulator } from '@heimdall/eventstream';
import { createSpecValidator, loadStreamRecordings } from '@heimdall/testing';
import { describe, expect, it } from 'vitest';
import { recordedResponses } from '../test-support/recorded-responses.js';
import { eventsOf, recordingEvents } from '../test-support/recording-events.js';

const recordings = loadStreamRecordings();
const validator = createSpecValidator();

describe('accumulating recorded Bedrock streams', () => {
  it('has an expected reply for every recorded stream, so none goes unchecked', () => {
    expect(recordings.map((recording) => recording.name).sort()).toEqual(Object.keys(recordedResponses).sort());
  });

  it.each(recordings.map((recording) => [recording.name, recording] as const))(
    '%s adds up to the reply Converse would give, valid against the spec',
    async (name, recording) => {
      const response = await accumulateConverseStream(eventsOf(await recordingEvents(recording)));
      expect(response).toEqual(recordedResponses[name]);
      expect(validator.problems('ConverseResponse', response)).toEqual([]);
    },
  );

  it('gives the same reply when read twice, so the gateway can log it and send it', async () => {
    const [recording] = recordings;
    if (!recording) throw new Error('No recordings');
    const accumulator = new ConverseAccumulator();
    for (const event of await recordingEvents(recording)) accumulator.push(event);
    expect(accumulator.response).toEqual(accumulator.response);
    expect(accumulator.complete).toBe(true);
  });
});
