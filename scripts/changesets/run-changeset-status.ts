import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describeUnreadableChangesets, readPendingChangesets } from './read-pending-changesets.js';
import { resolveChangesetBase } from './resolve-changeset-base.js';

const require = createRequire(import.meta.url);

export interface ChangesetStatusResult {
  /**
   * 0 when every pending changeset parses and every changed published package has one, or when every pending changeset
   * parses and there is nothing to compare with.
   */
  exitCode: number;
  /** What to print: the base chosen and why, then Changesets' own report. */
  output: string;
}

/**
 * `changeset status --since=<base>` with the base {@link resolveChangesetBase} chose: fails when a published package
 * changed since then and no changeset was added. Private packages (the gateway, the docs) are not versioned, so they
 * need none. Every pending changeset must parse, even where there is nothing to compare with: a broken one would
 * otherwise only surface at release.
 * @see https://github.com/changesets/changesets/blob/main/packages/cli/README.md#status
 */
export function runChangesetStatus({
  cwd,
  environment = process.env,
}: {
  cwd: string;
  environment?: NodeJS.ProcessEnv;
}): ChangesetStatusResult {
  const { unreadable } = readPendingChangesets(cwd);
  if (unreadable.length > 0) return { exitCode: 1, output: describeUnreadableChangesets(unreadable) };
  const base = resolveChangesetBase(cwd, environment);
  if (!base.ref) return { exitCode: 0, output: `Changeset status: nothing to check, because ${base.reason}.` };
  const cli = require.resolve('@changesets/cli/bin.js');
  const run = spawnSync(process.execPath, [cli, 'status', `--since=${base.ref}`], {
    cwd,
    encoding: 'utf8',
    env: { ...environment, FORCE_COLOR: '0' },
  });
  const report = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim();
  return {
    exitCode: run.status ?? 1,
    output: `Changeset status since ${base.ref} (${base.reason}):\n${report || String(run.error ?? '')}`,
  };
}
