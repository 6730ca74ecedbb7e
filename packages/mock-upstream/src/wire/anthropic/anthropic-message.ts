import type { ContentBlock } from '../../script/collect-content.js';
import { createId } from '../create-id.js';
import type { HttpReply, ReplyContext } from '../wire-format.js';
import { anthropicStopReasons, toAnthropicUsage } from './anthropic-mapping.js';

/**
 * A reply that is not streamed: one Message object with its content blocks.
 * @see https://docs.anthropic.com/en/api/messages
 */
export function renderAnthropicMessage(context: ReplyContext & { content: ContentBlock[] }): HttpReply {
  const requestId = createId('req_', 24);
  const message = {
    id: createId('msg_', 24),
    type: 'message',
    role: 'assistant',
    model: context.request.model,
    content: context.content.map(toAnthropicBlock),
    stop_reason: anthropicStopReasons[context.finishReason],
    stop_sequence: context.finishReason === 'stop-sequence' ? (context.script.stopSequence ?? null) : null,
    usage: { ...toAnthropicUsage(context.usage), service_tier: 'standard' },
  };
  return {
    status: 200,
    headers: { 'content-type': 'application/json', 'request-id': requestId },
    body: JSON.stringify(message),
  };
}

function toAnthropicBlock(block: ContentBlock): Record<string, unknown> {
  switch (block.type) {
    case 'text':
      return { type: 'text', text: block.text };
    case 'reasoning':
      return { type: 'thinking', thinking: block.text, signature: block.signature ?? '' };
    case 'redacted-reasoning':
      return { type: 'redacted_thinking', data: block.data };
    case 'tool-call':
      // The script validator guarantees the joined arguments are a JSON object.
      return { type: 'tool_use', id: block.id, name: block.name, input: JSON.parse(block.arguments) };
  }
}
