/**
 * A provider-neutral description of one upstream reply. Each wire format (OpenAI, Anthropic, …) renders the same
 * script into its own bytes, so one script drives every provider adapter of the gateway.
 */
export interface Script {
  /** When set, the upstream fails before any reply byte is streamed. */
  failure?: PreStreamFailure;
  /** What the reply streams, in order. */
  steps: ScriptStep[];
  /** Token counts reported at the end of the reply. Defaults to no input tokens and one output token per piece. */
  usage?: Usage;
  /** Why generation ended. Defaults to `tool-calls` when the script calls tools, `stop` otherwise. */
  finishReason?: FinishReason;
  /** The stop sequence that was matched, reported when `finishReason` is `stop-sequence`. */
  stopSequence?: string;
  /** Pauses that model a slow upstream. */
  timing?: ScriptTiming;
}

/** Pauses applied while a script plays. */
export interface ScriptTiming {
  /** Wait before the response status line and headers are sent. */
  headersDelayMs?: number;
  /** Wait between the headers and the first chunk of the body. */
  firstChunkDelayMs?: number;
  /** Wait between two consecutive chunks of the body. */
  betweenChunksDelayMs?: number;
}

/** A failure that happens before the reply starts. */
export type PreStreamFailure =
  | {
      /** The upstream answers with an HTTP error in the provider's own error body. */
      type: 'http-error';
      status: number;
      /** The provider's error message; a status-specific default when omitted. */
      message?: string;
      /** The provider's error type (`rate_limit_error`, `server_error`, …); derived from the status when omitted. */
      errorType?: string;
      /** Sent as the `retry-after` header, in seconds. */
      retryAfterSeconds?: number;
    }
  | {
      /** The upstream accepts the request and never answers, so only the client's own timeout ends the wait. */
      type: 'no-response';
    };

/** Neutral finish reasons; each wire format maps them to its own names (`stop`/`end_turn`, …). */
export type FinishReason = 'stop' | 'length' | 'tool-calls' | 'content-filter' | 'stop-sequence';

/**
 * Token counts of one reply, with Bedrock's and Anthropic's meaning: `inputTokens` excludes the tokens read from or
 * written to the prompt cache. Formats that count those inside the input (OpenAI's `prompt_tokens`) add them up.
 */
export interface Usage {
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens?: number;
  cacheWriteTokens?: number;
  /** Output tokens spent on reasoning (reported by OpenAI as `completion_tokens_details.reasoning_tokens`). */
  reasoningTokens?: number;
}

/** One tool call of a `tool-calls` step. */
export interface ScriptToolCall {
  id: string;
  name: string;
  /** The JSON arguments, cut into the pieces that are streamed; joined, they must form a JSON object. */
  arguments: string[];
}

/** One step of a script, played in order. */
export type ScriptStep =
  | { type: 'text'; text: string }
  | { type: 'reasoning'; text: string }
  /** Closes the current reasoning block with its signature (Anthropic's `signature_delta`). */
  | { type: 'reasoning-signature'; signature: string }
  /** An encrypted reasoning block (Anthropic's `redacted_thinking`); formats without one leave it out. */
  | { type: 'redacted-reasoning'; data: string }
  /**
   * Calls made together. `sequential` streams each call's pieces after the previous call's; `interleaved`
   * alternates between calls, which OpenAI's `index` allows and formats with one block at a time ignore.
   */
  | { type: 'tool-calls'; calls: ScriptToolCall[]; order?: 'sequential' | 'interleaved' }
  /** A keep-alive event (Anthropic's `ping`); formats without one send nothing. */
  | { type: 'ping' }
  /** An extra pause at this point of the stream. */
  | { type: 'delay'; ms: number }
  /**
   * The provider's in-stream error event, which ends the stream. A reply that is not streamed answers with this
   * status and error body instead.
   */
  | { type: 'stream-error'; status?: number; message?: string; errorType?: string }
  /** The connection is destroyed mid-stream, without the end of the chunked body. */
  | { type: 'drop-connection' };

/** What a script factory knows about the request it answers. */
export interface ScriptRequest {
  /** The wire format that received the request (`openai`, `anthropic`, `gemini`, `bedrock`). */
  wireFormat: string;
  model: string;
  stream: boolean;
  /** The text of the last user message, for scripts that echo it. */
  lastUserText: string;
  body: unknown;
}

/** Builds a script for each request, for replies that depend on what was asked. */
export type ScriptFactory = (request: ScriptRequest) => Script;

/** A fixed script or a factory of scripts. */
export type ScriptSource = Script | ScriptFactory;
