import type { StopReason } from '@heimdall/spec';

/**
 * Anthropic `stop_reason` → Bedrock `stopReason`. `pause_turn` (a server-tool loop paused, to be continued by sending
 * the reply back) has no Bedrock counterpart: the turn did end, so it is `end_turn`.
 * @see https://docs.anthropic.com/en/docs/build-with-claude/handling-stop-reasons
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_MessageStopEvent.html
 */
export const stopReasonByAnthropicStopReason: Record<string, StopReason> = {
  end_turn: 'end_turn',
  max_tokens: 'max_tokens',
  stop_sequence: 'stop_sequence',
  tool_use: 'tool_use',
  refusal: 'content_filtered',
  pause_turn: 'end_turn',
  model_context_window_exceeded: 'model_context_window_exceeded',
};

export function stopReasonFor(anthropicStopReason: string): StopReason {
  return stopReasonByAnthropicStopReason[anthropicStopReason] ?? 'end_turn';
}
