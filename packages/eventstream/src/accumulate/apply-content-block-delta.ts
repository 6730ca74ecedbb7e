import type {
  Citation,
  CitationsDelta,
  ContentBlockDelta,
  ImageBlockDelta,
  ToolResultBlockDelta,
} from '@heimdall/spec';
import { ConverseProtocolError } from '../errors/converse-protocol-error.js';
import type { ContentBlockKind, ContentBlockState } from './content-block-state.js';

/** The kind of block a delta belongs to. */
export function deltaBlockKind(delta: ContentBlockDelta, index: number): ContentBlockKind {
  if ('text' in delta || 'citation' in delta) return 'text';
  if ('reasoningContent' in delta) return 'reasoning';
  if ('toolUse' in delta) return 'toolUse';
  if ('toolResult' in delta) return 'toolResult';
  if ('image' in delta) return 'image';
  throw new ConverseProtocolError({
    message: `Content block ${index} got a delta with none of the members the spec defines: ${JSON.stringify(delta)}`,
  });
}

/** Adds one delta to the block it belongs to; the caller has checked that the kinds match. */
export function applyContentBlockDelta(state: ContentBlockState, delta: ContentBlockDelta, index: number): void {
  if (state.kind === 'text') {
    if ('text' in delta) {
      state.text += delta.text;
      state.hasText = true;
    } else if ('citation' in delta) {
      state.citations.push(citationOf(delta.citation));
    }
  } else if (state.kind === 'reasoning' && 'reasoningContent' in delta) {
    const reasoning = delta.reasoningContent;
    if ('redactedContent' in reasoning)
      state.redactedContent = (state.redactedContent ?? '') + reasoning.redactedContent;
    else if ('signature' in reasoning) state.signature = (state.signature ?? '') + reasoning.signature;
    else state.text += reasoning.text;
    if (state.redactedContent !== undefined && (state.text !== '' || state.signature !== undefined)) {
      throw new ConverseProtocolError({
        message: `Content block ${index} mixes redacted reasoning with reasoning text, which no block can hold`,
      });
    }
  } else if (state.kind === 'toolUse' && 'toolUse' in delta) {
    state.input += delta.toolUse.input;
  } else if (state.kind === 'toolResult' && 'toolResult' in delta) {
    for (const part of delta.toolResult) appendToolResultPart(state.content, part);
  } else if (state.kind === 'image' && 'image' in delta) {
    applyImageDelta(state, delta.image);
  }
}

// Text arrives in pieces, so consecutive pieces form one text block; each JSON piece is a whole value of its own.
function appendToolResultPart(
  content: Extract<ContentBlockState, { kind: 'toolResult' }>['content'],
  part: ToolResultBlockDelta,
): void {
  if ('text' in part) {
    const last = content.at(-1);
    if (last && 'text' in last) last.text += part.text;
    else content.push({ text: part.text });
  } else {
    content.push({ json: part.json });
  }
}

// Base64 split at 4-character boundaries joins back by concatenation; an S3 location replaces what came before.
function applyImageDelta(state: Extract<ContentBlockState, { kind: 'image' }>, delta: ImageBlockDelta): void {
  const { source, error } = delta;
  if (source && 'bytes' in source && state.source && 'bytes' in state.source) {
    state.source = { bytes: state.source.bytes + source.bytes };
  } else if (source) {
    state.source = source;
  }
  if (error) state.error = error;
}

function citationOf(delta: CitationsDelta): Citation {
  const citation: Citation = {};
  if (delta.title !== undefined) citation.title = delta.title;
  if (delta.source !== undefined) citation.source = delta.source;
  if (delta.sourceContent !== undefined) {
    citation.sourceContent = delta.sourceContent.flatMap((part) =>
      part.text === undefined ? [] : [{ text: part.text }],
    );
  }
  if (delta.location !== undefined) citation.location = delta.location;
  return citation;
}
