/**
 * Generates every file under src/generated/ from openapi/bifrost.yaml.
 *   pnpm generate          writes them
 *   pnpm check-generated   fails, naming the stale files, when the committed ones differ from a fresh run
 */
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { emitConstantsModule } from './emit-constants.js';
import { emitErrorsModule } from './emit-errors.js';
import { readSpec, specUrl } from './spec-document.js';
import { emitZodModule } from './zod/emit-module.js';
import { emitOperationsModule } from './zod/emit-operations.js';

const header = '// Generated from openapi/bifrost.yaml by `pnpm generate`. Do not edit.\n\n';
const generatedDirectory = new URL('../src/generated/', import.meta.url);
const biome = fileURLToPath(new URL('../node_modules/.bin/biome', import.meta.url));

/**
 * Formats and applies Biome's safe fixes with the repository's settings, so generated files never trip the linter.
 * Run until nothing changes: one pass can leave a chain that the next pass breaks differently.
 */
function format(fileName: string, source: string): string {
  const stdinPath = `--stdin-file-path=${fileURLToPath(new URL(fileName, generatedDirectory))}`;
  const once = (input: string) =>
    execFileSync(biome, ['check', '--write', stdinPath], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  let formatted = once(source);
  for (let pass = 0; pass < 3; pass += 1) {
    const again = once(formatted);
    if (again === formatted) return formatted;
    formatted = again;
  }
  throw new Error(`Biome does not settle on one format for ${fileName}`);
}

async function typesModule(): Promise<string> {
  const ast = await openapiTS(specUrl, { rootTypes: true, rootTypesNoSchemaPrefix: true });
  return astToString(ast);
}

async function generate(): Promise<Record<string, string>> {
  const spec = await readSpec();
  const sources: Record<string, string> = {
    'types.gen.ts': await typesModule(),
    'schemas.gen.ts': emitZodModule(spec),
    'constants.gen.ts': emitConstantsModule(spec),
    'operations.gen.ts': emitOperationsModule(spec),
    'errors.gen.ts': emitErrorsModule(spec),
  };
  return Object.fromEntries(
    Object.entries(sources).map(([fileName, source]) => [fileName, format(fileName, header + source)]),
  );
}

async function readOrEmpty(url: URL): Promise<string> {
  try {
    return await readFile(url, 'utf8');
  } catch {
    return '';
  }
}

const files = await generate();
if (process.argv.includes('--check')) {
  const stale: string[] = [];
  for (const [fileName, source] of Object.entries(files)) {
    if ((await readOrEmpty(new URL(fileName, generatedDirectory))) !== source) stale.push(fileName);
  }
  if (stale.length > 0) {
    console.error(
      `Generated code is out of date with openapi/bifrost.yaml: ${stale.map((f) => `src/generated/${f}`).join(', ')}.\n` +
        'Run `pnpm generate` and commit the result.',
    );
    process.exit(1);
  }
  console.log('Generated code matches openapi/bifrost.yaml.');
} else {
  for (const [fileName, source] of Object.entries(files)) {
    await writeFile(new URL(fileName, generatedDirectory), source);
  }
  console.log(`Wrote ${Object.keys(files).length} files to packages/spec/src/generated/.`);
}
