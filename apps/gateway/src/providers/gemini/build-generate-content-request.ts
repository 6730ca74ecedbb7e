import { ValidationException } from '@heimdall/eventstream';
import type { UpstreamConverseRequest } from '../provider-adapter.js';
import { convertContents } from './convert-contents.js';
import { functionDeclarations, toolConfig } from './function-declarations.js';
import type { GenerateContentRequest } from './generate-content-types.js';
import { generationConfig } from './generation-config.js';

function systemTexts(request: UpstreamConverseRequest): string[] {
  return (request.system ?? []).flatMap((block, index) => {
    if ('text' in block) return [block.text];
    if ('guardContent' in block) {
      if ('text' in block.guardContent) return [block.guardContent.text.text];
      throw new ValidationException({
        message: `Gemini cannot take guardrail images in the system prompt (system[${index}])`,
      });
    }
    return [];
  });
}

/**
 * The `generateContent` body for a Converse request (the same body streams with `streamGenerateContent`).
 *
 * `system` (and messages with the `system` role) → `systemInstruction`; `inferenceConfig` → `generationConfig`
 * (`maxOutputTokens`, `temperature`, `topP`, `stopSequences`); `outputConfig.textFormat` → `responseMimeType`
 * `application/json` with `responseSchema`; `outputConfig.effort` → `thinkingConfig.thinkingLevel`; tools →
 * `functionDeclarations`, `toolChoice` → `toolConfig.functionCallingConfig`. `additionalModelRequestFields`:
 * `thinking` (or `reasoning_config`), as a client asks Claude on Bedrock to think, → `thinkingConfig` with thoughts
 * included; `generationConfig` and fields named as in it (`topK`, `seed`, `thinkingConfig`…) are merged into it;
 * any other field into the top of the body (`safetySettings`, `cachedContent`…).
 *
 * Left out, for want of an equivalent: `guardrailConfig`, cache points (Gemini caches implicitly),
 * `performanceConfig`, `promptVariables`, `requestMetadata`, `serviceTier`, `additionalModelResponseFieldPaths`.
 * @see https://ai.google.dev/api/generate-content#request-body
 */
export function buildGenerateContentRequest(request: UpstreamConverseRequest): GenerateContentRequest {
  const converted = convertContents(request.messages ?? []);
  if (converted.contents.length === 0) {
    throw new ValidationException({ message: 'messages: at least one user or assistant message is required' });
  }
  const system = [...systemTexts(request), ...converted.system];
  const declarations = functionDeclarations(request);
  const choice = toolConfig(request);
  const { config, topLevel } = generationConfig(request);
  return {
    contents: converted.contents,
    ...(system.length > 0 ? { systemInstruction: { parts: system.map((text) => ({ text })) } } : {}),
    ...(declarations.length > 0 ? { tools: [{ functionDeclarations: declarations }] } : {}),
    ...(choice && declarations.length > 0 ? { toolConfig: choice } : {}),
    ...(Object.keys(config).length > 0 ? { generationConfig: config } : {}),
    ...topLevel,
  };
}
