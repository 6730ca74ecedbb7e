import { stdSerializers } from 'pino';
import type { Redact } from '../providers/shared/redact-secrets.js';

/** Deeper than any log line the gateway writes; what lies below is dropped rather than walked. */
const maxDepth = 12;

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * A value about to be logged, with every string in it redacted: plain objects and arrays are copied, and errors are
 * serialized first (message, stack, causes and every own property, such as a `key` some library set on it), so
 * that no secret an error carries can reach a log line.
 */
export function redactLogValue(value: unknown, redact: Redact, seen = new WeakSet<object>(), depth = 0): unknown {
  if (typeof value === 'string') return redact(value);
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return '[Circular]';
  if (depth >= maxDepth) return '[Too deep]';
  seen.add(value);
  try {
    // The serializer's result inherits from a prototype of its own; its own fields are what a line shows.
    if (value instanceof Error) return redactLogValue({ ...stdSerializers.err(value) }, redact, seen, depth + 1);
    if (Array.isArray(value)) return value.map((item) => redactLogValue(item, redact, seen, depth + 1));
    if (!isPlainObject(value)) return value;
    const copy: Record<string, unknown> = {};
    for (const [name, item] of Object.entries(value)) copy[name] = redactLogValue(item, redact, seen, depth + 1);
    return copy;
  } finally {
    seen.delete(value);
  }
}
