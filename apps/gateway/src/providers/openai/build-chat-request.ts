import { ValidationException } from '@heimdall/eventstream';
import type { BedrockContentBlock, BedrockMessage, ToolResultContentBlock } from '@heimdall/spec';
import type { UpstreamConverseRequest } from '../provider-adapter.js';
import { documentAsText } from '../shared/document-text.js';
import type {
  ChatCompletionRequest,
  ChatContentPart,
  ChatMessage,
  ChatTool,
  ChatToolCall,
  ChatToolChoice,
} from './chat-completions-types.js';

const provider = 'The OpenAI-compatible provider';

function unsupported(what: string): never {
  throw new ValidationException({ message: `${provider} cannot take ${what}` });
}

function userPart(block: BedrockContentBlock, where: string): ChatContentPart | undefined {
  if ('text' in block) return { type: 'text', text: block.text };
  if ('image' in block) {
    const { source, format } = block.image;
    if (!('bytes' in source)) unsupported(`images from S3 (${where}): send the bytes instead`);
    return { type: 'image_url', image_url: { url: `data:image/${format};base64,${source.bytes}` } };
  }
  if ('document' in block) return { type: 'text', text: documentAsText(block.document, provider) };
  if ('guardContent' in block) {
    if ('text' in block.guardContent) return { type: 'text', text: block.guardContent.text.text };
    unsupported(`guardrail images (${where})`);
  }
  if ('cachePoint' in block || 'reasoningContent' in block) return undefined;
  return unsupported(`${Object.keys(block)[0]} content (${where})`);
}

function toolResultText(content: ToolResultContentBlock[], where: string): string {
  return content
    .map((block) => {
      if ('text' in block) return block.text;
      if ('json' in block) return JSON.stringify(block.json);
      if ('document' in block) return documentAsText(block.document, provider);
      return unsupported(`${Object.keys(block)[0]} in a tool result (${where}): tool results are sent as text`);
    })
    .join('\n');
}

function userMessages(message: BedrockMessage, where: string): ChatMessage[] {
  const messages: ChatMessage[] = [];
  const parts: ChatContentPart[] = [];
  message.content.forEach((block, index) => {
    if ('toolResult' in block) {
      const { toolUseId, content, status } = block.toolResult;
      const text = toolResultText(content, `${where}.content[${index}]`);
      // OpenAI has no failure flag on tool messages; the model must still see that the tool failed.
      messages.push({ role: 'tool', tool_call_id: toolUseId, content: status === 'error' ? `Error: ${text}` : text });
      return;
    }
    const part = userPart(block, `${where}.content[${index}]`);
    if (part) parts.push(part);
  });
  // Tool messages must directly follow the assistant message that made the calls.
  if (parts.length > 0) {
    const onlyText = parts.every((part) => part.type === 'text');
    const content = onlyText ? parts.map((part) => (part as { text: string }).text).join('\n') : parts;
    messages.push({ role: 'user', content });
  }
  return messages;
}

function assistantMessage(message: BedrockMessage, where: string): ChatMessage {
  const texts: string[] = [];
  const toolCalls: ChatToolCall[] = [];
  message.content.forEach((block, index) => {
    if ('text' in block) texts.push(block.text);
    else if ('toolUse' in block) {
      const { toolUseId, name, input } = block.toolUse;
      toolCalls.push({ id: toolUseId, type: 'function', function: { name, arguments: JSON.stringify(input ?? {}) } });
    } else if ('citationsContent' in block) {
      texts.push((block.citationsContent.content ?? []).map((piece) => piece.text).join(''));
    } else if (!('reasoningContent' in block || 'cachePoint' in block)) {
      // Reasoning is the model's own scratchpad: OpenAI-compatible servers do not take it back.
      unsupported(`${Object.keys(block)[0]} in an assistant message (${where}.content[${index}])`);
    }
  });
  return {
    role: 'assistant',
    content: texts.length > 0 ? texts.join('') : null,
    ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
  };
}

function systemText(request: UpstreamConverseRequest): string | undefined {
  const texts = (request.system ?? []).flatMap((block) => {
    if ('text' in block) return [block.text];
    if ('guardContent' in block && 'text' in block.guardContent) return [block.guardContent.text.text];
    return [];
  });
  return texts.length > 0 ? texts.join('\n\n') : undefined;
}

function tools(request: UpstreamConverseRequest): ChatTool[] | undefined {
  const specs = (request.toolConfig?.tools ?? []).flatMap((tool, index) => {
    if ('toolSpec' in tool) return [tool.toolSpec];
    if ('systemTool' in tool) unsupported(`system tools (toolConfig.tools[${index}])`);
    return [];
  });
  if (specs.length === 0) return undefined;
  return specs.map((spec) => ({
    type: 'function',
    function: {
      name: spec.name,
      ...(spec.description ? { description: spec.description } : {}),
      parameters: spec.inputSchema.json,
      ...(spec.strict === undefined ? {} : { strict: spec.strict }),
    },
  }));
}

function toolChoice(request: UpstreamConverseRequest): ChatToolChoice | undefined {
  const choice = request.toolConfig?.toolChoice;
  if (!choice) return undefined;
  if ('auto' in choice) return 'auto';
  if ('any' in choice) return 'required';
  return { type: 'function', function: { name: choice.tool.name } };
}

/** Bedrock service tiers OpenAI also has. @see https://platform.openai.com/docs/api-reference/chat/create#chat-create-service_tier */
const openAiServiceTiers = new Set(['default', 'flex', 'priority']);

/**
 * The Chat Completions request for a Converse request. Fields OpenAI has no equivalent for (guardrailConfig,
 * cachePoint, performanceConfig, promptVariables, requestMetadata, additionalModelResponseFieldPaths) are left out;
 * `additionalModelRequestFields` is merged into the body last, so it can set or override any OpenAI field.
 */
export function buildChatRequest(
  request: UpstreamConverseRequest,
  model: string,
  stream: boolean,
): ChatCompletionRequest {
  const messages: ChatMessage[] = [];
  const system = systemText(request);
  if (system) messages.push({ role: 'system', content: system });
  (request.messages ?? []).forEach((message, index) => {
    const where = `messages[${index}]`;
    if (message.role === 'assistant') messages.push(assistantMessage(message, where));
    else if (message.role === 'system') {
      messages.push({
        role: 'system',
        content: message.content.map((block) => ('text' in block ? block.text : '')).join('\n'),
      });
    } else messages.push(...userMessages(message, where));
  });
  if (messages.length === 0) throw new ValidationException({ message: 'messages: at least one message is required' });

  const { inferenceConfig, outputConfig, serviceTier } = request;
  const textFormat = outputConfig?.textFormat;
  const body: ChatCompletionRequest = {
    model,
    messages,
    stream,
    ...(stream ? { stream_options: { include_usage: true } } : {}),
    ...(inferenceConfig?.maxTokens === undefined ? {} : { max_tokens: inferenceConfig.maxTokens }),
    ...(inferenceConfig?.temperature === undefined ? {} : { temperature: inferenceConfig.temperature }),
    ...(inferenceConfig?.topP === undefined ? {} : { top_p: inferenceConfig.topP }),
    ...(inferenceConfig?.stopSequences?.length ? { stop: inferenceConfig.stopSequences } : {}),
    ...(outputConfig?.effort ? { reasoning_effort: outputConfig.effort } : {}),
    ...(serviceTier && openAiServiceTiers.has(serviceTier.type) ? { service_tier: serviceTier.type } : {}),
  };
  const chatTools = tools(request);
  if (chatTools) body.tools = chatTools;
  const choice = toolChoice(request);
  if (choice && chatTools) body.tool_choice = choice;
  if (textFormat) {
    const { jsonSchema } = textFormat.structure;
    body.response_format = {
      type: 'json_schema',
      json_schema: {
        name: jsonSchema.name ?? 'response',
        schema: parseJsonSchema(jsonSchema.schema),
        ...(jsonSchema.description ? { description: jsonSchema.description } : {}),
      },
    };
  }
  return { ...body, ...(request.additionalModelRequestFields ?? {}) };
}

function parseJsonSchema(schema: string): unknown {
  try {
    return JSON.parse(schema);
  } catch {
    throw new ValidationException({
      message: 'outputConfig.textFormat.structure.jsonSchema.schema: is not valid JSON',
    });
  }
}
