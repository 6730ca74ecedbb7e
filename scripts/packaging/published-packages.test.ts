import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const packagesDirectory = new URL('../../packages/', import.meta.url);

interface Manifest {
  name: string;
  private?: boolean;
  main?: string;
  types?: string;
  exports?: unknown;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const readManifest = (path: URL | string): Manifest => JSON.parse(readFileSync(path, 'utf8')) as Manifest;

const workspacePackages = readdirSync(packagesDirectory).map((folder) => ({
  folder,
  manifest: readManifest(new URL(`${folder}/package.json`, packagesDirectory)),
}));
const published = workspacePackages.filter((entry) => !entry.manifest.private);
const privateNames = new Set(
  workspacePackages.filter((entry) => entry.manifest.private).map((entry) => entry.manifest.name),
);

/** Every file an `exports` map (and `main`, `types`) points at, as paths inside the tarball. */
function exportedFiles(manifest: Manifest): string[] {
  const targets: string[] = [];
  const collect = (value: unknown) => {
    if (typeof value === 'string') targets.push(value.replace(/^\.\//, ''));
    else if (value && typeof value === 'object') for (const nested of Object.values(value)) collect(nested);
  };
  collect(manifest.exports);
  for (const field of [manifest.main, manifest.types]) if (field) targets.push(field.replace(/^\.\//, ''));
  return [...new Set(targets)];
}

/** What a published package may ship: its built code and types, its manifest, and its readme, licence and changelog. */
function isShippable(path: string, exported: readonly string[]): boolean {
  if (path === 'package.json' || /^(README|LICENSE|LICENCE|CHANGELOG)(\.md|\.txt)?$/i.test(path)) return true;
  if (exported.includes(path)) return true;
  return path.startsWith('dist/') && /\.(js|d\.ts|js\.map|d\.ts\.map)$/.test(path);
}

const isTestOrSource = (path: string) =>
  /(^|\/)(src|test|tests|__tests__|test-support|bench|scripts)\//.test(path) ||
  /\.test(-d)?\.(js|d\.ts)(\.map)?$/.test(path) ||
  path.endsWith('.tsbuildinfo');

interface Packed {
  files: string[];
  manifest: Manifest;
}

/** `pnpm pack`s a package into a temporary folder, as `pnpm publish` would pack it, and lists the tarball. */
async function pack(folder: string): Promise<Packed> {
  const destination = mkdtempSync(join(tmpdir(), `heimdall-pack-${folder}-`));
  const cwd = new URL(folder, packagesDirectory);
  const { stdout } = await run('pnpm', ['pack', '--pack-destination', destination, '--json'], { cwd });
  const { filename } = JSON.parse(stdout) as { filename: string };
  const { stdout: listing } = await run('tar', ['-tzf', filename]);
  const files = listing
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => line.replace(/^package\//, ''));
  const { stdout: manifest } = await run('tar', ['-xzOf', filename, 'package/package.json']);
  return { files, manifest: JSON.parse(manifest) as Manifest };
}

const packs = new Map<string, Packed>();
beforeAll(async () => {
  const results = await Promise.all(published.map(async ({ folder }) => [folder, await pack(folder)] as const));
  for (const [folder, packed] of results) packs.set(folder, packed);
});

describe('the packages npm users install', () => {
  it('are the ones Changesets releases', () => {
    expect(published.map((entry) => entry.manifest.name).sort()).toEqual([
      '@heimdall/client',
      '@heimdall/eventstream',
      '@heimdall/spec',
    ]);
  });

  describe.each(published.map((entry) => [entry.manifest.name, entry] as const))('%s', (_name, { folder }) => {
    it('ships only its built code and types, manifest, readme and licence: no sources, tests or test kit', () => {
      const packed = packs.get(folder);
      if (!packed) throw new Error(`${folder} was not packed`);
      const exported = exportedFiles(packed.manifest);

      expect(packed.files.filter((path) => !isShippable(path, exported))).toEqual([]);
      expect(packed.files.filter(isTestOrSource)).toEqual([]);
      expect(packed.files).toContain('package.json');
      expect(packed.files.some((path) => path.startsWith('dist/') && path.endsWith('.d.ts'))).toBe(true);
    });

    it('contains every file its exports point at', () => {
      const packed = packs.get(folder);
      if (!packed) throw new Error(`${folder} was not packed`);
      const missing = exportedFiles(packed.manifest).filter(
        (path) => path !== 'package.json' && !packed.files.includes(path),
      );

      expect(missing).toEqual([]);
    });

    it('depends on published versions only: no workspace: ranges, no private package', () => {
      const packed = packs.get(folder);
      if (!packed) throw new Error(`${folder} was not packed`);
      const dependencies = { ...packed.manifest.dependencies, ...packed.manifest.peerDependencies };

      expect(Object.entries(dependencies).filter(([, range]) => range.startsWith('workspace:'))).toEqual([]);
      expect(Object.keys(dependencies).filter((name) => privateNames.has(name))).toEqual([]);
    });
  });
});
