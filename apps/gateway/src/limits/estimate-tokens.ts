import type { BedrockConverseRequest } from '@heimdall/spec';

/** What a request may produce when it does not say: most models' default cap is of this order. */
export const defaultOutputTokenEstimate = 4_096;

/** About four characters of English text or JSON make one token, for the tokenizers of every provider served. */
export const charactersPerToken = 4;

/**
 * How many tokens a request will use at most, before it is sent, so that a token limit can refuse the request that
 * would cross it instead of letting it through and counting afterwards: the input from its messages, system prompt
 * and tool definitions, and the output it allows (`inferenceConfig.maxTokens`, else {@link defaultOutputTokenEstimate}).
 */
export function estimateTokens(
  request: Pick<BedrockConverseRequest, 'messages' | 'system' | 'toolConfig' | 'inferenceConfig'>,
): {
  input: number;
  output: number;
} {
  const characters =
    JSON.stringify(request.messages ?? []).length +
    JSON.stringify(request.system ?? []).length +
    JSON.stringify(request.toolConfig ?? {}).length;
  return {
    input: Math.ceil(characters / charactersPerToken),
    output: request.inferenceConfig?.maxTokens ?? defaultOutputTokenEstimate,
  };
}
