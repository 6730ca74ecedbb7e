import { BedrockRuntimeServiceException, ResourceNotFoundException } from '@aws-sdk/client-bedrock-runtime';
import { loadRecording, loadStreamRecordings } from '@heimdall/testing';
import { describe, expect, it } from 'vitest';
import { createBedrockClient, createInMemoryBedrockClient, readSdkStream } from '../../test-support/bedrock-client.js';
import { postJson } from '../../test-support/raw-http.js';
import { useMockUpstream } from '../../test-support/use-mock-upstream.js';

const getMock = useMockUpstream();
const streamRecordings = loadStreamRecordings();
const body = { messages: [{ role: 'user', content: [{ text: 'Hi' }] }] };

describe('recorded Bedrock replies replayed by model id', () => {
  it.each(streamRecordings.map((recording) => [recording.name, recording] as const))(
    'gives the AWS SDK the events of %s exactly as Bedrock sent them',
    async (name, recording) => {
      const expected = await readSdkStream(createInMemoryBedrockClient(recording.eventStream), 'in-memory');
      const replayed = await readSdkStream(createBedrockClient(getMock()), `recording.${name}`);

      expect(expected.error).toBeUndefined();
      expect(replayed.error).toBeUndefined();
      expect(replayed.events).toEqual(expected.events);
      expect(replayed.events.at(-1)).toHaveProperty('metadata');
      expect(getMock().requests[0]?.path).toBe(`/model/recording.${name}/converse-stream`);
    },
  );

  it('sends the recorded bytes unchanged, with a request id the recorder had dropped', async () => {
    const recording = loadRecording('model_thinking_part_stream');
    const response = await postJson({
      mock: getMock(),
      path: '/model/recording.model_thinking_part_stream/converse-stream',
      body,
    });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.amazon.eventstream');
    expect(response.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(recording.eventStream);
  });

  it('replays the recorded 400 of streaming_error byte for byte, which the SDK reports with its message', async () => {
    const response = await postJson({
      mock: getMock(),
      path: '/model/recording.streaming_error/converse-stream',
      body,
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toBe('{"message":"The provided model identifier is invalid."}');

    const { error } = await readSdkStream(createBedrockClient(getMock()), 'recording.streaming_error');
    expect(error).toBeInstanceOf(BedrockRuntimeServiceException);
    expect(error).toMatchObject({
      message: 'The provided model identifier is invalid.',
      $metadata: { httpStatusCode: 400 },
    });
  });

  it('answers a recording that does not exist with ResourceNotFoundException naming it', async () => {
    const { error } = await readSdkStream(createBedrockClient(getMock()), 'recording.no_such_recording');

    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect((error as Error).message).toContain('no_such_recording');
  });

  it('refuses a stream recording on /converse, which has no stream to replay', async () => {
    const response = await postJson({ mock: getMock(), path: '/model/recording.model_stream/converse', body });

    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toMatch(/^ValidationException:/);
    expect(await response.json()).toEqual({
      message: 'The recording model_stream is a ConverseStream reply: replay it with /converse-stream.',
    });
  });
});

describe('recordings replayed with replayFor', () => {
  it('answers the recording under its own model id, cut into small pieces, with the same events', async () => {
    const recording = loadRecording('model_iter_stream-0');
    const mock = getMock();
    mock.replayFor('us.amazon.nova-micro-v1:0', {
      recording: 'model_iter_stream-0',
      chunkBytes: 64,
      firstChunkDelayMs: 5,
      betweenChunksDelayMs: 1,
    });
    const expected = await readSdkStream(createInMemoryBedrockClient(recording.eventStream), 'in-memory');
    const replayed = await readSdkStream(createBedrockClient(mock), 'us.amazon.nova-micro-v1:0');

    expect(replayed.error).toBeUndefined();
    expect(replayed.events).toEqual(expected.events);
    expect(replayed.events).toHaveLength(26);
    expect(mock.requests[0]?.path).toBe(recording.request.path);
  });

  it('sends every byte of a recording cut into pieces that split frames', async () => {
    const recording = loadRecording('model_stream');
    getMock().replayFor('cut', { recording: 'model_stream', chunkBytes: 3 });
    const response = await postJson({ mock: getMock(), path: '/model/cut/converse-stream', body });

    expect(new Uint8Array(await response.arrayBuffer())).toEqual(recording.eventStream);
  });

  it('rejects a misspelt recording or a bad chunk size when set, not at the next request', () => {
    expect(() => getMock().replayFor('m', { recording: 'model_strem' })).toThrow(/No recording named model_strem/);
    expect(() => getMock().replayFor('m', { recording: 'model_stream', chunkBytes: 0 })).toThrow(/chunkBytes/);
  });

  it('forgets replays on reset', async () => {
    getMock().replayFor('us.amazon.nova-micro-v1:0', { recording: 'model_stream' });
    getMock().reset();
    const { events } = await readSdkStream(createBedrockClient(getMock()), 'us.amazon.nova-micro-v1:0');

    expect(events[1]).toEqual({ contentBlockDelta: { contentBlockIndex: 0, delta: { text: 'You' } } });
  });
});
