import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describeUnreadableChangesets } from '../changesets/read-pending-changesets.js';
import { compareSpecs, type SpecChange } from './compare-specs.js';
import { findMajorBumps, packagesBuiltFromSpec } from './major-changeset.js';
import { formatSpecChangelog } from './spec-changelog.js';

export interface SpecDiffCheckOptions {
  /** The repository: the spec, the released spec and `.changeset/` are found from here. */
  root: string;
  /** Default: `openapi/bifrost.yaml`. */
  currentPath?: string;
  /** Default: `openapi/released/bifrost.yaml`, the spec as last released. */
  releasedPath?: string;
}

export interface SpecDiffCheckResult {
  passed: boolean;
  changes: SpecChange[];
  /** The changelog and the verdict, for the CI log. */
  report: string;
}

function readSpec(path: string, root: string): unknown {
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the spec ${relative(root, path)}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Compares the spec with the one last released and prints what changed. Breaking changes pass only when pending
 * changesets bump every package built from the spec to a new major version, so that no release ships a breaking
 * change under a minor version number.
 */
export async function checkSpecDiff({
  root,
  currentPath = join(root, 'openapi', 'bifrost.yaml'),
  releasedPath = join(root, 'openapi', 'released', 'bifrost.yaml'),
}: SpecDiffCheckOptions): Promise<SpecDiffCheckResult> {
  const shown = (path: string) => relative(root, path);
  if (!existsSync(releasedPath)) {
    const report = `No released spec at ${shown(releasedPath)}. It is the baseline breaking changes are found against: copy the spec there (\`pnpm release\` does after publishing).`;
    return { passed: false, changes: [], report };
  }
  const changes = compareSpecs({ released: readSpec(releasedPath, root), current: readSpec(currentPath, root) });
  const heading = `OpenAPI changes since the last release (${shown(releasedPath)} → ${shown(currentPath)}):`;
  return judgeSpecChanges({ changes, root, heading });
}

/**
 * The verdict on a set of changes: compatible ones always pass; breaking ones pass only with a pending major bump of
 * every package built from the spec, found in `root`'s `.changeset/`.
 */
export async function judgeSpecChanges({
  changes,
  root,
  heading,
}: {
  changes: SpecChange[];
  root: string;
  heading: string;
}): Promise<SpecDiffCheckResult> {
  const changelog = formatSpecChangelog(changes);
  const breaking = changes.filter((change) => change.kind === 'breaking').length;
  if (breaking === 0) {
    return { passed: true, changes, report: `${heading}\n\n${changelog}\n\nNo breaking change.` };
  }
  const { declared, missing, unreadable } = findMajorBumps(root);
  const counted = `${breaking} breaking change${breaking === 1 ? '' : 's'}`;
  if (unreadable.length > 0) {
    const verdict = `${counted} to the spec, and pending changesets that cannot be read:\n${describeUnreadableChangesets(unreadable)}`;
    return { passed: false, changes, report: `${heading}\n\n${changelog}\n\n${verdict}` };
  }
  if (missing.length === 0) {
    const bumps = declared.map((bump) => `${bump.name} (${bump.changeset})`).join(', ');
    return {
      passed: true,
      changes,
      report: `${heading}\n\n${changelog}\n\n${counted}, declared by major bumps of ${bumps}.`,
    };
  }
  const verdict = [
    `${counted} to the spec, but no changeset bumps ${missing.join(' and ')} to a new major version.`,
    `Breaking changes need a major bump of every package built from the spec (${packagesBuiltFromSpec.join(', ')}):`,
    'run `pnpm changeset`, choose "major" for them, and tell users what changed and what to do.',
    'Or undo the breaking part of the change.',
  ].join('\n');
  return { passed: false, changes, report: `${heading}\n\n${changelog}\n\n${verdict}` };
}
