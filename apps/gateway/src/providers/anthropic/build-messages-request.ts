import { ValidationException } from '@heimdall/eventstream';
import type { UpstreamConverseRequest } from '../provider-adapter.js';
import { markCachePoint, unsupported } from './content-blocks.js';
import { convertMessages } from './convert-messages.js';
import type { MessagesRequest, TextBlockParam, ToolChoiceParam, ToolParam } from './messages-api-types.js';

/** A Messages request: its body, and the beta features to name in the `anthropic-beta` header. */
export interface AnthropicRequest {
  body: MessagesRequest;
  betas: string[];
}

function systemBlocks(request: UpstreamConverseRequest): TextBlockParam[] {
  const blocks: TextBlockParam[] = [];
  (request.system ?? []).forEach((block, index) => {
    const where = `system[${index}]`;
    if ('text' in block) blocks.push({ type: 'text', text: block.text });
    else if ('cachePoint' in block) markCachePoint(blocks, block.cachePoint, where);
    else if ('text' in block.guardContent) blocks.push({ type: 'text', text: block.guardContent.text.text });
    else unsupported(`guardrail images in the system prompt (${where})`);
  });
  return blocks;
}

function tools(request: UpstreamConverseRequest): ToolParam[] {
  const converted: ToolParam[] = [];
  (request.toolConfig?.tools ?? []).forEach((tool, index) => {
    const where = `toolConfig.tools[${index}]`;
    if ('cachePoint' in tool) markCachePoint(converted, tool.cachePoint, where);
    else if ('systemTool' in tool) unsupported(`system tools (${where})`);
    else {
      const { name, description, inputSchema, strict } = tool.toolSpec;
      converted.push({
        name,
        ...(description ? { description } : {}),
        input_schema: inputSchema.json,
        ...(strict === undefined ? {} : { strict }),
      });
    }
  });
  return converted;
}

function toolChoice(request: UpstreamConverseRequest): ToolChoiceParam | undefined {
  const choice = request.toolConfig?.toolChoice;
  if (!choice) return undefined;
  if ('auto' in choice) return { type: 'auto' };
  if ('any' in choice) return { type: 'any' };
  return { type: 'tool', name: choice.tool.name };
}

function outputConfig(request: UpstreamConverseRequest): MessagesRequest['output_config'] {
  const { effort, textFormat } = request.outputConfig ?? {};
  if (!effort && !textFormat) return undefined;
  return {
    ...(effort ? { effort } : {}),
    ...(textFormat
      ? { format: { type: 'json_schema', schema: parseSchema(textFormat.structure.jsonSchema.schema) } }
      : {}),
  };
}

function parseSchema(schema: string): unknown {
  try {
    return JSON.parse(schema);
  } catch {
    throw new ValidationException({
      message: 'outputConfig.textFormat.structure.jsonSchema.schema: is not valid JSON',
    });
  }
}

function betaNames(value: unknown): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((name) => typeof name === 'string')) return value;
  throw new ValidationException({ message: 'additionalModelRequestFields.anthropic_beta: must be a list of strings' });
}

/**
 * `max_tokens` is required by Anthropic and must exceed a thinking budget: without `inferenceConfig.maxTokens`, the
 * default is given on top of the budget, so enabling thinking never leaves the answer without room.
 */
function maxTokens(request: UpstreamConverseRequest, thinking: unknown, defaultMaxTokens: number): number {
  const requested = request.inferenceConfig?.maxTokens;
  if (requested !== undefined) return requested;
  const budget = (thinking as { budget_tokens?: unknown } | undefined)?.budget_tokens;
  return typeof budget === 'number' && budget >= defaultMaxTokens ? budget + defaultMaxTokens : defaultMaxTokens;
}

/**
 * The Messages request for a Converse request.
 *
 * `additionalModelRequestFields` as on Bedrock: `thinking` (or `reasoning_config`, Bedrock's name for it on some
 * models) becomes `thinking`; `anthropic_beta` becomes the `anthropic-beta` header; every other field is merged into
 * the body last, so it can set or override any Messages field (`top_k`, `metadata`, …).
 *
 * Fields with no Anthropic equivalent are left out: `guardrailConfig`, `performanceConfig`, `promptVariables`,
 * `serviceTier`, `additionalModelResponseFieldPaths`, and `requestMetadata` (Bedrock's key-value tags for invocation
 * logs; Anthropic's `metadata` takes only an opaque `user_id`, which a client can set through
 * `additionalModelRequestFields.metadata`).
 * @see https://docs.anthropic.com/en/api/messages
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages.html
 */
export function buildMessagesRequest({
  request,
  model,
  defaultMaxTokens,
}: {
  request: UpstreamConverseRequest;
  model: string;
  defaultMaxTokens: number;
}): AnthropicRequest {
  const converted = convertMessages(request.messages ?? []);
  if (converted.messages.length === 0) {
    throw new ValidationException({ message: 'messages: at least one user or assistant message is required' });
  }
  const { thinking, reasoning_config, anthropic_beta, ...otherFields } = request.additionalModelRequestFields ?? {};
  const thinkingConfig = thinking ?? reasoning_config;
  const { inferenceConfig } = request;
  const system = [...systemBlocks(request), ...converted.system];
  const toolList = tools(request);
  const choice = toolChoice(request);
  const output = outputConfig(request);
  const body: MessagesRequest = {
    model,
    messages: converted.messages,
    max_tokens: maxTokens(request, thinkingConfig, defaultMaxTokens),
    stream: true,
    ...(system.length > 0 ? { system } : {}),
    ...(inferenceConfig?.temperature === undefined ? {} : { temperature: inferenceConfig.temperature }),
    ...(inferenceConfig?.topP === undefined ? {} : { top_p: inferenceConfig.topP }),
    ...(inferenceConfig?.stopSequences?.length ? { stop_sequences: inferenceConfig.stopSequences } : {}),
    ...(toolList.length > 0 ? { tools: toolList } : {}),
    ...(choice && toolList.length > 0 ? { tool_choice: choice } : {}),
    ...(thinkingConfig === undefined ? {} : { thinking: thinkingConfig }),
    ...(output ? { output_config: output } : {}),
  };
  return { body: { ...body, ...otherFields }, betas: betaNames(anthropic_beta) };
}
