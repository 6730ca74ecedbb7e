import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkSpecDiff, judgeSpecChanges } from './check-spec-diff.js';
import { compareSpecs, type SpecChange } from './compare-specs.js';
import { addOptionalRequestField, type EditableSpec, loadRepositorySpec, requireRequestField } from './spec-edits.js';

/** A repository with a released spec, a current spec and pending changesets, as `pnpm test` sees one. */
function repository({ current, changesets = {} }: { current: EditableSpec; changesets?: Record<string, string> }) {
  const root = mkdtempSync(join(tmpdir(), 'heimdall-spec-diff-'));
  mkdirSync(join(root, 'openapi', 'released'), { recursive: true });
  mkdirSync(join(root, '.changeset'));
  writeFileSync(join(root, 'openapi', 'released', 'bifrost.yaml'), stringify(loadRepositorySpec()));
  writeFileSync(join(root, 'openapi', 'bifrost.yaml'), stringify(current));
  writeFileSync(join(root, '.changeset', 'README.md'), '# Changesets\n');
  for (const [name, text] of Object.entries(changesets)) writeFileSync(join(root, '.changeset', `${name}.md`), text);
  return root;
}

const changeset = (bumps: Record<string, string>, summary: string) =>
  `---\n${Object.entries(bumps)
    .map(([name, bump]) => `"${name}": ${bump}`)
    .join('\n')}\n---\n\n${summary}\n`;

describe('pnpm test and a breaking change to the spec', () => {
  let breakingChanges: SpecChange[];
  beforeAll(() => {
    breakingChanges = compareSpecs({
      released: loadRepositorySpec(),
      current: requireRequestField(loadRepositorySpec()),
    });
  });
  const judge = (changesets: Record<string, string>) =>
    judgeSpecChanges({
      changes: breakingChanges,
      root: repository({ current: loadRepositorySpec(), changesets }),
      heading: 'Changes:',
    });

  it('fails without a changeset, printing the change and how to declare it', async () => {
    const result = await judge({ 'tidy-up': changeset({ '@heimdall/eventstream': 'patch' }, 'Faster decoding.') });

    expect(result.passed).toBe(false);
    expect(result.report).toContain('Breaking changes (1):');
    expect(result.report).toContain('`inferenceConfig.maxTokens`');
    expect(result.report).toContain('no changeset bumps @heimdall/spec and @heimdall/client to a new major version');
    expect(result.report).toContain('pnpm changeset');
  });

  it('fails when only some of the packages built from the spec get a major bump', async () => {
    const result = await judge({
      'require-max-tokens': changeset(
        { '@heimdall/spec': 'major', '@heimdall/client': 'minor' },
        'maxTokens is required.',
      ),
    });

    expect(result.passed).toBe(false);
    expect(result.report).toContain('no changeset bumps @heimdall/client to a new major version');
  });

  it('fails, naming the file, when the changeset that declares the major bump cannot be parsed', async () => {
    const formatted = changeset({ '@heimdall/spec': 'major', '@heimdall/client': 'major' }, 'maxTokens is required.')
      // What a Markdown formatter makes of the front matter: its closing line read as a heading underline.
      .replace('---\n"', '---\n\n## "')
      .replace('major\n---', 'major');
    const result = await judge({ 'require-max-tokens': formatted });

    expect(result.passed).toBe(false);
    expect(result.report).toContain('.changeset/require-max-tokens.md cannot be released');
    expect(result.report).toContain('`inferenceConfig.maxTokens`');
  });

  it('passes once a changeset bumps @heimdall/spec and @heimdall/client to a new major version', async () => {
    const result = await judge({
      'require-max-tokens': changeset(
        { '@heimdall/spec': 'major', '@heimdall/client': 'major' },
        'maxTokens is required.',
      ),
    });

    expect(result.passed).toBe(true);
    expect(result.report).toContain('declared by major bumps of @heimdall/spec (.changeset/require-max-tokens.md)');
    expect(result.report).toContain('`inferenceConfig.maxTokens`');
  });
});

describe('pnpm test and a compatible change to the spec', () => {
  it('passes without any changeset, still printing the changelog', async () => {
    const result = await checkSpecDiff({
      root: repository({ current: addOptionalRequestField(loadRepositorySpec()) }),
    });

    expect(result.passed).toBe(true);
    expect(result.report).toContain('Non-breaking changes');
    expect(result.report).toContain('seed');
    expect(result.report).toContain('No breaking change.');
  });

  it('fails with a clear message when there is no released spec to compare with', async () => {
    const root = mkdtempSync(join(tmpdir(), 'heimdall-spec-diff-'));
    const result = await checkSpecDiff({ root });

    expect(result.passed).toBe(false);
    expect(result.report).toContain('No released spec at openapi/released/bifrost.yaml');
  });
});
