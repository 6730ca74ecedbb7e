import type { IncomingHttpHeaders } from 'node:http';
import type { ContentBlock } from '../script/collect-content.js';
import type { FinishReason, Script, ScriptTiming, Usage } from '../script/script.js';
import type { ProviderError, StreamPart } from '../script/stream-part.js';
import type { RequestAuthorization } from '../server/recorded-request.js';

/** Bytes of one stream event: SSE text, or binary frames for formats such as Amazon's eventstream. */
export type Frame = string | Uint8Array;

/** A complete HTTP answer: an error, or a reply that is not streamed. */
export interface HttpReply {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

/** What a wire format sees of an incoming request. */
export interface IncomingRequestView {
  method: string;
  /** The path without the query string, still percent-encoded. */
  path: string;
  /** The request target as received: path and query, still percent-encoded (what a signature covers). */
  url: string;
  headers: IncomingHttpHeaders;
  rawBody: Buffer;
}

/** What the mock needs to know about a request a wire format accepted. */
export interface ParsedRequest {
  model: string;
  stream: boolean;
  /** Whether the stream ends with token usage (OpenAI sends it only when the client asks). */
  streamUsage: boolean;
  lastUserText: string;
  body: unknown;
}

/** Everything a renderer needs to write one reply. */
export interface ReplyContext {
  request: ParsedRequest;
  script: Script;
  usage: Usage;
  finishReason: FinishReason;
  /** When the reply began to play (`Date.now()`), for formats that report their latency. */
  startedAt: number;
}

/** Writes one streamed reply, part by part; it holds the per-stream state (ids, open content blocks). */
export interface StreamRenderer {
  /** Response headers of the stream (content type, request id). */
  readonly headers: Record<string, string>;
  /** Frames that open the stream, sent together with the first chunk. */
  start(): Frame[];
  render(part: StreamPart): Frame[];
  /** The provider's in-stream error event; the stream ends after it. */
  renderError(error: ProviderError): Frame[];
  /** Frames that close a stream that ran to its end (finish reason, usage, terminator). */
  finish(): Frame[];
}

/** What a wire format found out about who sent a request, and the refusal to send when it does not accept them. */
export interface AuthenticationResult {
  authorization: RequestAuthorization;
  /** The provider's own error reply when the credentials are missing or wrong. */
  rejection?: HttpReply;
}

/** Recorded bytes played back instead of a script: a whole error reply, or a stream written in pieces. */
export interface Replay {
  status: number;
  headers: Record<string, string>;
  /** The body, in the pieces it is written in. */
  chunks: Uint8Array[];
  /** Pauses before the first piece and between pieces (`headersDelayMs` is not used). */
  timing: ScriptTiming;
}

/**
 * One provider's wire format. Each lives in its own folder under `wire/` with this same shape, so adding a
 * provider adds a folder and leaves the others untouched.
 */
export interface WireFormat {
  /** Short name given to script factories (`openai`, `anthropic`, `gemini`, `bedrock`). */
  readonly name: string;
  /** Whether the format can mix the pieces of parallel tool calls (OpenAI's `index`) or shows one block at a time. */
  readonly interleavesToolCalls: boolean;
  matches(route: { method: string; path: string }): boolean;
  /**
   * Checks credentials that need more than a comparison (signatures), before `readRequest`; formats whose keys are
   * compared in `readRequest` leave it out.
   */
  authenticate?(request: IncomingRequestView): Promise<AuthenticationResult>;
  /** Checks credentials, headers and body, answering the provider's own error when they are wrong. */
  readRequest(request: IncomingRequestView): { ok: true; request: ParsedRequest } | { ok: false; reply: HttpReply };
  /** Recorded bytes that answer this request instead of a script, when the request asks for a recording. */
  findReplay?(request: ParsedRequest): Replay | undefined;
  renderError(error: ProviderError): HttpReply;
  createStreamRenderer(context: ReplyContext): StreamRenderer;
  renderResponse(context: ReplyContext & { content: ContentBlock[] }): HttpReply;
}
