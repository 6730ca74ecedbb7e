import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeAgainst, type ExampleRunner } from './example-context.js';
import { runProcess } from './run-process.js';

/** The gateway package, whose devDependencies are the clients the examples import. */
const gatewayPackage = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Runs a TypeScript or JavaScript block as an ES module on this Node.js with tsx. The file is written under the
 * gateway's node_modules, so that `@aws-sdk/client-bedrock-runtime`, `ai`, `@langchain/aws` and `@heimdall/client`
 * resolve as they do in a project that depends on them.
 */
export const runScriptExample: ExampleRunner = async (block, context) => {
  const folder = mkdtempSync(join(gatewayPackage, 'node_modules', '.docs-example-'));
  try {
    const file = join(folder, 'example.mts');
    writeFileSync(file, codeAgainst(block, context));
    return await runProcess(process.execPath, ['--import', 'tsx', file], {
      cwd: gatewayPackage,
      environment: context.environment,
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
};
