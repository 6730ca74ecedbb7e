/** Where a setting was written: in the config file, or by an environment variable. */
export type ConfigSource =
  | { readonly kind: 'file'; readonly file: string }
  | { readonly kind: 'environment'; readonly variable: string; readonly path: readonly string[] };

/** A path inside the config, e.g. `['providers', 'groq', 'keys', 0, 'key']`. */
export type ConfigPath = readonly PropertyKey[];

/** `providers.groq.keys[0].key`. */
export function formatConfigPath(path: ConfigPath): string {
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}

/** Which source wrote each value of a merged config, leaf by leaf. */
export class ConfigSources {
  readonly #leaves = new Map<string, { path: ConfigPath; source: ConfigSource }>();

  record(path: ConfigPath, source: ConfigSource): void {
    this.#leaves.set(key(path), { path, source });
  }

  /** Forgets everything under `path`, when a later source replaces it whole. */
  forget(path: ConfigPath): void {
    for (const [leaf, entry] of this.#leaves) if (startsWith(entry.path, path)) this.#leaves.delete(leaf);
  }

  /**
   * The source of the value at `path`; for a missing value or a whole section, the source of what was written
   * beside it (the nearest section above that holds anything).
   */
  find(path: ConfigPath): { source: ConfigSource; exact: boolean } | undefined {
    const exact = this.#leaves.get(key(path));
    if (exact) return { source: exact.source, exact: true };
    for (let length = path.length; length >= 0; length--) {
      const section = path.slice(0, length);
      for (const entry of this.#leaves.values()) {
        if (startsWith(entry.path, section)) return { source: entry.source, exact: length === path.length };
      }
    }
    return undefined;
  }
}

const key = (path: ConfigPath) => path.map(String).join('\u0000');

function startsWith(path: ConfigPath, prefix: ConfigPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, index) => String(path[index]) === String(segment));
}
