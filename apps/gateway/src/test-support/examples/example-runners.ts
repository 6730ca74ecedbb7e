import { checkConfigExample } from './check-config-example.js';
import type { ExampleRunner } from './example-context.js';
import { runPythonExample } from './run-python-example.js';
import { runScriptExample } from './run-script-example.js';
import { runShellExample } from './run-shell-example.js';

/**
 * Which runner runs a block, by its info string's language. A block in any other language must say why it is not
 * run (`skip="…"` in its info string), or the examples test fails.
 */
export const exampleRunners: Readonly<Record<string, ExampleRunner>> = {
  sh: runShellExample,
  bash: runShellExample,
  shell: runShellExample,
  python: runPythonExample,
  ts: runScriptExample,
  typescript: runScriptExample,
  js: runScriptExample,
  javascript: runScriptExample,
  yaml: checkConfigExample,
  yml: checkConfigExample,
};
