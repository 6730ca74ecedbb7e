import { modelIdProblem } from './model-id.js';
import { requestLimits } from './request-limits.js';

/** The request header that lists fallbacks for clients that cannot add a `fallbacks` member to the body. */
export const fallbacksHeader = 'x-heimdall-fallbacks';

/** The model ids of `x-heimdall-fallbacks` (comma-separated, tried in order), or what is wrong with them. */
export function parseFallbacksHeader(value: string | undefined): { fallbacks: string[] } | { problem: string } {
  if (value === undefined) return { fallbacks: [] };
  const fallbacks = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (fallbacks.length > requestLimits.fallbackEntries) {
    return {
      problem: `${fallbacksHeader}: ${fallbacks.length} entries are more than the gateway's limit of ${requestLimits.fallbackEntries}`,
    };
  }
  for (const [index, fallback] of fallbacks.entries()) {
    const problem = modelIdProblem(fallback);
    if (problem) return { problem: `${fallbacksHeader}[${index}]: ${problem}` };
  }
  return { fallbacks };
}
