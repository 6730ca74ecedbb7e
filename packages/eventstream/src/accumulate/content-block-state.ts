import type {
  Citation,
  ContentBlockStart,
  ErrorBlock,
  ImageBlockStart,
  ImageSource,
  ToolResultBlockStart,
  ToolResultContentBlock,
  ToolUseBlockStart,
} from '@heimdall/spec';

/**
 * What has arrived of one content block so far. Text and citation deltas share a block: a text block that receives
 * citations becomes a `citationsContent` block.
 */
export type ContentBlockState =
  | { kind: 'text'; text: string; hasText: boolean; citations: Citation[] }
  | { kind: 'reasoning'; text: string; signature: string | undefined; redactedContent: string | undefined }
  | { kind: 'toolUse'; start: ToolUseBlockStart; input: string }
  | { kind: 'toolResult'; start: ToolResultBlockStart; content: ToolResultContentBlock[] }
  | { kind: 'image'; start: ImageBlockStart; source: ImageSource | undefined; error: ErrorBlock | undefined };

/** The kinds of block a delta can add to, named as the delta member that feeds them. */
export type ContentBlockKind = ContentBlockState['kind'];

/** The state of a block announced by a `contentBlockStart`. */
export function startedBlockState(start: ContentBlockStart): ContentBlockState | undefined {
  if ('toolUse' in start) return { kind: 'toolUse', start: start.toolUse, input: '' };
  if ('toolResult' in start) return { kind: 'toolResult', start: start.toolResult, content: [] };
  if ('image' in start) return { kind: 'image', start: start.image, source: undefined, error: undefined };
  return undefined;
}

/** The state of a block that begins with its first delta, as text and reasoning blocks do. */
export function implicitBlockState(kind: ContentBlockKind): ContentBlockState | undefined {
  if (kind === 'text') return { kind, text: '', hasText: false, citations: [] };
  if (kind === 'reasoning') return { kind, text: '', signature: undefined, redactedContent: undefined };
  return undefined;
}
