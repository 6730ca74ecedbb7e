import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const distDirectory = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * The compiled file of one of the benchmark's own processes. They run from `dist/` with plain Node: a TypeScript
 * loader in a measured process would add its own memory and start-up to the figures.
 */
export function compiledScript(relativePath: string): string {
  const path = `${distDirectory}${relativePath}`;
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: build the benchmark first (\`pnpm bench\` at the repository root does).`);
  }
  return path;
}
