/** One part of a Gemini reply's content, as the mock writes it. @see https://ai.google.dev/api/caching#Part */
export type GeminiPart = Record<string, unknown>;

/** A function call the mock has collected whole: Gemini sends a call's arguments at once, never in pieces. */
export interface CollectedCall {
  id: string;
  name: string;
  arguments: string;
}

/** A `functionCall` part. The script validator guarantees the joined arguments are a JSON object. */
export function functionCallPart(call: CollectedCall): GeminiPart {
  return { functionCall: { id: call.id, name: call.name, args: JSON.parse(call.arguments) as unknown } };
}

/**
 * Puts a thought signature on a part. Gemini attaches a signature to the part that follows the thinking it seals
 * (the first function call of a step, or text), so the mock holds a script's signature until the next part.
 * @see https://ai.google.dev/gemini-api/docs/thought-signatures
 */
export function withSignature(part: GeminiPart, signature: string | undefined): GeminiPart {
  return signature === undefined ? part : { ...part, thoughtSignature: signature };
}

/** One candidate's content, as every reply and every stream chunk wraps its parts. */
export function candidate(parts: GeminiPart[], finishReason?: string): Record<string, unknown> {
  return { content: { parts, role: 'model' }, ...(finishReason ? { finishReason } : {}), index: 0 };
}
