import readChangesets from '@changesets/read';

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
}

/**
 * Which packages built from the spec the pending changesets (`.changeset/*.md` under `root`) bump to a new major
 * version. Read with Changesets' own reader, so a file it cannot parse fails here as it would at release.
 * @see https://github.com/changesets/changesets/blob/main/docs/adding-a-changeset.md
 */
export async function findMajorBumps(root: string): Promise<MajorBumps> {
  const changesets = await readChangesets(root);
  const declared: MajorBumps['declared'] = [];
  for (const name of packagesBuiltFromSpec) {
    const changeset = changesets.find((candidate) =>
      candidate.releases.some((release) => release.name === name && release.type === 'major'),
    );
    if (changeset) declared.push({ name, changeset: `.changeset/${changeset.id}.md` });
  }
  const missing = packagesBuiltFromSpec.filter((name) => !declared.some((bump) => bump.name === name));
  return { declared, missing };
}
