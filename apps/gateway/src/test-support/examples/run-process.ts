import { spawn } from 'node:child_process';
import type { ExampleOutcome } from './example-context.js';

/** An example that takes longer than this is stuck, not slow: it is stopped and reported with its output. */
const stuckAfterMs = 90_000;

/** Runs a command to its end, collecting stdout and stderr in the order they came. */
export function runProcess(
  command: string,
  args: readonly string[],
  options: { cwd: string; environment: NodeJS.ProcessEnv },
): Promise<ExampleOutcome> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.environment,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const stuck = setTimeout(() => {
      output += `\n[stopped: still running after ${stuckAfterMs / 1000} s]`;
      child.kill('SIGKILL');
    }, stuckAfterMs);
    child.on('error', (error) => {
      clearTimeout(stuck);
      resolve({ succeeded: false, output: `${output}\n[could not start ${command}: ${error.message}]` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(stuck);
      const ending = code === 0 ? '' : `\n[exit status ${code ?? signal}]`;
      resolve({ succeeded: code === 0, output: output + ending });
    });
  });
}
