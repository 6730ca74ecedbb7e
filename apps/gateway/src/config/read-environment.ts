import { providerRegistry } from '../providers/provider-registry.js';
import type { ConfigLayer } from './config-layer.js';
import type { ConfigPath, ConfigSource } from './config-source.js';
import { environmentTable } from './environment-table.js';
import { variableValue } from './environment-variable.js';

/**
 * The environment's part of the config, in the config file's shape, by the table of variables: a provider appears
 * when a variable that declares it is set. Nothing is checked here; the schema checks both layers alike.
 */
export function readEnvironment(environment: NodeJS.ProcessEnv): ConfigLayer {
  const input: Record<string, unknown> = {};
  const written: { path: readonly string[]; variable: string }[] = [];

  for (const { environment: declared, type } of providerRegistry) {
    const declaring = declared.variables.filter((variable) => variable.declaresProvider !== false);
    if (declaring.some((variable) => variableValue(environment, variable.name) !== undefined)) {
      setAt(input, ['providers', declared.providerName, 'type'], type);
    }
  }

  for (const variable of environmentTable) {
    const text = variableValue(environment, variable.name);
    const { path } = variable;
    if (text === undefined || path === undefined) continue;
    if (variable.provider !== undefined && !hasAt(input, ['providers', variable.provider])) continue;
    if (variable.onlyWith?.some((name) => variableValue(environment, name) === undefined)) continue;
    if (written.some((entry) => entry.path.join('.') === path.join('.'))) continue;
    const value = variable.parse ? variable.parse(text) : text;
    if (value === undefined) continue;
    setAt(input, path, value);
    written.push({ path, variable: variable.name });
  }

  return {
    input,
    sourceOf(path: ConfigPath): ConfigSource {
      const writer = written.find((entry) => entry.path.every((segment, index) => segment === String(path[index])));
      // A provider's `type` is the one value no variable wrote: it is implied by the provider's variables.
      const implied = written.find((entry) => entry.path.slice(0, 2).join('.') === path.slice(0, 2).join('.'));
      const entry = writer ?? implied;
      return { kind: 'environment', variable: entry?.variable ?? 'the environment', path: entry?.path ?? [] };
    },
  };
}

function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let section = target;
  for (const segment of path.slice(0, -1)) {
    section[segment] ??= {};
    section = section[segment] as Record<string, unknown>;
  }
  section[path.at(-1) as string] = value;
}

function hasAt(target: Record<string, unknown>, path: readonly string[]): boolean {
  let section: unknown = target;
  for (const segment of path) {
    if (section === null || typeof section !== 'object' || !(segment in section)) return false;
    section = (section as Record<string, unknown>)[segment];
  }
  return true;
}
