import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What `changeset status` should compare with: a ref, or nothing to compare with and why. */
export type ChangesetBase = { ref: string; reason: string } | { ref?: undefined; reason: string };

function git(cwd: string, parameters: string[]): string | undefined {
  try {
    return execFileSync('git', parameters, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

const commitOf = (cwd: string, ref: string) => git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);

function baseBranch(cwd: string): string {
  const path = join(cwd, '.changeset', 'config.json');
  if (!existsSync(path)) return 'main';
  const config = JSON.parse(readFileSync(path, 'utf8')) as { baseBranch?: unknown };
  return typeof config.baseBranch === 'string' ? config.baseBranch : 'main';
}

/**
 * The ref to check pending changesets against. `changeset status` alone compares with the base branch, which fails
 * where that branch does not exist (a detached checkout) and proves nothing on the base branch itself. So, in order:
 *
 * 1. `CHANGESET_BASE`, when CI names the branch a change is meant for (`origin/main` for a pull request);
 * 2. the base branch (`origin/main`, else `main`), when HEAD has commits it does not;
 * 3. the last release, the newest `@heimdall/…@version` tag: on the base branch, every published package changed
 *    since then must have a pending changeset;
 * 4. nothing, on the base branch of a repository that has never released: there is no earlier state to hold the
 *    packages to.
 */
export function resolveChangesetBase(cwd: string, environment: NodeJS.ProcessEnv = process.env): ChangesetBase {
  const head = commitOf(cwd, 'HEAD');
  if (!head) return { reason: 'this is not a git checkout with commits, so there is no history to compare with' };

  const requested = environment.CHANGESET_BASE;
  if (requested) {
    if (!commitOf(cwd, requested)) {
      throw new Error(`CHANGESET_BASE=${requested} names no commit in this checkout: fetch it first`);
    }
    return { ref: requested, reason: `CHANGESET_BASE names ${requested}` };
  }

  const branch = baseBranch(cwd);
  for (const candidate of [`origin/${branch}`, branch]) {
    if (!commitOf(cwd, candidate)) continue;
    const divergedAt = git(cwd, ['merge-base', 'HEAD', candidate]);
    if (divergedAt && divergedAt !== head)
      return { ref: candidate, reason: `HEAD has commits that ${candidate} has not` };
  }

  const lastRelease = git(cwd, ['describe', '--tags', '--abbrev=0', '--match', '@heimdall/*@*', 'HEAD']);
  if (lastRelease) return { ref: lastRelease, reason: `the last release is ${lastRelease}` };

  return {
    reason: `HEAD is the base branch (${branch}) itself and nothing has been released yet, so there is no earlier state to compare with`,
  };
}
