/**
 * `pnpm check:changesets` (part of `pnpm test`): fails when a published package changed and no changeset says how
 * to release it. Works on a fresh clone of main too, where there is no other branch to compare with.
 */
import { fileURLToPath } from 'node:url';
import { runChangesetStatus } from './changesets/run-changeset-status.js';

const { exitCode, output } = runChangesetStatus({ cwd: fileURLToPath(new URL('..', import.meta.url)) });
if (exitCode === 0) console.log(output);
else console.error(output);
process.exitCode = exitCode;
