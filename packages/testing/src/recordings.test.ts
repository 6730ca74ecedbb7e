import { describe, expect, it } from 'vitest';
import { loadRecording, loadRecordings, loadStreamRecordings } from './recordings.js';

describe('recordings', () => {
  it('finds every recorded stream and the recorded pre-stream error', () => {
    const names = loadRecordings().map((recording) => recording.name);
    expect(names).toContain('model_stream');
    expect(names).toContain('streaming_error');
    expect(loadStreamRecordings().every((recording) => recording.eventStream.byteLength > 0)).toBe(true);
  });

  it('keeps the model id percent-encoded as the SDK sent it', () => {
    expect(loadRecording('model_stream').request.path).toBe('/model/us.amazon.nova-micro-v1%3A0/converse-stream');
  });

  it('names a missing recording instead of returning nothing', () => {
    expect(() => loadRecording('no_such_recording')).toThrow(/no_such_recording/);
  });
});
