/**
 * Run by `pnpm version-packages` and `pnpm release`: the spec as it is now becomes the released spec
 * (openapi/released/bifrost.yaml), the baseline that `pnpm check:spec-diff` finds breaking changes against.
 *
 * It runs when the changesets are consumed (`changeset version`) as well as after publishing: once a major
 * changeset is gone, the spec it declared must already be the baseline, or the next `pnpm test` would report the
 * same breaking change again with nothing left to declare it.
 */
import { copyFileSync, mkdirSync } from 'node:fs';

const current = new URL('../openapi/bifrost.yaml', import.meta.url);
const released = new URL('../openapi/released/bifrost.yaml', import.meta.url);

mkdirSync(new URL('.', released), { recursive: true });
copyFileSync(current, released);
console.log('openapi/released/bifrost.yaml is now the released spec: commit it with the release.');
