import type { BedrockMessage, ReasoningContentBlock } from '@heimdall/spec';
import { functionResponse, unsupported, userPart } from './content-parts.js';
import type { GeminiContent, GeminiPart } from './generate-content-types.js';

/** The toolUseId the gateway makes up for a Gemini call that came without an `id`; Gemini never saw it. */
export const generatedToolUseIdPrefix = 'tooluse_gemini_';

const upstreamId = (toolUseId: string) => (toolUseId.startsWith(generatedToolUseIdPrefix) ? {} : { id: toolUseId });

/**
 * Model parts for an assistant message. Reasoning goes back as Gemini sent it: a thought with its text and signature
 * as a thought part; a signature alone (Gemini put it on the part after the thinking, see the stream state) on the
 * part that follows it, so each thought signature returns on the part it came with, as Gemini requires for
 * function calling. Reasoning without a signature (Gemini's summaries carry none, or another model's) and redacted
 * reasoning are left out: Gemini keeps its thinking in the signatures.
 * @see https://ai.google.dev/gemini-api/docs/thought-signatures
 */
function modelParts(message: BedrockMessage, where: string): GeminiPart[] {
  const parts: GeminiPart[] = [];
  let signature: string | undefined;
  const push = (part: GeminiPart) => {
    parts.push(signature === undefined ? part : { ...part, thoughtSignature: signature });
    signature = undefined;
  };
  message.content.forEach((block, index) => {
    const at = `${where}.content[${index}]`;
    if ('reasoningContent' in block) {
      const thought = thoughtOf(block.reasoningContent);
      if (thought?.text === '') signature = thought.signature;
      else if (thought) push({ text: thought.text, thought: true, thoughtSignature: thought.signature });
    } else if ('text' in block) push({ text: block.text });
    else if ('toolUse' in block) {
      const { toolUseId, name, input, type } = block.toolUse;
      if (type === 'server_tool_use') unsupported(`server tool calls (${at})`);
      push({ functionCall: { ...upstreamId(toolUseId), name, args: (input ?? {}) as Record<string, unknown> } });
    } else if ('citationsContent' in block) {
      push({ text: (block.citationsContent.content ?? []).map((piece) => piece.text).join('') });
    } else if (!('cachePoint' in block)) {
      unsupported(`${Object.keys(block)[0]} in an assistant message (${at})`);
    }
  });
  // A signature Gemini sent on an empty last part, after the text it seals.
  if (signature !== undefined) push({ text: '' });
  return parts;
}

function thoughtOf(reasoning: ReasoningContentBlock): { text: string; signature: string } | undefined {
  if (!('reasoningText' in reasoning)) return undefined;
  const { text, signature } = reasoning.reasoningText;
  return signature ? { text, signature } : undefined;
}

function userParts(message: BedrockMessage, where: string, functionNames: Map<string, string>): GeminiPart[] {
  return message.content.flatMap((block, index) => {
    const at = `${where}.content[${index}]`;
    if (!('toolResult' in block)) {
      const part = userPart(block, at);
      return part ? [part] : [];
    }
    const { toolUseId } = block.toolResult;
    const name = functionNames.get(toolUseId);
    if (name === undefined) {
      unsupported(
        `a tool result without the tool call it answers (${at}): no earlier toolUse has the id "${toolUseId}", and Gemini needs the function's name`,
      );
    }
    return [{ functionResponse: { ...upstreamId(toolUseId), name, response: functionResponse(block.toolResult, at) } }];
  });
}

function systemMessageText(message: BedrockMessage, where: string): string[] {
  return message.content.map((block, index) => {
    if ('text' in block) return block.text;
    return unsupported(`${Object.keys(block)[0]} in a system message (${where}.content[${index}]): only text`);
  });
}

/**
 * Converse messages as Gemini contents: `user` and `model` turns, consecutive messages of one role as one turn (so
 * the responses to parallel calls stay together), messages left empty dropped. Tool results become function
 * responses named after the call they answer, found by its toolUseId. Messages with the `system` role join the
 * system instruction.
 * @see https://ai.google.dev/api/caching#Content
 */
export function convertContents(messages: readonly BedrockMessage[]): { contents: GeminiContent[]; system: string[] } {
  const contents: GeminiContent[] = [];
  const system: string[] = [];
  const functionNames = new Map<string, string>();
  messages.forEach((message, index) => {
    const where = `messages[${index}]`;
    if (message.role === 'system') {
      system.push(...systemMessageText(message, where));
      return;
    }
    if (message.role === 'assistant') {
      for (const block of message.content) {
        if ('toolUse' in block) functionNames.set(block.toolUse.toolUseId, block.toolUse.name);
      }
    }
    const role = message.role === 'assistant' ? 'model' : 'user';
    const parts = role === 'model' ? modelParts(message, where) : userParts(message, where, functionNames);
    if (parts.length === 0) return;
    const previous = contents.at(-1);
    if (previous?.role === role) previous.parts.push(...parts);
    else contents.push({ role, parts });
  });
  return { contents, system };
}
