/** Parses a request body as a JSON object; `undefined` when it is not one, so each format can answer its own 400. */
export function readJsonObject(rawBody: Buffer): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(rawBody.toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      return parsed as Record<string, unknown>;
    }
    return undefined;
  } catch {
    return undefined;
  }
}

/**
 * The text of the last user message of a chat body, whether its content is a string or a list of parts with
 * `{ type: 'text', text }` (the shape OpenAI and Anthropic share).
 */
export function lastUserText(messages: unknown[]): string {
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    const message = messages[index];
    if (typeof message !== 'object' || message === null) continue;
    const { role, content } = message as { role?: unknown; content?: unknown };
    if (role !== 'user') continue;
    if (typeof content === 'string') return content;
    if (Array.isArray(content)) return textOfParts(content);
  }
  return '';
}

function textOfParts(parts: unknown[]): string {
  return parts
    .map((part) => {
      if (typeof part !== 'object' || part === null) return '';
      const { type, text } = part as { type?: unknown; text?: unknown };
      return type === 'text' && typeof text === 'string' ? text : '';
    })
    .filter((text) => text !== '')
    .join(' ');
}
