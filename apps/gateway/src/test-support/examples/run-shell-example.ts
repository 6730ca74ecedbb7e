import { codeAgainst, type ExampleRunner } from './example-context.js';
import { runProcess } from './run-process.js';

/**
 * curl exits 0 on an HTTP error status, so an example answered with a 403 would pass; here it fails on one, printing
 * the error body. `errexit` and `pipefail` make any failing command fail the block.
 */
const prelude = ['set -euo pipefail', 'curl() { command curl --fail-with-body --show-error "$@"; }', ''].join('\n');

/** Runs a shell block with bash, as a reader pasting it into a terminal would. */
export const runShellExample: ExampleRunner = (block, context) =>
  runProcess('bash', ['-c', prelude + codeAgainst(block, context)], {
    cwd: context.directory,
    environment: context.environment,
  });
