import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { providerRegistry } from '../providers/provider-registry.js';
import { gatewayConfigSchema } from './config-schema.js';
import { environmentTable } from './environment-table.js';
import { loadConfig } from './load-config.js';

const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');

const configurationSection = readme.split(/^## /m).find((part) => part.startsWith('Configuration\n'));

/** The rows of the first table under `## Configuration`: the variables in the first column, and the whole row. */
function configurationRows(): { variables: string[]; text: string }[] {
  if (!configurationSection) throw new Error('README.md has no Configuration section');
  const lines = configurationSection.split('\n').filter((line) => line.startsWith('|'));
  // The header and the separator line come first.
  return lines.slice(2).map((line) => {
    const firstColumn = line.split('|')[1] ?? '';
    return {
      variables: [...firstColumn.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((match) => match[1] as string),
      text: line,
    };
  });
}

/** Every setting at its default, with each provider that the environment can declare declared and nothing set. */
const defaults = gatewayConfigSchema.parse({
  providers: Object.fromEntries(
    providerRegistry.map((descriptor) => [descriptor.environment.providerName, { type: descriptor.type }]),
  ),
});

function defaultAt(path: readonly string[]): unknown {
  let value: unknown = defaults;
  for (const segment of path) value = (value as Record<string, unknown> | undefined)?.[segment];
  return value;
}

/** A default as the README writes it: seconds for milliseconds, MiB (or KiB) for bytes. */
function asWritten(variable: string, value: string | number): string {
  if (typeof value === 'number' && variable.endsWith('_MS')) return `${value / 1000} s`;
  if (typeof value === 'number' && variable.endsWith('_BYTES')) {
    return value >= 1024 * 1024 ? `${value / 1024 / 1024} MiB` : `${value / 1024} KiB`;
  }
  return String(value);
}

describe("README.md's Configuration table", () => {
  const rows = configurationRows();

  it('lists every environment variable the gateway reads, and none that it does not', () => {
    const listed = rows.flatMap((row) => row.variables);
    const read = environmentTable.map((variable) => variable.name);
    // A variable that only qualifies another (NODE_ENV for LOG_LEVEL) may be named in the other's row instead.
    const mentioned = read.filter((name) => rows.some((row) => new RegExp(`\`${name}[\`=]`).test(row.text)));
    expect(listed.filter((name) => !read.includes(name))).toEqual([]);
    expect(read.filter((name) => !mentioned.includes(name))).toEqual([]);
  });

  it('states each default where the variable is listed, as the schema has it', () => {
    const missing = environmentTable.flatMap(({ name, path }) => {
      const value = path ? defaultAt(path) : undefined;
      if (typeof value !== 'string' && typeof value !== 'number') return [];
      const row = rows.find((candidate) => candidate.text.includes(`\`${name}`));
      const written = asWritten(name, value);
      return row?.text.includes(written) ? [] : [`${name}: default ${written}`];
    });
    expect(missing).toEqual([]);
  });
});

describe("README.md's example config file", () => {
  it('is accepted as it is written, with its env.NAME variables set', () => {
    const example = /```yaml\n([\s\S]*?)```/.exec(configurationSection ?? '')?.[1];
    if (!example) throw new Error("README.md's Configuration section has no YAML example");
    const directory = mkdtempSync(join(tmpdir(), 'heimdall-readme-'));
    writeFileSync(join(directory, 'heimdall.config.yaml'), example);
    const variables = [...example.matchAll(/env\.([A-Z0-9_]+)/g)].map((match) => match[1] as string);
    const config = loadConfig(Object.fromEntries(variables.map((name) => [name, `value-of-${name}`])), directory);
    expect(Object.keys(config.providers).sort()).toEqual([
      'anthropic',
      'bedrock',
      'gemini',
      'groq',
      'ollama',
      'openai',
    ]);
    expect(config.defaultProvider).toBe('bedrock');
  });
});
