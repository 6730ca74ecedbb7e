import type { z } from 'zod';
import { providerTypes } from '../providers/provider-registry.js';
import type { ConfigProblem } from './config-problem.js';
import type { ConfigSources } from './config-source.js';

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'a mapping of settings',
  array: 'a list',
};

/**
 * Zod's issues in plain words, for settings the schema gives no message of its own. Passed to `safeParse` as its
 * error map, so a message the schema states wins. Never quotes the value: it may be a secret.
 */
export const describeIssue: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      // What YAML makes of `apiKey:` with nothing after it.
      if (issue.input === null) return 'is empty: give it a value, or leave the setting out';
      return `must be ${typeNames[issue.expected] ?? issue.expected}`;
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator === 'type') {
        const expected = `one of ${providerTypes.join(', ')}`;
        // The issue is the provider's, at its `type`: the input is the whole provider.
        const { input } = issue;
        const type = input !== null && typeof input === 'object' ? (input as { type?: unknown }).type : input;
        return type === undefined ? `is required: ${expected}` : `must be ${expected}`;
      }
      return 'is not any of the accepted forms';
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return 'is not a setting here';
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      if (issue.origin === 'array') return `must list at least ${issue.minimum}`;
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
    case 'too_big':
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
    case 'invalid_format':
      return issue.format === 'url' ? 'must be a URL' : 'is not in the expected form';
    case 'invalid_key':
      return 'is not a valid name here';
    default:
      return 'is not valid';
  }
};

/** The schema's issues as problems, each at its own path (one per unknown setting), with the source that wrote it. */
export function problemsOf(error: z.ZodError, sources: ConfigSources): ConfigProblem[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((name) => {
        const path = [...issue.path, name];
        return { source: sourceOf(path, sources), path, message: issue.message };
      });
    }
    // A record key's own issue carries the message that says what a name may be.
    const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
    return [{ source: sourceOf(issue.path, sources), path: issue.path, message }];
  });
}

/**
 * Who wrote the setting; for one left out, the file that holds its section. A variable that set a neighbour is not
 * named for a setting left out, since another variable would set it.
 */
function sourceOf(path: readonly PropertyKey[], sources: ConfigSources) {
  const found = sources.find(path);
  if (!found || (!found.exact && found.source.kind === 'environment')) return undefined;
  return found.source;
}
