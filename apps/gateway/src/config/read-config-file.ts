import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { ConfigLayer } from './config-layer.js';
import type { ConfigProblem } from './config-problem.js';
import { configFileVariable } from './gateway-environment.js';
import { type ReferenceProblem, resolveVariableReferences } from './variable-references.js';

const conventionalFileNames = ['heimdall.config.json', 'heimdall.config.yaml', 'heimdall.config.yml'];

/** `HEIMDALL_CONFIG`, else the first conventional file in `directory`, else none. */
export function findConfigFile(
  environment: NodeJS.ProcessEnv,
  directory: string,
): { file?: string; problem?: ConfigProblem } {
  const named = environment[configFileVariable];
  if (named) {
    const file = resolve(directory, named);
    if (existsSync(file)) return { file };
    const source = { kind: 'environment', variable: configFileVariable, path: [] } as const;
    return { problem: { source, path: [], message: `points to ${file}, which does not exist` } };
  }
  return { file: conventionalFileNames.map((name) => resolve(directory, name)).find((file) => existsSync(file)) };
}

/**
 * The config file's part of the config, with every `env.NAME` replaced by its variable's value. Problems (the file
 * cannot be read or parsed, a reference does not resolve) are added to `problems`; their messages never quote the
 * file's text, which may hold secrets.
 */
export function readConfigFile(file: string, environment: NodeJS.ProcessEnv, problems: ConfigProblem[]): ConfigLayer {
  const source = { kind: 'file', file } as const;
  const layer = (input: Record<string, unknown>): ConfigLayer => ({ input, sourceOf: () => source });
  let text = '';
  let parsed: unknown;
  try {
    text = readFileSync(file, 'utf8');
    parsed = parse(file, text);
  } catch (error) {
    problems.push({ source, path: [], message: unreadable(file, text, error) });
    return layer({});
  }
  if (parsed === null || parsed === undefined) return layer({});
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    problems.push({ source, path: [], message: 'must hold a mapping of settings (such as `providers:`) at its top' });
    return layer({});
  }
  const referenceProblems: ReferenceProblem[] = [];
  const input = resolveVariableReferences(parsed, environment, referenceProblems) as Record<string, unknown>;
  for (const problem of referenceProblems) problems.push({ source, ...problem });
  return layer(input);
}

function parse(file: string, text: string): unknown {
  if (file.endsWith('.json')) return JSON.parse(text);
  // The YAML parser is loaded only for a YAML file.
  return createRequire(import.meta.url)('yaml').parse(text);
}

/** Why the file cannot be used, with the line and column where the parsers give them, but none of its text. */
function unreadable(file: string, text: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES') return 'cannot be read: permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  const message = error instanceof Error ? error.message : String(error);
  const format = file.endsWith('.json') ? 'JSON' : 'YAML';
  const lineAndColumn = /line (\d+),? column (\d+)/i.exec(message);
  if (lineAndColumn) return `is not valid ${format} at line ${lineAndColumn[1]}, column ${lineAndColumn[2]}`;
  const position = /at position (\d+)/.exec(message);
  if (!position) return `is not valid ${format}`;
  const before = text.slice(0, Number(position[1])).split('\n');
  return `is not valid ${format} at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}
