/**
 * The parts of Anthropic's Messages wire format the adapter reads and writes.
 * @see https://docs.anthropic.com/en/api/messages
 * @see https://docs.anthropic.com/en/docs/build-with-claude/streaming
 */

/** Marks the end of a prompt prefix to cache. @see https://docs.anthropic.com/en/docs/build-with-claude/prompt-caching */
export interface CacheControl {
  type: 'ephemeral';
  ttl?: '5m' | '1h';
}

export interface TextBlockParam {
  type: 'text';
  text: string;
  cache_control?: CacheControl;
}

export interface ImageBlockParam {
  type: 'image';
  source: { type: 'base64'; media_type: string; data: string };
  cache_control?: CacheControl;
}

export type DocumentSourceParam =
  | { type: 'base64'; media_type: 'application/pdf'; data: string }
  | { type: 'text'; media_type: 'text/plain'; data: string }
  | { type: 'content'; content: TextBlockParam[] };

export interface DocumentBlockParam {
  type: 'document';
  source: DocumentSourceParam;
  title?: string;
  context?: string;
  citations?: { enabled: boolean };
  cache_control?: CacheControl;
}

export interface SearchResultBlockParam {
  type: 'search_result';
  source: string;
  title: string;
  content: TextBlockParam[];
  citations?: { enabled: boolean };
  cache_control?: CacheControl;
}

export interface ToolUseBlockParam {
  type: 'tool_use';
  id: string;
  name: string;
  input: unknown;
  cache_control?: CacheControl;
}

export type ToolResultContentParam = TextBlockParam | ImageBlockParam | DocumentBlockParam | SearchResultBlockParam;

export interface ToolResultBlockParam {
  type: 'tool_result';
  tool_use_id: string;
  content?: ToolResultContentParam[];
  is_error?: boolean;
  cache_control?: CacheControl;
}

export interface ThinkingBlockParam {
  type: 'thinking';
  thinking: string;
  signature: string;
}

export interface RedactedThinkingBlockParam {
  type: 'redacted_thinking';
  data: string;
}

export type ContentBlockParam =
  | TextBlockParam
  | ImageBlockParam
  | DocumentBlockParam
  | SearchResultBlockParam
  | ToolUseBlockParam
  | ToolResultBlockParam
  | ThinkingBlockParam
  | RedactedThinkingBlockParam;

export interface MessageParam {
  role: 'user' | 'assistant';
  content: ContentBlockParam[];
}

export interface ToolParam {
  name: string;
  description?: string;
  input_schema: unknown;
  strict?: boolean;
  cache_control?: CacheControl;
}

export type ToolChoiceParam = { type: 'auto' } | { type: 'any' } | { type: 'tool'; name: string };

export interface MessagesRequest {
  model: string;
  messages: MessageParam[];
  max_tokens: number;
  stream: boolean;
  system?: TextBlockParam[];
  temperature?: number;
  top_p?: number;
  stop_sequences?: string[];
  tools?: ToolParam[];
  tool_choice?: ToolChoiceParam;
  thinking?: unknown;
  output_config?: { effort?: string; format?: { type: 'json_schema'; schema: unknown } };
  [field: string]: unknown;
}

/** Token counts as Anthropic reports them: `input_tokens` excludes the tokens read from or written to the cache. */
export interface MessagesUsage {
  input_tokens?: number | null;
  output_tokens?: number | null;
  cache_read_input_tokens?: number | null;
  cache_creation_input_tokens?: number | null;
  /** Cache writes by lifetime. */
  cache_creation?: { ephemeral_5m_input_tokens?: number | null; ephemeral_1h_input_tokens?: number | null } | null;
}

/** The error object of an error body or an `error` event. @see https://docs.anthropic.com/en/api/errors */
export interface MessagesErrorObject {
  type?: string;
  message?: string;
}

export type ContentBlockStart =
  | { type: 'text'; text?: string }
  | { type: 'tool_use'; id: string; name: string }
  | { type: 'thinking'; thinking?: string; signature?: string }
  | { type: 'redacted_thinking'; data: string };

export type ContentBlockDelta =
  | { type: 'text_delta'; text: string }
  | { type: 'input_json_delta'; partial_json: string }
  | { type: 'thinking_delta'; thinking: string }
  | { type: 'signature_delta'; signature: string }
  /** Citations of a text block, when documents were sent with citations enabled. */
  | { type: 'citations_delta'; citation: unknown };

/** One event of a streamed reply, by its `type`. Newer APIs may add types and block types: they are skipped. */
export type MessagesStreamEvent =
  | { type: 'message_start'; message: { usage?: MessagesUsage } }
  | { type: 'content_block_start'; index: number; content_block: ContentBlockStart }
  | { type: 'content_block_delta'; index: number; delta: ContentBlockDelta }
  | { type: 'content_block_stop'; index: number }
  | { type: 'message_delta'; delta: { stop_reason?: string | null }; usage?: MessagesUsage }
  | { type: 'message_stop' }
  | { type: 'ping' }
  | { type: 'error'; error: MessagesErrorObject };
