import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExampleOutcome } from './example-context.js';
import type { CodeBlock } from './markdown-code-blocks.js';
import { runProcess } from './run-process.js';

const gatewayPackage = fileURLToPath(new URL('../../../', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/**
 * Type-checks TypeScript blocks, all in one compiler run, against the types of the clients they import, under the
 * repository's strict settings. Running a block shows it works today; this also catches an option the client no
 * longer takes, which JavaScript would silently ignore. Errors name each block's file and line.
 */
export async function typecheckScriptExamples(blocks: readonly CodeBlock[]): Promise<ExampleOutcome> {
  const folder = mkdtempSync(join(gatewayPackage, 'node_modules', '.docs-typecheck-'));
  try {
    const names = new Map<string, CodeBlock>();
    for (const [index, block] of blocks.entries()) {
      const name = `example-${index}.mts`;
      names.set(name, block);
      writeFileSync(join(folder, name), block.code);
    }
    const compilerOptions = {
      target: 'ES2022',
      lib: ['ES2023', 'DOM'],
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      noUncheckedIndexedAccess: true,
      skipLibCheck: true,
      noEmit: true,
      types: ['node'],
    };
    writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['*.mts'] }));
    const outcome = await runProcess(
      process.execPath,
      [tsc, '-p', join(folder, 'tsconfig.json'), '--pretty', 'false'],
      {
        cwd: folder,
        environment: process.env,
      },
    );
    // tsc names the files it wrote; a reader wants the Markdown they came from.
    const output = outcome.output.replace(/example-(\d+)\.mts\((\d+),(\d+)\)/g, (match, index, line, column) => {
      const block = names.get(`example-${index}.mts`);
      return block ? `${block.file}:${block.line + Number(line)}:${column}` : match;
    });
    return { ...outcome, output };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
