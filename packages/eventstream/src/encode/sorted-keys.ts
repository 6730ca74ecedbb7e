type JsonObject = Record<string, unknown>;

const isPlainObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value);

function keysAreSorted(keys: readonly string[]): boolean {
  for (let index = 1; index < keys.length; index++) {
    if ((keys[index - 1] as string) > (keys[index] as string)) return false;
  }
  return true;
}

/**
 * `value` with the keys of every object in it in code-unit order, as Bedrock writes its payloads (nested objects too:
 * its `toolUse` start sends `name` before `toolUseId`, its `usage` sends `serverToolUsage` before `totalTokens`).
 * Parts already in order are reused as they are, which is the common case on the hot path.
 */
export function withSortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let index = 0; index < value.length; index++) {
      const item = value[index];
      const sorted = withSortedKeys(item);
      if (sorted !== item) {
        copy ??= value.slice();
        copy[index] = sorted;
      }
    }
    return copy ?? value;
  }
  if (!isPlainObject(value) || typeof value.toJSON === 'function') return value;
  const keys = Object.keys(value);
  const inOrder = keysAreSorted(keys);
  let copy: JsonObject | undefined;
  if (!inOrder) {
    keys.sort();
    copy = {};
  }
  for (const key of keys) {
    const item = value[key];
    const sorted = withSortedKeys(item);
    if (copy) copy[key] = sorted;
    else if (sorted !== item) {
      copy = { ...value };
      copy[key] = sorted;
    }
  }
  return copy ?? value;
}

/** A payload with its keys in order and the `p` padding field in its sorted place. */
export function withPaddingField(payload: JsonObject, padding: string): JsonObject {
  const sorted = withSortedKeys(payload) as JsonObject;
  const padded: JsonObject = {};
  let paddingPlaced = false;
  for (const key in sorted) {
    if (!Object.hasOwn(sorted, key) || key === 'p') continue;
    if (!paddingPlaced && key > 'p') {
      padded.p = padding;
      paddingPlaced = true;
    }
    padded[key] = sorted[key];
  }
  if (!paddingPlaced) padded.p = padding;
  return padded;
}
