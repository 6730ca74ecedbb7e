import { type ConfigPath, type ConfigSource, ConfigSources } from './config-source.js';

/** One source's part of the config input: the environment's, or the config file's, in the config file's shape. */
export interface ConfigLayer {
  input: Record<string, unknown>;
  /** Which source wrote the value at a path of `input`. */
  sourceOf(path: ConfigPath): ConfigSource;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A provider is replaced whole: a config-file provider never inherits settings from an environment one. */
const isProviderEntry = (path: ConfigPath) => path.length === 2 && path[0] === 'providers';

/**
 * Merges the layers in order, later ones winning: sections merge setting by setting, lists (gateway keys) are
 * joined, and a provider of the same name is replaced whole. Remembers the source of every value, for error messages.
 */
export function mergeConfigLayers(layers: readonly ConfigLayer[]): {
  input: Record<string, unknown>;
  sources: ConfigSources;
} {
  const input: Record<string, unknown> = {};
  const sources = new ConfigSources();
  for (const layer of layers) {
    const recordLeaves = (value: unknown, path: ConfigPath): void => {
      const children = Array.isArray(value) ? [...value.entries()] : isPlainObject(value) ? Object.entries(value) : [];
      if (children.length === 0) sources.record(path, layer.sourceOf(path));
      for (const [name, child] of children) recordLeaves(child, [...path, name]);
    };
    const mergeInto = (target: Record<string, unknown>, value: Record<string, unknown>, path: ConfigPath): void => {
      for (const [name, child] of Object.entries(value)) {
        const childPath = [...path, name];
        const existing = target[name];
        if (!isProviderEntry(childPath) && isPlainObject(child) && isPlainObject(existing)) {
          mergeInto(existing, child, childPath);
        } else if (Array.isArray(child) && Array.isArray(existing)) {
          const offset = existing.length;
          target[name] = [...existing, ...structuredClone(child)];
          for (const [index, item] of child.entries()) recordLeaves(item, [...childPath, offset + index]);
        } else {
          target[name] = structuredClone(child);
          sources.forget(childPath);
          recordLeaves(child, childPath);
        }
      }
    };
    mergeInto(input, layer.input, []);
  }
  return { input, sources };
}
