import type { Script, ScriptStep } from './script.js';

/** The two upstream timings the benchmark runs: no delay at all, and a model-like pace. */
export const benchmarkTimings = {
  /** Shows the gateway's own cost: the upstream answers as fast as the socket allows. */
  instant: { firstChunkDelayMs: 0, betweenChunksDelayMs: 0 },
  /** A model that takes 200 ms to its first token, then 10 ms per chunk. */
  paced: { firstChunkDelayMs: 200, betweenChunksDelayMs: 10 },
} as const;

/** Four common words per chunk: about four tokens each for the providers' tokenizers. */
const phrases = [' the quick brown fox', ' jumps over the lazy', ' dog while the cat', ' sleeps in the sun'];

/**
 * The benchmark's reply: `chunkCount` (64) text chunks of about four tokens each, then usage.
 */
export function createBenchmarkScript({
  firstChunkDelayMs = 0,
  betweenChunksDelayMs = 0,
  chunkCount = 64,
}: {
  firstChunkDelayMs?: number;
  betweenChunksDelayMs?: number;
  chunkCount?: number;
} = {}): Script {
  const steps = Array.from(
    { length: chunkCount },
    (_, index): ScriptStep => ({ type: 'text', text: phrases[index % phrases.length] ?? '' }),
  );
  return {
    steps,
    usage: { inputTokens: 32, outputTokens: chunkCount * 4 },
    finishReason: 'stop',
    timing: { firstChunkDelayMs, betweenChunksDelayMs },
  };
}
