import type { BedrockContentBlock, BedrockMessage, ReasoningContentBlock } from '@heimdall/spec';
import {
  documentBlock,
  imageBlock,
  markCachePoint,
  searchResultBlock,
  toolResultBlock,
  unsupported,
} from './content-blocks.js';
import type { ContentBlockParam, MessageParam, TextBlockParam } from './messages-api-types.js';

/**
 * Reasoning goes back as Claude sent it, so that a tool-use turn with thinking can continue: the signature lets
 * Anthropic check the thinking is unchanged. Reasoning without a signature (from another model) cannot be checked,
 * and Anthropic would refuse it, so it is left out, as providers without reasoning leave it out too.
 * @see https://docs.anthropic.com/en/docs/build-with-claude/extended-thinking#preserving-thinking-blocks
 */
function reasoningBlock(reasoning: ReasoningContentBlock): ContentBlockParam | undefined {
  if ('redactedContent' in reasoning) return { type: 'redacted_thinking', data: reasoning.redactedContent };
  const { text, signature } = reasoning.reasoningText;
  return signature ? { type: 'thinking', thinking: text, signature } : undefined;
}

function contentBlock(block: BedrockContentBlock, where: string): ContentBlockParam | undefined {
  if ('text' in block) return { type: 'text', text: block.text };
  if ('image' in block) return imageBlock(block.image, where);
  if ('document' in block) return documentBlock(block.document, where);
  if ('searchResult' in block) return searchResultBlock(block.searchResult);
  if ('toolResult' in block) return toolResultBlock(block.toolResult, where);
  if ('reasoningContent' in block) return reasoningBlock(block.reasoningContent);
  if ('toolUse' in block) {
    const { toolUseId, name, input, type } = block.toolUse;
    if (type === 'server_tool_use') unsupported(`server tool calls (${where})`);
    return { type: 'tool_use', id: toolUseId, name, input: input ?? {} };
  }
  if ('guardContent' in block) {
    const guarded = block.guardContent;
    if ('text' in guarded) return { type: 'text', text: guarded.text.text };
    return imageBlock({ format: guarded.image.format, source: guarded.image.source }, where);
  }
  if ('citationsContent' in block) {
    return { type: 'text', text: (block.citationsContent.content ?? []).map((piece) => piece.text).join('') };
  }
  return unsupported(`${Object.keys(block)[0]} content (${where})`);
}

function messageBlocks(message: BedrockMessage, where: string): ContentBlockParam[] {
  const blocks: ContentBlockParam[] = [];
  message.content.forEach((block, index) => {
    const at = `${where}.content[${index}]`;
    if ('cachePoint' in block) markCachePoint(blocks, block.cachePoint, at);
    else {
      const converted = contentBlock(block, at);
      if (converted) blocks.push(converted);
    }
  });
  return blocks;
}

function systemMessageText(message: BedrockMessage, where: string): TextBlockParam[] {
  return message.content.map((block, index) => {
    if ('text' in block) return { type: 'text', text: block.text };
    return unsupported(`${Object.keys(block)[0]} in a system message (${where}.content[${index}]): only text`);
  });
}

/** Tool results first: Anthropic wants them at the start of the user turn that answers the tool calls. */
function toolResultsFirst(blocks: ContentBlockParam[]): ContentBlockParam[] {
  const results = blocks.filter((block) => block.type === 'tool_result');
  return results.length === 0 ? blocks : [...results, ...blocks.filter((block) => block.type !== 'tool_result')];
}

/**
 * Converse messages as Anthropic messages. Anthropic wants user and assistant turns to alternate, so consecutive
 * messages of one role become one turn (several tool results stay one user turn); messages left empty (reasoning
 * from another model only) are dropped. Messages with the `system` role join the system prompt, Anthropic's only
 * place for instructions.
 * @see https://docs.anthropic.com/en/api/messages#body-messages
 */
export function convertMessages(messages: readonly BedrockMessage[]): {
  messages: MessageParam[];
  system: TextBlockParam[];
} {
  const turns: MessageParam[] = [];
  const system: TextBlockParam[] = [];
  messages.forEach((message, index) => {
    const where = `messages[${index}]`;
    if (message.role === 'system') {
      system.push(...systemMessageText(message, where));
      return;
    }
    const blocks = messageBlocks(message, where);
    if (blocks.length === 0) return;
    const previous = turns.at(-1);
    if (previous?.role === message.role) previous.content.push(...blocks);
    else turns.push({ role: message.role, content: blocks });
  });
  for (const turn of turns) if (turn.role === 'user') turn.content = toolResultsFirst(turn.content);
  return { messages: turns, system };
}
