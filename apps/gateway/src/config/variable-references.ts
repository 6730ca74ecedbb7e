import type { ConfigPath } from './config-source.js';

/** The one way a config file reads a value from the environment: `env.NAME`. */
const reference = /^env\.([A-Za-z_][A-Za-z0-9_]*)$/;

/**
 * What people write when they mean `env.NAME` (other cases, shell and template syntax). Taken literally they would
 * become the value itself — a secret `ENV.TEAM_A_SECRET` — so they are refused instead.
 */
const lookAlikes = [
  /^(?!env\.)[Ee][Nn][Vv]\.([A-Za-z_][A-Za-z0-9_]*)$/,
  /^\$([A-Za-z_][A-Za-z0-9_]*)$/,
  /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/,
];

/** A string in the config file that could not be resolved; never carries the value of a variable. */
export interface ReferenceProblem {
  path: ConfigPath;
  message: string;
}

/**
 * Replaces every `env.NAME` string in a parsed config file with the variable's value, and reports references to
 * unset variables and look-alikes that would otherwise be taken literally. Keys are left alone; values that are not
 * strings are kept as they are.
 */
export function resolveVariableReferences(
  value: unknown,
  environment: NodeJS.ProcessEnv,
  problems: ReferenceProblem[],
  path: ConfigPath = [],
): unknown {
  if (Array.isArray(value)) {
    return value.map((item, index) => resolveVariableReferences(item, environment, problems, [...path, index]));
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([name, item]) => [
        name,
        resolveVariableReferences(item, environment, problems, [...path, name]),
      ]),
    );
  }
  if (typeof value !== 'string') return value;
  const name = reference.exec(value)?.[1];
  if (name !== undefined) {
    const resolved = environment[name];
    if (resolved !== undefined && resolved !== '') return resolved;
    problems.push({ path, message: `reads the environment variable ${name} (env.${name}), which is not set` });
    return value;
  }
  const lookAlike = lookAlikes.map((pattern) => pattern.exec(value)?.[1]).find((match) => match !== undefined);
  if (lookAlike !== undefined) {
    problems.push({
      path,
      message:
        `looks like a reference to the environment variable ${lookAlike}, but would be taken literally: ` +
        `write env.${lookAlike} to read it from the environment`,
    });
  }
  return value;
}
