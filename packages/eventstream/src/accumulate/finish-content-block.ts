import type { BedrockContentBlock, ToolUseBlock } from '@heimdall/spec';
import { ConverseProtocolError } from '../errors/converse-protocol-error.js';
import type { ContentBlockState } from './content-block-state.js';

/** The Converse content block that a streamed block adds up to. */
export function finishContentBlock(state: ContentBlockState, index: number): BedrockContentBlock {
  switch (state.kind) {
    case 'text':
      if (state.citations.length === 0) return { text: state.text };
      return {
        citationsContent: {
          ...(state.hasText ? { content: [{ text: state.text }] } : {}),
          citations: state.citations,
        },
      };
    case 'reasoning':
      if (state.redactedContent !== undefined) return { reasoningContent: { redactedContent: state.redactedContent } };
      return {
        reasoningContent: {
          reasoningText: {
            text: state.text,
            ...(state.signature === undefined ? {} : { signature: state.signature }),
          },
        },
      };
    case 'toolUse': {
      const { toolUseId, name, type } = state.start;
      const toolUse: ToolUseBlock = { toolUseId, name, input: parseToolInput(state.start, state.input, index) };
      if (type !== undefined) toolUse.type = type;
      return { toolUse };
    }
    case 'toolResult': {
      const { toolUseId, status, type } = state.start;
      return {
        toolResult: {
          toolUseId,
          content: state.content,
          ...(status === undefined ? {} : { status }),
          ...(type === undefined ? {} : { type }),
        },
      };
    }
    case 'image': {
      if (!state.source) {
        const reason = state.error?.message ? ` (the image failed: ${state.error.message})` : '';
        throw new ConverseProtocolError({ message: `Image content block ${index} ended without a source${reason}` });
      }
      return {
        image: { format: state.start.format, source: state.source, ...(state.error ? { error: state.error } : {}) },
      };
    }
  }
}

// Bedrock streams a tool call's input as pieces of one JSON text; a call without arguments sends none.
function parseToolInput({ name, toolUseId }: { name: string; toolUseId: string }, input: string, index: number) {
  if (input.trim() === '') return {};
  try {
    return JSON.parse(input) as unknown;
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ConverseProtocolError({
      message: `The input of tool call ${name} (${toolUseId}, content block ${index}) is not valid JSON: ${reason}`,
      cause,
    });
  }
}
