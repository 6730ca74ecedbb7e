import { accumulateConverseStream } from '@heimdall/client';
import { decodeConverseStream } from '@heimdall/eventstream';
import type { ConverseResponse, ConverseStreamEvent } from '@heimdall/spec';
import { loadRecording } from '@heimdall/testing';

/** The recording the reference's examples come from: a short question with a system prompt, answered by Bedrock. */
export const exampleRecordingName = 'model_stream';

/** A real exchange with Amazon Bedrock, in the shapes the reference shows. */
export interface RecordedExamples {
  /** Where the recording comes from, shown under the examples. */
  source: string;
  /** The model id as the client named it, decoded from the recorded path. */
  modelId: string;
  /** The JSON request body, as sent. */
  request: Record<string, unknown>;
  /** Every event of the recorded stream, in order, as the frames carried them. */
  events: ConverseStreamEvent[];
  /** The Converse reply those events add up to: Converse answers with the same content in one JSON body. */
  reply: ConverseResponse;
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/**
 * Reads the examples from a recording in `packages/testing/recordings`, decoding its event stream with the
 * CRC-checking codec, so that the reference shows what a Bedrock client really sends and receives instead of values
 * made up from the schema.
 */
export async function loadRecordedExamples(name = exampleRecordingName): Promise<RecordedExamples> {
  const recording = loadRecording(name);
  const match = /^\/model\/([^/]+)\/converse-stream$/.exec(recording.request.path);
  if (!match?.[1]) throw new Error(`The recording ${name} is not a ConverseStream request: ${recording.request.path}`);
  const events: ConverseStreamEvent[] = [];
  for await (const event of decodeConverseStream(once(recording.eventStream))) events.push(event);
  if (events.length === 0) throw new Error(`The recording ${name} holds no events`);
  return {
    source: `packages/testing/recordings/${name}: Amazon Bedrock's reply, recorded in the pydantic-ai test suite`,
    modelId: decodeURIComponent(match[1]),
    request: recording.request.body,
    events,
    reply: await accumulateConverseStream(replay(events)),
  };
}

async function* replay(events: readonly ConverseStreamEvent[]): AsyncGenerator<ConverseStreamEvent> {
  yield* events;
}
