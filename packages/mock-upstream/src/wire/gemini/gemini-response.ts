import type { ContentBlock } from '../../script/collect-content.js';
import { createId } from '../create-id.js';
import type { HttpReply, ReplyContext } from '../wire-format.js';
import { geminiFinishReasons, toGeminiUsage } from './gemini-mapping.js';
import { candidate, functionCallPart, type GeminiPart, withSignature } from './gemini-parts.js';

/**
 * A reply that is not streamed (`generateContent`): one `GenerateContentResponse` with every part. As in the stream,
 * a thinking block's signature rides on the part after it.
 * @see https://ai.google.dev/api/generate-content#v1beta.GenerateContentResponse
 */
export function renderGeminiResponse(context: ReplyContext & { content: ContentBlock[] }): HttpReply {
  const parts: GeminiPart[] = [];
  let signature: string | undefined;
  const push = (part: GeminiPart) => {
    parts.push(withSignature(part, signature));
    signature = undefined;
  };
  for (const block of context.content) {
    switch (block.type) {
      case 'text':
        push({ text: block.text });
        break;
      case 'reasoning':
        push({ text: block.text, thought: true });
        signature = block.signature;
        break;
      case 'tool-call':
        push(functionCallPart(block));
        break;
      case 'redacted-reasoning':
        break;
    }
  }
  if (signature !== undefined || parts.length === 0) push({ text: '' });
  const body = {
    candidates: [candidate(parts, geminiFinishReasons[context.finishReason])],
    usageMetadata: toGeminiUsage(context.usage),
    modelVersion: context.request.model,
    responseId: createId('', 22),
  };
  return { status: 200, headers: { 'content-type': 'application/json; charset=UTF-8' }, body: JSON.stringify(body) };
}
