/**
 * `pnpm check:spec-diff` (part of `pnpm test`): prints what changed in openapi/bifrost.yaml since the last release
 * (openapi/released/bifrost.yaml), and fails on a breaking change that no changeset declares as major.
 */
import { fileURLToPath } from 'node:url';
import { checkSpecDiff } from './spec-diff/check-spec-diff.js';

const result = await checkSpecDiff({ root: fileURLToPath(new URL('..', import.meta.url)) });
if (result.passed) console.log(result.report);
else {
  console.error(result.report);
  process.exitCode = 1;
}
