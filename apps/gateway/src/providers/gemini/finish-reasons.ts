import type { StopReason } from '@heimdall/spec';

/**
 * Gemini `finishReason` (and a prompt's `promptFeedback.blockReason`) → Bedrock `stopReason`. Gemini says `STOP`
 * after function calls too, so a reply that called functions ends with `tool_use` whatever its reason was; it says
 * `STOP` for a matched stop sequence as well, which Bedrock would call `stop_sequence` but cannot be told apart.
 * Every reason for blocked or withheld content is `content_filtered`; a malformed or unexpected function call is
 * `malformed_tool_use`; reasons not listed (`OTHER`, `LANGUAGE`, image-only reasons) end the turn.
 * @see https://ai.google.dev/api/generate-content#FinishReason
 * @see https://ai.google.dev/api/generate-content#BlockReason
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_MessageStopEvent.html
 */
export const stopReasonByFinishReason: Record<string, StopReason> = {
  STOP: 'end_turn',
  MAX_TOKENS: 'max_tokens',
  SAFETY: 'content_filtered',
  RECITATION: 'content_filtered',
  BLOCKLIST: 'content_filtered',
  PROHIBITED_CONTENT: 'content_filtered',
  SPII: 'content_filtered',
  IMAGE_SAFETY: 'content_filtered',
  IMAGE_PROHIBITED_CONTENT: 'content_filtered',
  IMAGE_RECITATION: 'content_filtered',
  MALFORMED_FUNCTION_CALL: 'malformed_tool_use',
  UNEXPECTED_TOOL_CALL: 'malformed_tool_use',
  TOO_MANY_TOOL_CALLS: 'malformed_tool_use',
  MALFORMED_RESPONSE: 'malformed_model_output',
};

export function stopReasonFor(finishReason: string, calledFunctions: boolean): StopReason {
  const reason = stopReasonByFinishReason[finishReason] ?? 'end_turn';
  return reason === 'end_turn' && calledFunctions ? 'tool_use' : reason;
}
