import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeAgainst, type ExampleRunner } from './example-context.js';
import { pydanticAiRequestShape } from './pydantic-ai-request-shape.js';
import { runProcess } from './run-process.js';

/** Why `python3` cannot import `module` here, or undefined when it can. */
export function pythonModuleUnavailable(module: string): string | undefined {
  const probe = spawnSync('python3', ['-c', `import ${module}`], { encoding: 'utf8' });
  if (probe.error) return `python3 is not installed (${probe.error.message})`;
  if (probe.status !== 0) return `python3 cannot import ${module}`;
  return undefined;
}

const pydanticAiMissing = pythonModuleUnavailable('pydantic_ai');

/**
 * Runs a Python block with `python3`. A PydanticAI block on a machine without pydantic_ai runs what can run: the
 * boto3 client it builds, sending the request PydanticAI would send (see {@link pydanticAiRequestShape}).
 */
export const runPythonExample: ExampleRunner = async (block, context) => {
  let code = codeAgainst(block, context);
  let partial: string | undefined;
  if (code.includes('pydantic_ai') && pydanticAiMissing) {
    code = pydanticAiRequestShape(code);
    partial = `${pydanticAiMissing}: ran its boto3 client with the Converse request PydanticAI sends`;
  }
  const file = join(context.directory, 'example.py');
  writeFileSync(file, code);
  const outcome = await runProcess('python3', [file], { cwd: context.directory, environment: context.environment });
  return partial ? { ...outcome, partial } : outcome;
};
