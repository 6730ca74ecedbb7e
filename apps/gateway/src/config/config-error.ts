import type { ConfigProblem } from './config-problem.js';
import { formatConfigPath } from './config-source.js';
import { environmentTable } from './environment-table.js';

/**
 * The configuration cannot be used. The message has one line per problem, each naming the environment variable or
 * the file and the setting inside it, and what is expected; it never holds a value, which may be a secret.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly ConfigProblem[]) {
    const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
    super(
      [
        `Heimdall cannot start: its configuration has ${count}.`,
        ...problems.map((problem) => `  - ${describe(problem)}`),
      ].join('\n'),
    );
    this.problems = problems;
  }
}

function describe({ source, path, message }: ConfigProblem): string {
  const setting = formatConfigPath(path);
  if (source?.kind === 'file') return `${source.file}${setting ? `, ${setting}` : ''}: ${message}`;
  if (source?.kind === 'environment') {
    const written =
      source.path.length === path.length && source.path.every((segment, index) => segment === String(path[index]));
    return `${source.variable}${written || !setting ? '' : ` (${setting})`}: ${message}`;
  }
  // Nothing was written there: say which variable would set it, if one does.
  const variable = environmentTable.find((entry) => entry.path?.join('.') === path.map(String).join('.'));
  return `${setting || 'the configuration'}${variable ? ` (${variable.name})` : ''}: ${message}`;
}
