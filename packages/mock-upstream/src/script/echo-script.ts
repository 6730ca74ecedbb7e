import type { ScriptFactory, ScriptStep } from './script.js';

/**
 * The reply used when nothing is scripted: "You said: …" with the last user message, one word per chunk, and a
 * usage that counts words as tokens. With a pause between words, a demo shows tokens arriving.
 */
export function createEchoScript({
  betweenChunksDelayMs = 0,
  firstChunkDelayMs = 0,
}: {
  betweenChunksDelayMs?: number;
  firstChunkDelayMs?: number;
} = {}): ScriptFactory {
  return (request) => {
    const words = splitIntoWords(`You said: ${request.lastUserText}`);
    const steps = words.map((word): ScriptStep => ({ type: 'text', text: word }));
    return {
      steps,
      usage: { inputTokens: Math.max(1, splitIntoWords(request.lastUserText).length), outputTokens: words.length },
      timing: { firstChunkDelayMs, betweenChunksDelayMs },
    };
  };
}

/** Words with the whitespace before them, so the pieces join back to the exact text. */
export function splitIntoWords(text: string): string[] {
  return text.match(/\s*\S+/g) ?? [];
}
