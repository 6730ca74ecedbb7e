/**
 * Every object key list of a JSON value, depth first, e.g. `{"b":{"y":1,"x":2},"a":0}` → `[["b","a"],["y","x"]]`:
 * what the key order of a payload looks like, whatever its values.
 */
export function keyLayout(value: unknown): string[][] {
  if (Array.isArray(value)) return value.flatMap(keyLayout);
  if (value === null || typeof value !== 'object') return [];
  const entries = Object.entries(value);
  return [entries.map(([key]) => key), ...entries.flatMap(([, child]) => keyLayout(child))];
}

/** Whether every object of a JSON value lists its keys in sorted order, as Bedrock writes its payloads. */
export function hasSortedKeys(value: unknown): boolean {
  return keyLayout(value).every((keys) => keys.every((key, index) => index === 0 || (keys[index - 1] ?? '') < key));
}
