import { accessSync, constants, statSync } from 'node:fs';
import { z } from 'zod';

type PathKind = 'file' | 'directory';

/** Why the gateway could not read `path` as a `kind`, or `undefined` when it can. */
function pathProblem(path: string, kind: PathKind): string | undefined {
  try {
    const stats = statSync(path);
    if (kind === 'file' ? !stats.isFile() : !stats.isDirectory()) return `it is not a ${kind}`;
    accessSync(path, constants.R_OK);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return `no such ${kind}`;
    if (code === 'EACCES') return 'permission denied';
    return code ?? 'unreadable';
  }
}

/**
 * A path the gateway reads at start-up or on demand, checked when the config is loaded so that a typo stops the
 * gateway instead of failing its first request. Relative paths are relative to the working directory.
 */
export function readablePathSchema(kind: PathKind, whenMissing?: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? whenMissing : undefined) })
    .min(1, { error: 'must not be empty' })
    .superRefine((path, context) => {
      const problem = pathProblem(path, kind);
      if (problem) context.addIssue({ code: 'custom', message: `cannot read ${path}: ${problem}` });
    });
}
