/**
 * A JSON value written as a Python literal (`True`, `None`), indented like the JSON, for the Python samples: the
 * request fields are the same values, only spelled the Python way.
 */
export function toPythonLiteral(value: unknown, indent = 0): string {
  const pad = '    '.repeat(indent + 1);
  const closing = '    '.repeat(indent);
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${pad}${toPythonLiteral(item, indent + 1)}`).join(',\n')},\n${closing}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([key, item]) => `${pad}${JSON.stringify(key)}: ${toPythonLiteral(item, indent + 1)}`);
  return `{\n${lines.join(',\n')},\n${closing}}`;
}

/** A JSON value as a JavaScript literal: unquoted keys where the key is an identifier, single-quoted strings. */
export function toJavaScriptLiteral(value: unknown, indent = 0): string {
  const pad = '  '.repeat(indent + 1);
  const closing = '  '.repeat(indent);
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${pad}${toJavaScriptLiteral(item, indent + 1)}`).join(',\n')},\n${closing}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
  const lines = entries.map(([name, item]) => `${pad}${key(name)}: ${toJavaScriptLiteral(item, indent + 1)}`);
  return `{\n${lines.join(',\n')},\n${closing}}`;
}

/** A string in a POSIX shell's single quotes, which keep everything as written except a single quote. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
