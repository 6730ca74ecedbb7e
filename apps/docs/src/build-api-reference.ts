import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

export interface ApiReferenceOptions {
  /** The OpenAPI document to render. */
  specPath: string;
  /** The HTML file to write. */
  outputPath: string;
  /** The Handlebars page template, which puts the site's header above Redoc's page. */
  templatePath: string;
}

/**
 * Renders the API reference with Redoc, through `redocly build-docs`: one HTML page, prerendered so that it reads
 * without JavaScript, with Redoc's script inlined (`--inlineBundle`) so that it loads nothing from outside — a
 * gateway on a private network serves it as it is.
 * @see https://redocly.com/docs/cli/commands/build-docs
 */
export async function buildApiReference({ specPath, outputPath, templatePath }: ApiReferenceOptions): Promise<void> {
  const cli = require.resolve('@redocly/cli/bin/cli.js');
  const parameters = [
    cli,
    'build-docs',
    specPath,
    '--output',
    outputPath,
    '--template',
    templatePath,
    '--title',
    'Heimdall API reference',
    '--inlineBundle',
    '--lint-config',
    'off',
  ];
  try {
    await run(process.execPath, parameters, {
      // No usage report and no update notice: builds run offline and in CI.
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const output = (error as { stderr?: string; stdout?: string }).stderr || (error as { stdout?: string }).stdout;
    throw new Error(`redocly build-docs could not render ${specPath}:\n${output ?? String(error)}`, { cause: error });
  }
}
