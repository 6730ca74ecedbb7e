import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveChangesetBase } from './resolve-changeset-base.js';
import { runChangesetStatus } from './run-changeset-status.js';

const repositoryRoot = new URL('../../', import.meta.url);

/** A small workspace under git, like this one: a published package, a private one, and this Changesets config. */
function createRepository() {
  const root = mkdtempSync(join(tmpdir(), 'heimdall-changesets-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const git = (...parameters: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...parameters], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  write('package.json', JSON.stringify({ name: 'workspace', private: true }));
  write('pnpm-workspace.yaml', 'packages:\n  - packages/*\n');
  write('packages/widget/package.json', JSON.stringify({ name: '@heimdall/widget', version: '1.0.0' }));
  write('packages/widget/src/index.js', 'export const size = 1;\n');
  write('packages/site/package.json', JSON.stringify({ name: '@heimdall/site', version: '0.0.0', private: true }));
  write('packages/site/src/index.js', 'export const title = "Docs";\n');
  mkdirSync(join(root, '.changeset'));
  copyFileSync(new URL('.changeset/config.json', repositoryRoot), join(root, '.changeset', 'config.json'));
  git('init', '--quiet', '--initial-branch=main');
  git('add', '.');
  git('commit', '--quiet', '-m', 'Start');
  const commit = (message: string) => {
    git('add', '.');
    git('commit', '--quiet', '-m', message);
  };
  return { root, write, git, commit };
}

const widgetPatch = '---\n"@heimdall/widget": patch\n---\n\nBigger widgets.\n';

describe('changeset status on a branch', () => {
  it('fails when a published package changed without a changeset, and passes once one is added', () => {
    const repository = createRepository();
    repository.git('switch', '--quiet', '-c', 'bigger-widgets');
    repository.write('packages/widget/src/index.js', 'export const size = 2;\n');
    repository.commit('Bigger widgets');

    const missing = runChangesetStatus({ cwd: repository.root, environment: {} });
    expect(missing.exitCode).toBe(1);
    expect(missing.output).toContain('Changeset status since main');
    expect(missing.output).toContain('no changesets were found');

    repository.write('.changeset/bigger-widgets.md', widgetPatch);
    repository.commit('Changeset');
    const declared = runChangesetStatus({ cwd: repository.root, environment: {} });
    expect(declared.exitCode).toBe(0);
    expect(declared.output).toContain('@heimdall/widget');
  });

  it('needs no changeset for a change to tests alone', () => {
    const repository = createRepository();
    repository.git('switch', '--quiet', '-c', 'more-tests');
    repository.write('packages/widget/src/index.test.ts', 'test("size", () => {});\n');
    repository.commit('More tests');

    expect(runChangesetStatus({ cwd: repository.root, environment: {} }).exitCode).toBe(0);
  });

  it('needs no changeset for a private package', () => {
    const repository = createRepository();
    repository.git('switch', '--quiet', '-c', 'docs');
    repository.write('packages/site/src/index.js', 'export const title = "Documentation";\n');
    repository.commit('Docs');

    expect(runChangesetStatus({ cwd: repository.root, environment: {} }).exitCode).toBe(0);
  });
});

describe('changeset status on a fresh clone of main', () => {
  it('has nothing to compare with before the first release, and says so', () => {
    const repository = createRepository();

    expect(resolveChangesetBase(repository.root, {})).toEqual({
      reason: expect.stringContaining('nothing has been released'),
    });
    const result = runChangesetStatus({ cwd: repository.root, environment: {} });
    expect(result.exitCode).toBe(0);
    expect(result.output).toContain('nothing to check');
  });

  it('still fails on a pending changeset that Changesets cannot parse, naming it', () => {
    const repository = createRepository();
    repository.write('.changeset/bigger-widgets.md', widgetPatch.replace('patch\n---', 'patch'));
    repository.commit('Changeset without the end of its front matter');

    const result = runChangesetStatus({ cwd: repository.root, environment: {} });
    expect(result.exitCode).toBe(1);
    expect(result.output).toContain('.changeset/bigger-widgets.md cannot be released');
  });

  it('compares with the last release once there is one', () => {
    const repository = createRepository();
    repository.git('tag', '@heimdall/widget@1.0.0');
    repository.write('packages/widget/src/index.js', 'export const size = 3;\n');
    repository.commit('Unreleased change');

    expect(resolveChangesetBase(repository.root, {})).toMatchObject({ ref: '@heimdall/widget@1.0.0' });
    expect(runChangesetStatus({ cwd: repository.root, environment: {} }).exitCode).toBe(1);
  });

  it('takes the base CI names in CHANGESET_BASE, and refuses one that does not exist', () => {
    const repository = createRepository();

    expect(resolveChangesetBase(repository.root, { CHANGESET_BASE: 'main' })).toMatchObject({ ref: 'main' });
    expect(() => resolveChangesetBase(repository.root, { CHANGESET_BASE: 'origin/nowhere' })).toThrow(
      'CHANGESET_BASE=origin/nowhere names no commit in this checkout',
    );
  });
});
