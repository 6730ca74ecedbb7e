import type { z } from 'zod';

type Issue = z.core.$ZodIssue;
type PathSegment = PropertyKey;

/** `['messages', 0, 'content']` → `messages[0].content`. */
export function formatPath(path: readonly PathSegment[]): string {
  return path
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      return index === 0 ? String(segment) : `.${String(segment)}`;
    })
    .join('');
}

const isMissingMember = (issue: Issue) =>
  (issue.code === 'invalid_type' || issue.code === 'invalid_union') &&
  issue.path.length === 1 &&
  issue.input === undefined;

/**
 * A branch failed because the value is not that member at all: it is no object, lacks the member's key, or has
 * other keys. Needs issues parsed with `reportInput`, to tell a missing member from a wrong one.
 */
function rejectsAtRoot(issues: readonly Issue[]): boolean {
  return issues.some(
    (issue) =>
      (issue.code === 'unrecognized_keys' && issue.path.length === 0) ||
      (issue.code === 'invalid_type' && issue.path.length === 0) ||
      isMissingMember(issue),
  );
}

/**
 * The key each single-member branch of a Bedrock union expects, e.g. `text`, `image`, `toolUse`: the member it
 * missed, or else the one key of the value it did not call unknown.
 */
function memberNames(branches: readonly (readonly Issue[])[], value: unknown): string[] {
  const present = value && typeof value === 'object' ? Object.keys(value) : [];
  return branches.flatMap((issues) => {
    const missing = issues.find(isMissingMember);
    if (missing) return [String(missing.path[0])];
    const unknown = issues.find((issue) => issue.code === 'unrecognized_keys' && issue.path.length === 0);
    const known = present.filter((key) => !(unknown?.code === 'unrecognized_keys' && unknown.keys.includes(key)));
    return known.length === 1 ? known : [];
  });
}

/**
 * Bedrock's unions (content blocks, tool choices, sources) are objects with exactly one member. Zod reports a
 * failed union as one issue list per branch; the useful one is the branch whose member the object does have.
 */
function explainUnion(issue: Extract<Issue, { code: 'invalid_union' }>, path: readonly PathSegment[]): string[] {
  const matching = issue.errors.filter((branch) => !rejectsAtRoot(branch));
  if (matching.length === 1 && matching[0]) return matching[0].flatMap((inner) => explain(inner, path));
  const names = memberNames(issue.errors, issue.input);
  if (names.length === issue.errors.length && names.length > 0) {
    return [`${formatPath(path) || 'body'}: must have exactly one of the fields ${names.join(', ')}`];
  }
  return [`${formatPath(path) || 'body'}: ${issue.message}`];
}

function explain(issue: Issue, prefix: readonly PathSegment[]): string[] {
  const path = [...prefix, ...issue.path];
  const where = formatPath(path) || 'body';
  switch (issue.code) {
    case 'invalid_union':
      return explainUnion(issue, path);
    case 'unrecognized_keys':
      return issue.keys.map((key) => `${formatPath([...path, key])}: is not a field Bedrock accepts here`);
    case 'invalid_type':
      return [issue.input === undefined ? `${where}: is required` : `${where}: expected ${issue.expected}`];
    case 'invalid_value':
      return [`${where}: must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`];
    default:
      return [`${where}: ${issue.message}`];
  }
}

/**
 * One message for a request that does not match the spec (parsed with `reportInput: true`), naming each field at fault, as a
 * ValidationException's message: `messages[0].content[0].image.format: must be one of "png", "jpeg", "gif", "webp"`.
 */
export function validationMessage(error: z.ZodError, maxProblems = 5): string {
  const problems = error.issues.flatMap((issue) => explain(issue, []));
  const shown = problems.slice(0, maxProblems);
  const more = problems.length - shown.length;
  return shown.join('; ') + (more > 0 ? ` (and ${more} more)` : '');
}
