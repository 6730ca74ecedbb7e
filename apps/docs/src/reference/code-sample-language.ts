/** How one language spells the scalars and keys of a JSON value. */
interface LiteralStyle {
  indent: string;
  scalar(value: null | boolean | number | string): string;
  key(name: string): string;
  /** Whether the last item of a multi-line list keeps a trailing comma. */
  trailingComma: boolean;
  /** Whether a one-line object has spaces inside its braces: `{ a: 1 }` in JavaScript, `{"a": 1}` in Python. */
  spacedBraces: boolean;
}

/** A value short enough for one line is written on one line: `[{ text: 'Hi' }]` rather than five lines. */
const inlineWidth = 78;

function formatLiteral(value: unknown, style: LiteralStyle, depth: number): string {
  if (value === null || value === undefined || typeof value !== 'object') {
    return style.scalar((value ?? null) as null | boolean | number | string);
  }
  const entries: [string | undefined, unknown][] = Array.isArray(value)
    ? value.map((item) => [undefined, item])
    : Object.entries(value as Record<string, unknown>);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return `${open}${close}`;
  const item = (key: string | undefined, inner: string) => (key === undefined ? inner : `${style.key(key)}: ${inner}`);
  const inline = entries.map(([key, inner]) => item(key, formatLiteral(inner, style, depth + 1))).join(', ');
  const padded = Array.isArray(value) || !style.spacedBraces ? inline : ` ${inline} `;
  if (!inline.includes('\n') && padded.length <= inlineWidth) return `${open}${padded}${close}`;
  const pad = style.indent.repeat(depth + 1);
  const lines = entries.map(([key, inner]) => `${pad}${item(key, formatLiteral(inner, style, depth + 1))}`);
  return `${open}\n${lines.join(',\n')}${style.trailingComma ? ',' : ''}\n${style.indent.repeat(depth)}${close}`;
}

const pythonStyle: LiteralStyle = {
  indent: '    ',
  scalar: (value) =>
    value === null ? 'None' : value === true ? 'True' : value === false ? 'False' : JSON.stringify(value),
  key: (name) => JSON.stringify(name),
  trailingComma: true,
  spacedBraces: false,
};

const javaScriptStyle: LiteralStyle = {
  indent: '  ',
  scalar: (value) =>
    typeof value === 'string'
      ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`
      : String(value),
  key: (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`),
  trailingComma: true,
  spacedBraces: true,
};

const jsonStyle: LiteralStyle = {
  indent: '  ',
  scalar: (value) => JSON.stringify(value),
  key: (name) => JSON.stringify(name),
  trailingComma: false,
  spacedBraces: true,
};

/**
 * A JSON value written as a Python literal (`True`, `None`), for the Python samples: the request fields are the
 * same values, only spelled the Python way. `depth` is the indentation level the literal starts at.
 */
export function toPythonLiteral(value: unknown, depth = 0): string {
  return formatLiteral(value, pythonStyle, depth);
}

/** A JSON value as a JavaScript literal: unquoted keys where the key is an identifier, single-quoted strings. */
export function toJavaScriptLiteral(value: unknown, depth = 0): string {
  return formatLiteral(value, javaScriptStyle, depth);
}

/** JSON as people read it: short arrays and objects on one line, longer ones indented. Still valid JSON. */
export function formatJson(value: unknown): string {
  return formatLiteral(value, jsonStyle, 0);
}

/** A string in a POSIX shell's single quotes, which keep everything as written except a single quote. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
