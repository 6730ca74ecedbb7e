import type { FinishReason, Script, Usage } from './script.js';
import type { PlayItem } from './stream-part.js';

/** The usage a reply reports: the script's, or one output token per streamed piece when the script gives none. */
export function resolveUsage({ script, items }: { script: Script; items: PlayItem[] }): Usage {
  if (script.usage !== undefined) return script.usage;
  const pieces = items.filter(
    (item) =>
      item.type === 'part' &&
      (item.part.type === 'text-delta' || item.part.type === 'reasoning-delta' || item.part.type === 'tool-call-delta'),
  );
  return { inputTokens: 0, outputTokens: pieces.length };
}

/** The finish reason a reply reports: the script's, or the natural one for its content. */
export function resolveFinishReason(script: Script): FinishReason {
  if (script.finishReason !== undefined) return script.finishReason;
  return script.steps.some((step) => step.type === 'tool-calls') ? 'tool-calls' : 'stop';
}
