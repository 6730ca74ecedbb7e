/** One fenced code block of a Markdown file. */
export interface CodeBlock {
  /** The file, as the test names it. */
  file: string;
  /** The line of the opening fence, 1-based, for error messages a reader can follow. */
  line: number;
  /** The info string's first word, lower-cased (`sh`, `python`, `ts`…); empty when the fence has none. */
  language: string;
  /** The info string's `name="value"` attributes, e.g. `skip="runs until Ctrl-C"`. */
  attributes: Record<string, string>;
  code: string;
}

const openingFence = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const attribute = /([a-z][a-z-]*)="([^"]*)"/g;

/**
 * The fenced code blocks of a CommonMark document, in order. Renderers (GitHub, marked) take the info string's first
 * word as the language and ignore the rest, so attributes after it mark a block for the examples test without
 * showing on the page. An unclosed fence runs to the end of the document, as CommonMark says.
 * @see https://spec.commonmark.org/0.31.2/#fenced-code-blocks
 */
export function extractCodeBlocks(markdown: string, file: string): CodeBlock[] {
  const lines = markdown.split('\n');
  const blocks: CodeBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const opening = openingFence.exec(lines[index] ?? '');
    if (!opening) continue;
    const fence = opening[1] ?? '```';
    const info = (opening[2] ?? '').trim();
    // A backtick fence's info string may not contain a backtick: such a line is inline code, not a fence.
    if (fence.startsWith('`') && info.includes('`')) continue;
    const indent = (lines[index] ?? '').length - (lines[index] ?? '').trimStart().length;
    const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    const body: string[] = [];
    let end = index + 1;
    for (; end < lines.length && !closing.test(lines[end] ?? ''); end++) {
      body.push((lines[end] ?? '').replace(new RegExp(`^ {0,${indent}}`), ''));
    }
    blocks.push({
      file,
      line: index + 1,
      language: (info.split(/\s+/)[0] ?? '').toLowerCase(),
      attributes: Object.fromEntries([...info.matchAll(attribute)].map((match) => [match[1], match[2]])),
      code: `${body.join('\n')}\n`,
    });
    index = end;
  }
  return blocks;
}
