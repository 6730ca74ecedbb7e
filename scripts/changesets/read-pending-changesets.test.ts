import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPendingChangesets } from './read-pending-changesets.js';

function changesetFolder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'heimdall-pending-'));
  mkdirSync(join(root, '.changeset'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, '.changeset', name), text);
  return root;
}

describe('readPendingChangesets', () => {
  it('reads each changeset, skipping the folder README and files that are not Markdown', () => {
    const root = changesetFolder({
      'README.md': '# Changesets\n',
      'config.json': '{}',
      'faster.md': '---\n"@heimdall/eventstream": minor\n"@heimdall/client": patch\n---\n\nFaster.\n',
      'empty.md': '---\n---\n',
    });

    expect(readPendingChangesets(root)).toEqual({
      changesets: [
        { file: '.changeset/empty.md', releases: [] },
        {
          file: '.changeset/faster.md',
          releases: [
            { name: '@heimdall/eventstream', type: 'minor' },
            { name: '@heimdall/client', type: 'patch' },
          ],
        },
      ],
      unreadable: [],
    });
  });

  it('names each file Changesets cannot parse, with the first line of its reason', () => {
    const root = changesetFolder({
      'headed.md': '---\n\n## "@heimdall/eventstream": minor\n\nFaster.\n',
      'fine.md': '---\n"@heimdall/spec": patch\n---\n\nTypo.\n',
    });

    const { changesets, unreadable } = readPendingChangesets(root);
    expect(changesets.map((changeset) => changeset.file)).toEqual(['.changeset/fine.md']);
    expect(unreadable).toEqual([
      { file: '.changeset/headed.md', problem: expect.stringContaining('could not parse changeset') },
    ]);
  });

  it('finds nothing where there is no .changeset folder', () => {
    expect(readPendingChangesets(mkdtempSync(join(tmpdir(), 'heimdall-pending-')))).toEqual({
      changesets: [],
      unreadable: [],
    });
  });
});
