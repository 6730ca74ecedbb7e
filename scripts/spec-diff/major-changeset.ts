import { readPendingChangesets, type UnreadableChangeset } from '../changesets/read-pending-changesets.js';

/**
 * The published packages built from the spec: `@heimdall/spec` generates its types from it, and `@heimdall/client`
 * exposes those types. A breaking change to the spec is a breaking change to both.
 */
export const packagesBuiltFromSpec = ['@heimdall/spec', '@heimdall/client'] as const;

export interface MajorBumps {
  /** The packages built from the spec that a pending changeset bumps to a new major version, with its file. */
  declared: { name: string; changeset: string }[];
  /** Those that no pending changeset bumps to a new major version. */
  missing: string[];
  /** Pending changesets Changesets cannot parse: until they are fixed, nothing can be said to be declared. */
  unreadable: UnreadableChangeset[];
}

/**
 * Which packages built from the spec the pending changesets (`.changeset/*.md` under `root`) bump to a new major
 * version. Read with Changesets' own parser, so a file it cannot parse is reported here, by name, instead of at
 * release.
 */
export function findMajorBumps(root: string): MajorBumps {
  const { changesets, unreadable } = readPendingChangesets(root);
  const declared: MajorBumps['declared'] = [];
  for (const name of packagesBuiltFromSpec) {
    const changeset = changesets.find((candidate) =>
      candidate.releases.some((release) => release.name === name && release.type === 'major'),
    );
    if (changeset) declared.push({ name, changeset: changeset.file });
  }
  const missing = packagesBuiltFromSpec.filter((name) => !declared.some((bump) => bump.name === name));
  return { declared, missing, unreadable };
}
