import type { ContentBlock } from '../../script/collect-content.js';
import { createId } from '../create-id.js';
import type { HttpReply, ReplyContext } from '../wire-format.js';
import { openAiFinishReasons, openAiSystemFingerprint, toOpenAiUsage } from './openai-mapping.js';

/**
 * A reply that is not streamed: one `chat.completion` object. `content` is `null` when the reply only calls tools.
 * @see https://platform.openai.com/docs/api-reference/chat/object
 */
export function renderOpenAiCompletion(context: ReplyContext & { content: ContentBlock[] }): HttpReply {
  const text = context.content.flatMap((block) => (block.type === 'text' ? [block.text] : [])).join('');
  const reasoning = context.content.flatMap((block) => (block.type === 'reasoning' ? [block.text] : [])).join('');
  const toolCalls = context.content.flatMap((block) =>
    block.type === 'tool-call'
      ? [{ id: block.id, type: 'function', function: { name: block.name, arguments: block.arguments } }]
      : [],
  );
  const message = {
    role: 'assistant',
    content: text === '' && toolCalls.length > 0 ? null : text,
    ...(reasoning === '' ? {} : { reasoning_content: reasoning }),
    refusal: null,
    annotations: [],
    ...(toolCalls.length === 0 ? {} : { tool_calls: toolCalls }),
  };
  const completion = {
    id: createId('chatcmpl-', 29),
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: context.request.model,
    choices: [{ index: 0, message, logprobs: null, finish_reason: openAiFinishReasons[context.finishReason] }],
    usage: toOpenAiUsage(context.usage),
    service_tier: 'default',
    system_fingerprint: openAiSystemFingerprint,
  };
  return {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-request-id': createId('req_', 32) },
    body: JSON.stringify(completion),
  };
}
