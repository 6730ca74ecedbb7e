import type { ConverseStreamEvent } from '@heimdall/spec';
import { createSpecValidator, loadStreamRecordings, type Recording } from '@heimdall/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConverseStream } from '../stream/converse-stream.js';
import {
  type LoopbackServer,
  startLoopbackServer,
  writeEventStreamHead,
  writeInChunks,
} from '../test-support/loopback-server.js';
import { recordedResponses } from '../test-support/recorded-responses.js';
import { recordingEvents } from '../test-support/recording-events.js';
import { createHeimdallClient } from './create-heimdall-client.js';

const recordings = loadStreamRecordings();
const validator = createSpecValidator();
let server: LoopbackServer;

beforeAll(async () => {
  server = await startLoopbackServer();
});
afterAll(() => server.close());

/** Serves `recording` to the next requests, `chunkSize` bytes per HTTP chunk (all at once when omitted). */
function serve(recording: Recording, chunkSize?: number): void {
  server.handle(async (_request, response) => {
    writeEventStreamHead(response, `request-${recording.name}`);
    await writeInChunks(response, recording.eventStream, chunkSize ?? recording.eventStream.length);
    response.end();
  });
}

/** The model id a recording's path names, decoded. */
const modelIdOf = (recording: Recording) =>
  decodeURIComponent(recording.request.path.split('/')[2] ?? 'missing model id');

describe('converseStream over HTTP', () => {
  it.each(recordings.map((recording) => [recording.name, recording] as const))(
    'gives every event of %s in order, then its Converse reply and request id',
    async (name, recording) => {
      serve(recording);
      const client = createHeimdallClient({ baseUrl: server.baseUrl });
      const stream = client.converseStream(modelIdOf(recording), recording.request.body);
      const events: ConverseStreamEvent[] = [];
      for await (const event of stream) events.push(event);
      expect(events).toEqual(await recordingEvents(recording));
      for (const event of events) {
        const [eventType, payload] = Object.entries(event)[0] ?? [];
        expect(validator.streamEventProblems(eventType ?? '', payload)).toEqual([]);
      }
      expect(await stream.finalResponse()).toEqual(recordedResponses[name]);
      expect(await stream.requestId).toBe(`request-${name}`);
    },
  );

  it.each(recordings.map((recording) => [recording.name, recording] as const))(
    'decodes %s sent one byte per chunk',
    async (name, recording) => {
      serve(recording, 1);
      const client = createHeimdallClient({ baseUrl: server.baseUrl });
      const stream = client.converseStream(modelIdOf(recording), recording.request.body);
      expect(await stream.finalResponse()).toEqual(recordedResponses[name]);
    },
  );

  it('sends the path, headers and body an AWS SDK sends, percent-encoding the model id', async () => {
    const recording = recordings.find((candidate) => candidate.name === 'model_thinking_part_stream');
    if (!recording) throw new Error('The model_thinking_part_stream recording is missing');
    serve(recording);
    const client = createHeimdallClient({ baseUrl: `${server.baseUrl}/`, apiKey: 'secret-key', virtualKey: 'vk-1' });
    await client.converseStream(modelIdOf(recording), recording.request.body).finalResponse();
    const received = server.requests.at(-1);
    expect(received?.method).toBe('POST');
    expect(received?.rawPath).toBe(recording.request.path);
    expect(received?.headers).toMatchObject({
      authorization: 'Bearer secret-key',
      'x-bf-vk': 'vk-1',
      'content-type': 'application/json',
    });
    expect(JSON.parse(received?.body ?? '')).toEqual(recording.request.body);
  });

  it.each([
    ['openai/gpt-4o', '', '/model/openai%2Fgpt-4o/converse-stream'],
    ['us.amazon.nova-micro-v1:0', '/litellm', '/litellm/model/us.amazon.nova-micro-v1%3A0/converse-stream'],
    [
      "a model (v2)!*'",
      '/pydanticai/bedrock',
      '/pydanticai/bedrock/model/a%20model%20%28v2%29%21%2A%27/converse-stream',
    ],
  ] as const)('puts model %s under prefix %j as the bytes %s', async (modelId, prefix, rawPath) => {
    const [recording] = recordings;
    if (!recording) throw new Error('No recordings');
    serve(recording);
    const client = createHeimdallClient({ baseUrl: server.baseUrl, prefix });
    await client.converseStream(modelId, { messages: [] }).finalResponse();
    expect(server.requests.at(-1)?.rawPath).toBe(rawPath);
  });

  it('lets one call choose its own prefix and add headers to the client’s', async () => {
    const [recording] = recordings;
    if (!recording) throw new Error('No recordings');
    serve(recording);
    const client = createHeimdallClient({ baseUrl: server.baseUrl, prefix: '/langchain', headers: { 'x-team': 'a' } });
    await client
      .converseStream('m', { messages: [] }, { prefix: '/bedrock', headers: { 'x-call': 'b' } })
      .finalResponse();
    const received = server.requests.at(-1);
    expect(received?.rawPath).toBe('/bedrock/model/m/converse-stream');
    expect(received?.headers).toMatchObject({ 'x-team': 'a', 'x-call': 'b' });
  });

  it('is a ReadableStream that a reader can read as well as an async iterable', async () => {
    const [recording] = recordings;
    if (!recording) throw new Error('No recordings');
    serve(recording);
    const stream = createHeimdallClient({ baseUrl: server.baseUrl }).converseStream('m', { messages: [] });
    expect(stream).toBeInstanceOf(ReadableStream);
    expect(stream).toBeInstanceOf(ConverseStream);
    const reader = stream.getReader();
    const first = await reader.read();
    expect(first.value).toEqual({ messageStart: { role: 'assistant' } });
    reader.releaseLock();
    expect(await stream.finalResponse()).toEqual(recordedResponses[recording.name]);
  });

  it('gives only the text deltas from textStream()', async () => {
    const recording = recordings.find((candidate) => candidate.name === 'model_thinking_part_stream');
    if (!recording) throw new Error('The model_thinking_part_stream recording is missing');
    serve(recording);
    const stream = createHeimdallClient({ baseUrl: server.baseUrl }).converseStream('m', { messages: [] });
    const pieces: string[] = [];
    for await (const text of stream.textStream()) pieces.push(text);
    expect(pieces.join('')).toBe("Hello! It's nice to meet you. How can I help you today?");
    expect(pieces.length).toBe(5);
  });
});
