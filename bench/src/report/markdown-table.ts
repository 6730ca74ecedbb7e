/** How a column lines up; numbers read best right-aligned. */
export type ColumnAlignment = 'left' | 'right';

/** A Markdown cell cannot hold a raw `|` or a line break. */
function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll(/\r?\n/g, ' ');
}

/**
 * A GitHub-flavoured Markdown table, padded so it also reads well as plain text. Throws when a row's width differs
 * from the header's, which would silently shift every later column.
 */
export function renderMarkdownTable({
  header,
  rows,
  alignments = [],
}: {
  header: readonly string[];
  rows: ReadonlyArray<readonly string[]>;
  alignments?: readonly ColumnAlignment[];
}): string {
  for (const [index, row] of rows.entries()) {
    if (row.length !== header.length) {
      throw new Error(`Table row ${index + 1} has ${row.length} cells, the header ${header.length}`);
    }
  }
  const cells = [header, ...rows].map((row) => row.map(escapeCell));
  const widths = header.map((_, column) => Math.max(3, ...cells.map((row) => (row[column] ?? '').length)));
  const alignmentOf = (column: number) => alignments[column] ?? 'left';
  const line = (row: readonly string[]) =>
    `| ${row
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return alignmentOf(column) === 'right' ? cell.padStart(width) : cell.padEnd(width);
      })
      .join(' | ')} |`;
  const rule = `| ${widths
    .map((width, column) => (alignmentOf(column) === 'right' ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width)))
    .join(' | ')} |`;
  const [head = [], ...body] = cells;
  return [line(head), rule, ...body.map(line)].join('\n');
}
