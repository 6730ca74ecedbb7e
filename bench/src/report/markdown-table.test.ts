import { describe, expect, it } from 'vitest';
import { renderMarkdownTable } from './markdown-table.js';

describe('renderMarkdownTable', () => {
  it('renders a header, a rule and padded rows, numbers aligned right', () => {
    const table = renderMarkdownTable({
      header: ['Target', 'Streams/s'],
      rows: [
        ['direct', '1200'],
        ['raw proxy', '950'],
      ],
      alignments: ['left', 'right'],
    });
    expect(table).toBe(
      [
        '| Target    | Streams/s |',
        '| --------- | --------: |',
        '| direct    |      1200 |',
        '| raw proxy |       950 |',
      ].join('\n'),
    );
  });

  it('escapes pipes and line breaks so a cell cannot split the table', () => {
    const table = renderMarkdownTable({ header: ['Note'], rows: [['a | b\nc']] });
    expect(table.split('\n')[2]).toBe('| a \\| b c |');
  });

  it('refuses a row with a missing cell instead of shifting the columns after it', () => {
    expect(() => renderMarkdownTable({ header: ['a', 'b'], rows: [['only one']] })).toThrow(/row 1 has 1 cells/);
  });
});
