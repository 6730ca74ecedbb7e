import { describe, expect, it } from 'vitest';
import { extractCodeBlocks } from './markdown-code-blocks.js';

describe('extractCodeBlocks', () => {
  it('finds each fenced block with its line, language and attributes, and nothing outside fences', () => {
    const markdown = [
      '# Title',
      'Inline `code` and ```not a fence``` here.',
      '```sh skip="runs until Ctrl-C"',
      'pnpm demo',
      '```',
      '',
      '~~~Python',
      'print("```")',
      '~~~',
      '```',
      'no language',
      '```',
    ].join('\n');
    expect(extractCodeBlocks(markdown, 'x.md')).toEqual([
      { file: 'x.md', line: 3, language: 'sh', attributes: { skip: 'runs until Ctrl-C' }, code: 'pnpm demo\n' },
      { file: 'x.md', line: 7, language: 'python', attributes: {}, code: 'print("```")\n' },
      { file: 'x.md', line: 10, language: '', attributes: {}, code: 'no language\n' },
    ]);
  });

  it('keeps a shorter fence inside a longer one as code, and removes the opening fence indent', () => {
    const markdown = ['  ````md', '  ```ts', '  let a = 1;', '  ```', '  ````'].join('\n');
    expect(extractCodeBlocks(markdown, 'y.md')).toEqual([
      { file: 'y.md', line: 1, language: 'md', attributes: {}, code: '```ts\nlet a = 1;\n```\n' },
    ]);
  });

  it('runs an unclosed fence to the end of the document, so a missing fence cannot hide the rest', () => {
    expect(extractCodeBlocks('```yaml\na: 1\nb: 2', 'z.md')).toMatchObject([
      { language: 'yaml', code: 'a: 1\nb: 2\n' },
    ]);
  });
});
