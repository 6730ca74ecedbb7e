/**
 * The smallest units a wire format renders: one script step becomes one or more parts, each sent as one chunk of
 * the stream (or folded into the single body of a reply that is not streamed).
 */
export type StreamPart =
  | { type: 'text-delta'; text: string }
  | { type: 'reasoning-delta'; text: string }
  | { type: 'reasoning-signature'; signature: string }
  | { type: 'redacted-reasoning'; data: string }
  /** `index` counts the tool calls of the whole reply, from 0, like OpenAI's `tool_calls[].index`. */
  | { type: 'tool-call-start'; index: number; id: string; name: string }
  | { type: 'tool-call-delta'; index: number; arguments: string }
  | { type: 'ping' };

/** An error the provider reports, before the stream or inside it. */
export interface ProviderError {
  status: number;
  message?: string;
  errorType?: string;
  retryAfterSeconds?: number;
}

/** What the player does next: send a part, pause, fail the stream, or cut the connection. */
export type PlayItem =
  | { type: 'part'; part: StreamPart }
  | { type: 'delay'; ms: number }
  | { type: 'stream-error'; error: ProviderError }
  | { type: 'drop-connection' };
