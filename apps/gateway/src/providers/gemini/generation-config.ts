import { ValidationException } from '@heimdall/eventstream';
import type { UpstreamConverseRequest } from '../provider-adapter.js';
import { toGeminiSchema } from './gemini-schema.js';
import type { GeminiGenerationConfig } from './generate-content-types.js';

/**
 * The fields of Gemini's `generationConfig`: an `additionalModelRequestFields` entry of one of these names goes
 * there, any other to the top of the request body (`safetySettings`, `cachedContent`, `labels`…).
 * @see https://ai.google.dev/api/generate-content#generationconfig
 */
const generationConfigFields: ReadonlySet<string> = new Set([
  'stopSequences',
  'responseMimeType',
  'responseSchema',
  'responseJsonSchema',
  'responseModalities',
  'candidateCount',
  'maxOutputTokens',
  'temperature',
  'topP',
  'topK',
  'seed',
  'presencePenalty',
  'frequencyPenalty',
  'responseLogprobs',
  'logprobs',
  'enableEnhancedCivicAnswers',
  'speechConfig',
  'thinkingConfig',
  'mediaResolution',
]);

function parseSchema(schema: string): unknown {
  try {
    return JSON.parse(schema);
  } catch {
    throw new ValidationException({
      message: 'outputConfig.textFormat.structure.jsonSchema.schema: is not valid JSON',
    });
  }
}

/**
 * Bedrock's way to ask Claude for thinking (`thinking` or `reasoning_config`: `{type: "enabled", budget_tokens}`)
 * as Gemini's: thoughts included, with that budget; `disabled` is a budget of zero.
 * @see https://ai.google.dev/gemini-api/docs/thinking
 */
function thinkingFromBedrock(value: unknown): GeminiGenerationConfig['thinkingConfig'] | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { type, budget_tokens: budget } = value as { type?: unknown; budget_tokens?: unknown };
  if (type === 'disabled') return { thinkingBudget: 0 };
  if (type !== 'enabled') return undefined;
  return { includeThoughts: true, ...(typeof budget === 'number' ? { thinkingBudget: budget } : {}) };
}

/** `generationConfig` and the other top-level fields a request asks for through `additionalModelRequestFields`. */
export function generationConfig(request: UpstreamConverseRequest): {
  config: GeminiGenerationConfig;
  topLevel: Record<string, unknown>;
} {
  const { inferenceConfig, outputConfig } = request;
  const {
    thinking,
    reasoning_config,
    generationConfig: extraConfig,
    ...additional
  } = request.additionalModelRequestFields ?? {};
  const textFormat = outputConfig?.textFormat;
  const thinkingConfig = thinkingFromBedrock(thinking ?? reasoning_config);
  const config: GeminiGenerationConfig = {
    ...(inferenceConfig?.maxTokens === undefined ? {} : { maxOutputTokens: inferenceConfig.maxTokens }),
    ...(inferenceConfig?.temperature === undefined ? {} : { temperature: inferenceConfig.temperature }),
    ...(inferenceConfig?.topP === undefined ? {} : { topP: inferenceConfig.topP }),
    ...(inferenceConfig?.stopSequences?.length ? { stopSequences: inferenceConfig.stopSequences } : {}),
    ...(textFormat
      ? {
          responseMimeType: 'application/json',
          responseSchema: toGeminiSchema(
            parseSchema(textFormat.structure.jsonSchema.schema),
            'outputConfig.textFormat',
          ),
        }
      : {}),
    ...(thinkingConfig || outputConfig?.effort
      ? {
          thinkingConfig: {
            ...thinkingConfig,
            ...(outputConfig?.effort ? { thinkingLevel: outputConfig.effort } : {}),
          },
        }
      : {}),
    ...(typeof extraConfig === 'object' && extraConfig !== null ? extraConfig : {}),
  };
  const topLevel: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(additional)) {
    if (generationConfigFields.has(field)) config[field] = value;
    else topLevel[field] = value;
  }
  return { config, topLevel };
}
