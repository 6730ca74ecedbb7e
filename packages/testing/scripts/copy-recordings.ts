/**
 * Copies the recorded Amazon Bedrock ConverseStream replies into `packages/testing/recordings/` and writes their
 * provenance (source cassette, licence, SHA-256 of every file) to `recordings/README.md`, so a plain clone of the
 * repository runs every test. Run again when the source recordings change:
 *
 *   pnpm --filter @heimdall/testing copy-recordings [source-folder]
 *
 * The source folder defaults to `shared/fixtures/bedrock-recorded/` beside the repository.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cassetteOf, provenanceReadme } from '../src/recordings-provenance.js';

const destination = fileURLToPath(new URL('../recordings/', import.meta.url));
const source =
  process.argv[2] ?? fileURLToPath(new URL('../../../../shared/fixtures/bedrock-recorded/', import.meta.url));

if (!existsSync(source)) {
  console.error(`No recordings at ${source}: pass the folder that holds NAME.json / NAME.bin pairs.`);
  process.exit(1);
}

const files = readdirSync(source)
  .filter((file) => file.endsWith('.json') || file.endsWith('.bin'))
  .sort();
for (const file of files) cassetteOf(file.replace(/\.(json|bin)$/, ''));

rmSync(destination, { recursive: true, force: true });
mkdirSync(destination, { recursive: true });
const digests = files.map((file) => {
  copyFileSync(join(source, file), join(destination, file));
  return {
    file,
    sha256: createHash('sha256')
      .update(readFileSync(join(destination, file)))
      .digest('hex'),
  };
});
writeFileSync(join(destination, 'README.md'), provenanceReadme(digests));
console.log(`Copied ${files.length} files from ${source} to ${destination}`);
