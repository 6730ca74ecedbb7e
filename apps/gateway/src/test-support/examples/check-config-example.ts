import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../../config/config-error.js';
import { loadConfig } from '../../config/load-config.js';
import type { ExampleRunner } from './example-context.js';

/** Settings naming a file the gateway reads; an example may name one that only exists where it is deployed. */
const pathSettings = new Set(['certFile', 'keyFile', 'docsDirectory']);

/**
 * Loads a YAML block as the gateway's config file, as the gateway would at start-up, with the built-in providers
 * declared in the environment (so routes and defaults may name them) and every `env.NAME` it reads set. A path
 * the example names that does not exist on this machine is the one problem tolerated, and said.
 */
export const checkConfigExample: ExampleRunner = async (block, context) => {
  writeFileSync(join(context.directory, 'heimdall.config.yaml'), block.code);
  const references = [...block.code.matchAll(/env\.([A-Z][A-Z0-9_]*)/g)].map((match) => match[1] as string);
  const environment = {
    OPENAI_API_KEY: 'sk-example',
    ANTHROPIC_API_KEY: 'sk-ant-example',
    GEMINI_API_KEY: 'example-gemini-key',
    AWS_REGION: 'us-east-1',
    ...Object.fromEntries(references.map((name) => [name, `example-value-of-${name}`])),
  };
  try {
    loadConfig(environment, context.directory);
    return { succeeded: true, output: '' };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const absentPaths = error.problems.filter(
      (problem) => pathSettings.has(String(problem.path.at(-1))) && /no such (file|directory)/.test(problem.message),
    );
    if (absentPaths.length === error.problems.length) {
      const named = absentPaths.map((problem) => problem.path.join('.')).join(', ');
      return { succeeded: true, output: '', partial: `the files of ${named} are not on this machine` };
    }
    return { succeeded: false, output: error.message };
  }
};
