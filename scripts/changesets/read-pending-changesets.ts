import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import parseChangeset from '@changesets/parse';

/** One pending changeset: its path under the repository, and the releases its front matter asks for. */
export interface PendingChangeset {
  file: string;
  releases: { name: string; type: string }[];
}

/** A pending changeset that Changesets would refuse at release time, with why. */
export interface UnreadableChangeset {
  file: string;
  problem: string;
}

/**
 * Reads every pending changeset (`.changeset/*.md` but the folder's README) with Changesets' own parser, one file at a
 * time, so that a file it cannot read is named here instead of failing `pnpm release` later with the file's text
 * and no name. A Markdown formatter that turns the front matter's closing `---` into a heading underline is the
 * usual cause.
 * @see https://github.com/changesets/changesets/blob/main/docs/adding-a-changeset.md
 */
export function readPendingChangesets(root: string): {
  changesets: PendingChangeset[];
  unreadable: UnreadableChangeset[];
} {
  const folder = join(root, '.changeset');
  const changesets: PendingChangeset[] = [];
  const unreadable: UnreadableChangeset[] = [];
  if (!existsSync(folder)) return { changesets, unreadable };
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith('.md') || name.toLowerCase() === 'readme.md') continue;
    const file = `.changeset/${name}`;
    try {
      const { releases } = parseChangeset(readFileSync(join(folder, name), 'utf8'));
      changesets.push({ file, releases });
    } catch (error) {
      const firstLine = String(error instanceof Error ? error.message : error).split('\n')[0];
      unreadable.push({ file, problem: firstLine ?? 'Changesets cannot parse it' });
    }
  }
  return { changesets, unreadable };
}

/** The lines that tell a developer which changesets to fix, and how. */
export function describeUnreadableChangesets(unreadable: UnreadableChangeset[]): string {
  return [
    ...unreadable.map(({ file, problem }) => `${file} cannot be released: ${problem}`),
    'A changeset starts with front matter between two `---` lines, one `"package-name": major|minor|patch` per line.',
  ].join('\n');
}
