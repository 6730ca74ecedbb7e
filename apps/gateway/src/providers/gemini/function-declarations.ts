import type { UpstreamConverseRequest } from '../provider-adapter.js';
import { unsupported } from './content-parts.js';
import { toGeminiSchema } from './gemini-schema.js';
import type { GeminiFunctionDeclaration, GeminiToolConfig } from './generate-content-types.js';

/**
 * Tools as Gemini function declarations, their input schemas mapped into Gemini's schema subset. An object schema
 * without properties is left out: Gemini refuses it, and a function without parameters means the same.
 * @see https://ai.google.dev/api/caching#FunctionDeclaration
 */
export function functionDeclarations(request: UpstreamConverseRequest): GeminiFunctionDeclaration[] {
  return (request.toolConfig?.tools ?? []).flatMap((tool, index) => {
    const where = `toolConfig.tools[${index}]`;
    if ('systemTool' in tool) unsupported(`system tools (${where})`);
    if (!('toolSpec' in tool)) return [];
    const { name, description, inputSchema } = tool.toolSpec;
    const parameters = toGeminiSchema(inputSchema.json, `${where}.toolSpec.inputSchema`);
    const empty =
      parameters.type === 'OBJECT' && Object.keys((parameters.properties as object | undefined) ?? {}).length === 0;
    return [{ name, ...(description ? { description } : {}), ...(empty ? {} : { parameters }) }];
  });
}

/**
 * `toolChoice` as Gemini's function calling mode: `auto` → `AUTO`, `any` → `ANY`, `tool` → `ANY` limited to that
 * function. @see https://ai.google.dev/api/caching#FunctionCallingConfig
 */
export function toolConfig(request: UpstreamConverseRequest): GeminiToolConfig | undefined {
  const choice = request.toolConfig?.toolChoice;
  if (!choice) return undefined;
  if ('auto' in choice) return { functionCallingConfig: { mode: 'AUTO' } };
  if ('any' in choice) return { functionCallingConfig: { mode: 'ANY' } };
  return { functionCallingConfig: { mode: 'ANY', allowedFunctionNames: [choice.tool.name] } };
}
