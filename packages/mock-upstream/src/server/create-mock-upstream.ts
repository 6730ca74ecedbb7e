import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEchoScript } from '../script/echo-script.js';
import type { ScriptSource } from '../script/script.js';
import { createAnthropicWireFormat } from '../wire/anthropic/anthropic-wire-format.js';
import type { BedrockCredentials } from '../wire/bedrock/authenticate-bedrock-request.js';
import { createBedrockWireFormat } from '../wire/bedrock/bedrock-wire-format.js';
import { checkReplayOptions, type RecordingReplayOptions } from '../wire/bedrock/recording-replay.js';
import { createGeminiWireFormat } from '../wire/gemini/gemini-wire-format.js';
import { createOpenAiWireFormat } from '../wire/openai/openai-wire-format.js';
import type { WireFormat } from '../wire/wire-format.js';
import { handleRequest } from './handle-request.js';
import type { RecordedRequest } from './recorded-request.js';
import { createScriptRegistry } from './script-registry.js';

/** Options of {@link createMockUpstream}. */
export interface MockUpstreamOptions {
  /** Defaults to `127.0.0.1`. */
  host?: string;
  /** Defaults to `0`: a free port chosen by the system. */
  port?: number;
  /** Keys the mock expects; a request with a wrong or missing key gets the provider's 401. None checked by default. */
  apiKeys?: {
    /** Expected in `Authorization: Bearer …`. */
    openai?: string;
    /** Expected in `x-api-key`. */
    anthropic?: string;
    /** Expected in `x-goog-api-key` (or the `key` query parameter). */
    gemini?: string;
    /**
     * Bedrock requests must be SigV4-signed (service `bedrock`) with this access key, or carry this bearer token;
     * others get Bedrock's 403. How each request was signed is in `requests[].authorization`.
     */
    bedrock?: BedrockCredentials;
  };
  /** The script used when nothing else is scripted, and again after `reset()`. Defaults to an echo of the user. */
  defaultScript?: ScriptSource;
}

/** A running mock upstream. */
export interface MockUpstream {
  /** The origin, such as `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Base URL for OpenAI clients (the origin plus `/v1`). */
  readonly openaiBaseUrl: string;
  /** Base URL for Anthropic clients (the origin: the SDK adds `/v1/messages`). */
  readonly anthropicBaseUrl: string;
  /** Base URL for Gemini clients (the origin: clients add `/v1beta/models/{model}:streamGenerateContent`). */
  readonly geminiBaseUrl: string;
  /** Endpoint for Bedrock Runtime clients (the origin: clients add `/model/{modelId}/converse-stream`). */
  readonly bedrockBaseUrl: string;
  /** Every request received since start or the last `reset()`, oldest first. */
  readonly requests: readonly RecordedRequest[];
  /** Sets the script that answers every request not scripted per model. Throws `ScriptError` on a bad script. */
  script(script: ScriptSource): void;
  /** Sets the script that answers requests naming `model`. Throws `ScriptError` on a bad script. */
  scriptFor(model: string, script: ScriptSource): void;
  /**
   * Makes Bedrock requests naming `model` (percent-decoded) replay a recorded Bedrock reply, optionally cut into
   * small pieces with pauses. Without this, a model id `recording.{name}` replays the recording whole. Throws when
   * the recording does not exist or an option is invalid.
   */
  replayFor(model: string, options: RecordingReplayOptions): void;
  /** Forgets recorded requests, per-model scripts and replays, and restores the default script. */
  reset(): void;
  /** Stops listening and closes every open connection, streams included. */
  close(): Promise<void>;
}

/**
 * Starts a scriptable LLM upstream on loopback that speaks OpenAI Chat Completions (`POST /v1/chat/completions`),
 * Anthropic Messages (`POST /v1/messages`), Gemini (`POST /v1beta/models/{model}:streamGenerateContent` and
 * `:generateContent`) and Bedrock Converse (`POST /model/{modelId}/converse-stream` and
 * `/converse`), streamed or not, byte for byte as the providers do.
 */
export async function createMockUpstream(options: MockUpstreamOptions = {}): Promise<MockUpstream> {
  const replays = new Map<string, RecordingReplayOptions>();
  const wireFormats: WireFormat[] = [
    createOpenAiWireFormat({ apiKey: options.apiKeys?.openai }),
    createAnthropicWireFormat({ apiKey: options.apiKeys?.anthropic }),
    createGeminiWireFormat({ apiKey: options.apiKeys?.gemini }),
    createBedrockWireFormat({ credentials: checkBedrockCredentials(options.apiKeys?.bedrock), replays }),
  ];
  const registry = createScriptRegistry({ initialDefault: options.defaultScript ?? createEchoScript() });
  const requests: RecordedRequest[] = [];

  const server = createServer((request, response) => {
    handleRequest({ request, response, wireFormats, registry, requests }).catch((error: unknown) => {
      // A fault of the mock itself: fail the exchange visibly rather than leave the client waiting.
      if (response.headersSent) {
        response.destroy(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`Mock upstream failure: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });

  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  return {
    url,
    openaiBaseUrl: `${url}/v1`,
    anthropicBaseUrl: url,
    geminiBaseUrl: url,
    bedrockBaseUrl: url,
    requests,
    script: (script) => registry.setDefault(script),
    scriptFor: (model, script) => registry.setForModel(model, script),
    replayFor: (model, replay) => {
      if (typeof model !== 'string' || model === '') throw new TypeError('replayFor: model must be a non-empty string');
      replays.set(model, checkReplayOptions(replay));
    },
    reset: () => {
      requests.length = 0;
      registry.reset();
      replays.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** A signing key needs both halves; a half-given key would make every signed request fail for no visible reason. */
function checkBedrockCredentials(credentials: BedrockCredentials | undefined): BedrockCredentials {
  if (credentials === undefined) return {};
  if ((credentials.accessKeyId === undefined) !== (credentials.secretAccessKey === undefined)) {
    throw new TypeError('apiKeys.bedrock needs both accessKeyId and secretAccessKey, or neither');
  }
  return credentials;
}
