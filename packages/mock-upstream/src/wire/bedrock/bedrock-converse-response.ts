import type { BedrockContentBlock, ConverseResponse } from '@heimdall/spec';
import type { ContentBlock } from '../../script/collect-content.js';
import type { HttpReply, ReplyContext } from '../wire-format.js';
import { additionalResponseFields, bedrockStopReasons, toBedrockUsage } from './bedrock-mapping.js';
import { createRequestId } from './request-id.js';

/**
 * A reply of `/converse`: the whole `ConverseResponse` built from the same script as the stream. The latency is the
 * time the script took to play.
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html#API_runtime_Converse_ResponseSyntax
 */
export function renderBedrockConverseResponse(context: ReplyContext & { content: ContentBlock[] }): HttpReply {
  const reply: ConverseResponse = {
    output: { message: { role: 'assistant', content: context.content.map(toBedrockBlock) } },
    stopReason: bedrockStopReasons[context.finishReason],
    usage: toBedrockUsage(context.usage),
    metrics: { latencyMs: Date.now() - context.startedAt },
    ...additionalResponseFields(context.script, context.finishReason),
  };
  return {
    status: 200,
    headers: { 'content-type': 'application/json', 'x-amzn-requestid': createRequestId() },
    body: JSON.stringify(reply),
  };
}

function toBedrockBlock(block: ContentBlock): BedrockContentBlock {
  switch (block.type) {
    case 'text':
      return { text: block.text };
    case 'reasoning':
      return {
        reasoningContent: {
          reasoningText: { text: block.text, ...(block.signature === undefined ? {} : { signature: block.signature }) },
        },
      };
    case 'redacted-reasoning':
      return { reasoningContent: { redactedContent: block.data } };
    case 'tool-call':
      // The script validator guarantees the joined arguments are a JSON object.
      return { toolUse: { toolUseId: block.id, name: block.name, input: JSON.parse(block.arguments) } };
  }
}
