import { loadRecording, type Recording } from '@heimdall/testing';
import type { HttpReply, ParsedRequest, Replay } from '../wire-format.js';
import { bedrockErrorReply } from './bedrock-errors.js';
import { createRequestId } from './request-id.js';

/** How to play one of the recorded Bedrock replies (`shared/fixtures/bedrock-recorded/`). */
export interface RecordingReplayOptions {
  /** The recording's name: its file name without extension, e.g. `model_stream` or `streaming_error`. */
  recording: string;
  /** Cuts the event stream into pieces of this many bytes, cutting frames anywhere; by default it goes out whole. */
  chunkBytes?: number;
  /** Pause before the first piece of the body. */
  firstChunkDelayMs?: number;
  /** Pause between two pieces of the body. */
  betweenChunksDelayMs?: number;
}

/** Model ids of this form replay the named recording: `recording.model_stream`. */
export const recordingModelPrefix = 'recording.';

const loaded = new Map<string, Recording>();

/** A recording read once and kept: the files do not change while the mock runs. */
function recordingNamed(name: string): Recording {
  let recording = loaded.get(name);
  if (recording === undefined) {
    recording = loadRecording(name);
    loaded.set(name, recording);
  }
  return recording;
}

/** Headers of the recording that belong to its connection, not to the reply; Node sets its own. */
const connectionHeaders = new Set(['connection', 'transfer-encoding', 'content-length', 'keep-alive']);

/**
 * Checks replay options when they are set, loading the recording, so a misspelt name fails in the test that set it.
 * Returns the options unchanged.
 */
export function checkReplayOptions(options: RecordingReplayOptions): RecordingReplayOptions {
  recordingNamed(options.recording);
  if (options.chunkBytes !== undefined && !(Number.isSafeInteger(options.chunkBytes) && options.chunkBytes > 0)) {
    throw new TypeError(`chunkBytes must be a whole number of bytes above 0, not ${options.chunkBytes}`);
  }
  for (const name of ['firstChunkDelayMs', 'betweenChunksDelayMs'] as const) {
    const value = options[name];
    if (value !== undefined && !(Number.isFinite(value) && value >= 0)) {
      throw new TypeError(`${name} must be a number of milliseconds from 0, not ${value}`);
    }
  }
  return options;
}

/**
 * The replay a request asks for: the options set for its model with `replayFor`, else a model id
 * `recording.{name}`; `undefined` for any other model. A stream recording answers only ConverseStream; the
 * recorded error reply (`streaming_error`) answers both operations.
 */
export function findRecordingReplay({
  request,
  replays,
}: {
  request: ParsedRequest;
  replays: ReadonlyMap<string, RecordingReplayOptions>;
}): Replay | undefined {
  const options =
    replays.get(request.model) ??
    (request.model.startsWith(recordingModelPrefix)
      ? { recording: request.model.slice(recordingModelPrefix.length) }
      : undefined);
  if (options === undefined) return undefined;
  let recording: Recording;
  try {
    recording = recordingNamed(options.recording);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return whole(bedrockErrorReply({ status: 404, type: 'ResourceNotFoundException', message }));
  }
  if (recording.response.status !== 200) {
    const body = Buffer.from(JSON.stringify(recording.response.body ?? {}));
    return { status: recording.response.status, headers: replyHeaders(recording), chunks: [body], timing: {} };
  }
  if (!request.stream) {
    const message = `The recording ${recording.name} is a ConverseStream reply: replay it with /converse-stream.`;
    return whole(bedrockErrorReply({ status: 400, type: 'ValidationException', message }));
  }
  const { firstChunkDelayMs, betweenChunksDelayMs } = options;
  return {
    status: 200,
    headers: replyHeaders(recording),
    chunks: cut(recording.eventStream, options.chunkBytes),
    timing: { firstChunkDelayMs, betweenChunksDelayMs },
  };
}

/**
 * The recorded headers that describe the reply, plus a fresh `x-amzn-requestid`: the recorder dropped every `x-`
 * header, and clients read the request id from it.
 */
function replyHeaders(recording: Recording): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, values] of Object.entries(recording.response.headers)) {
    if (!connectionHeaders.has(name.toLowerCase())) headers[name] = values.join(', ');
  }
  headers['x-amzn-requestid'] = createRequestId();
  return headers;
}

function cut(bytes: Uint8Array, chunkBytes: number | undefined): Uint8Array[] {
  if (chunkBytes === undefined || bytes.length === 0) return [bytes];
  const chunks: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.length; offset += chunkBytes)
    chunks.push(bytes.subarray(offset, offset + chunkBytes));
  return chunks;
}

function whole(reply: HttpReply): Replay {
  const body = typeof reply.body === 'string' ? Buffer.from(reply.body) : reply.body;
  return { status: reply.status, headers: reply.headers, chunks: [body], timing: {} };
}
