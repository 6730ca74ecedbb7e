import type { StreamPart } from './stream-part.js';

/** A finished content block of a reply, as a reply that is not streamed lists them. */
export type ContentBlock =
  | { type: 'text'; text: string }
  | { type: 'reasoning'; text: string; signature?: string }
  | { type: 'redacted-reasoning'; data: string }
  | { type: 'tool-call'; index: number; id: string; name: string; arguments: string };

/** Folds streamed parts into the content blocks they add up to, in the order the blocks started. */
export function collectContent(parts: StreamPart[]): ContentBlock[] {
  const blocks: ContentBlock[] = [];
  for (const part of parts) {
    const last = blocks.at(-1);
    switch (part.type) {
      case 'text-delta':
        if (last?.type === 'text') last.text += part.text;
        else blocks.push({ type: 'text', text: part.text });
        break;
      case 'reasoning-delta':
        if (last?.type === 'reasoning' && last.signature === undefined) last.text += part.text;
        else blocks.push({ type: 'reasoning', text: part.text });
        break;
      case 'reasoning-signature':
        if (last?.type === 'reasoning') last.signature = part.signature;
        break;
      case 'redacted-reasoning':
        blocks.push({ type: 'redacted-reasoning', data: part.data });
        break;
      case 'tool-call-start':
        blocks.push({ type: 'tool-call', index: part.index, id: part.id, name: part.name, arguments: '' });
        break;
      case 'tool-call-delta': {
        const call = blocks.find((block) => block.type === 'tool-call' && block.index === part.index);
        if (call?.type === 'tool-call') call.arguments += part.arguments;
        break;
      }
      case 'ping':
        break;
    }
  }
  return blocks;
}
