import type { StopReason } from '@heimdall/spec';

/**
 * OpenAI `finish_reason` → Bedrock `stopReason`.
 * @see https://platform.openai.com/docs/api-reference/chat/object#chat/object-choices
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_MessageStopEvent.html
 */
export const stopReasonByFinishReason: Record<string, StopReason> = {
  stop: 'end_turn',
  length: 'max_tokens',
  tool_calls: 'tool_use',
  function_call: 'tool_use',
  content_filter: 'content_filtered',
};

export function stopReasonFor(finishReason: string): StopReason {
  return stopReasonByFinishReason[finishReason] ?? 'end_turn';
}
