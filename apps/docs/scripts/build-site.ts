/** `pnpm build`: the docs site into dist/, from openapi/bifrost.yaml and the guides. */
import { fileURLToPath } from 'node:url';
import { buildSite } from '../src/build-site.js';

const packageDirectory = fileURLToPath(new URL('..', import.meta.url));
const startedAt = performance.now();
await buildSite({
  packageDirectory,
  specPath: fileURLToPath(new URL('../../../openapi/bifrost.yaml', import.meta.url)),
  outputDirectory: fileURLToPath(new URL('../dist', import.meta.url)),
});
console.log(`Docs site built in dist/ (${Math.round(performance.now() - startedAt)} ms)`);
