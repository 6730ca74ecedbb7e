import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One recorded `POST /model/{modelId}/converse-stream` exchange with Amazon Bedrock. */
export interface Recording {
  /** File name without extension, e.g. `model_stream`. */
  name: string;
  request: {
    method: string;
    /** The path as the SDK sent it, model id percent-encoded: `/model/us.amazon.nova-micro-v1%3A0/converse-stream`. */
    path: string;
    body: Record<string, unknown>;
  };
  response: {
    status: number;
    headers: Record<string, string[]>;
    /** The JSON body of an error reply sent before any stream. */
    body?: { message: string };
  };
  /** The raw `application/vnd.amazon.eventstream` body; empty for an error reply. */
  eventStream: Uint8Array;
}

/**
 * Where the recordings live: `packages/testing/recordings/`, copied there with their provenance by
 * `scripts/copy-recordings.ts`. The environment variable `HEIMDALL_RECORDINGS_DIR` points elsewhere.
 */
export function recordingsDirectory(): string {
  const configured = process.env.HEIMDALL_RECORDINGS_DIR;
  const directory = configured ?? fileURLToPath(new URL('../recordings/', import.meta.url));
  if (!existsSync(directory)) {
    throw new Error(`No Bedrock recordings at ${directory}: set HEIMDALL_RECORDINGS_DIR to the folder that holds them`);
  }
  return directory;
}

/** Every recording, streams and pre-stream errors alike, sorted by name. */
export function loadRecordings(): Recording[] {
  const directory = recordingsDirectory();
  return readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.json'.length);
      const { request, response } = JSON.parse(readFileSync(`${directory}/${file}`, 'utf8')) as Recording;
      const binary = `${directory}/${name}.bin`;
      const eventStream = existsSync(binary) ? new Uint8Array(readFileSync(binary)) : new Uint8Array();
      return { name, request, response, eventStream };
    });
}

/** The recordings that carry an event stream (status 200). */
export function loadStreamRecordings(): Recording[] {
  return loadRecordings().filter((recording) => recording.response.status === 200);
}

/** Looks one recording up by name, failing loudly when it is missing. */
export function loadRecording(name: string): Recording {
  const recording = loadRecordings().find((candidate) => candidate.name === name);
  if (!recording) throw new Error(`No recording named ${name} in ${recordingsDirectory()}`);
  return recording;
}
