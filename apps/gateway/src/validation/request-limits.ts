import { nestsDeeperThan } from './json-depth.js';
import { modelIdProblem } from './model-id.js';

/**
 * Limits on the shape of a Converse request, checked before the full schema validation. Validating is linear in
 * the size of the request, and a 20 MiB body of tiny messages (hundreds of thousands of them) holds the event loop
 * for most of a second; counting first keeps that cost bounded. The limits are far above any real conversation.
 */
export const requestLimits = {
  messages: 10_000,
  /** Content blocks across all messages and the system prompt. */
  contentBlocks: 50_000,
  /** Nesting of objects and arrays anywhere in the body: model-specific fields and tool inputs are free-form JSON. */
  jsonDepth: 100,
  /** Entries of `fallbacks` as sent, before duplicates are dropped: the spec's `maxItems`, counted before the rest. */
  fallbackEntries: 8,
} as const;

const lengthOf = (value: unknown) => (Array.isArray(value) ? value.length : 0);

function countContentBlocks(messages: readonly unknown[]): number {
  let blocks = 0;
  for (const message of messages) {
    if (message && typeof message === 'object') blocks += lengthOf((message as { content?: unknown }).content);
  }
  return blocks;
}

/**
 * What makes a parsed Converse body too large or too deep to accept, or `undefined` when nothing does. Only
 * counts and walks: anything of the wrong type is left to the schema validation, which names it precisely.
 */
export function requestLimitProblem(body: unknown): string | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const { messages, system, fallbacks } = body as { messages?: unknown; system?: unknown; fallbacks?: unknown };
  if (lengthOf(messages) > requestLimits.messages) {
    return `messages: ${lengthOf(messages)} messages are more than the gateway's limit of ${requestLimits.messages}`;
  }
  const blocks = (Array.isArray(messages) ? countContentBlocks(messages) : 0) + lengthOf(system);
  if (blocks > requestLimits.contentBlocks) {
    return `messages: ${blocks} content blocks are more than the gateway's limit of ${requestLimits.contentBlocks}`;
  }
  if (lengthOf(fallbacks) > requestLimits.fallbackEntries) {
    return `fallbacks: ${lengthOf(fallbacks)} entries are more than the gateway's limit of ${requestLimits.fallbackEntries}`;
  }
  if (Array.isArray(fallbacks)) {
    for (const [index, fallback] of fallbacks.entries()) {
      const problem = typeof fallback === 'string' ? modelIdProblem(fallback) : undefined;
      if (problem) return `fallbacks[${index}]: ${problem}`;
    }
  }
  if (nestsDeeperThan(body, requestLimits.jsonDepth)) {
    return `body: JSON nested more than ${requestLimits.jsonDepth} levels deep, the gateway's limit`;
  }
  return undefined;
}
