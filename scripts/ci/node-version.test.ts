import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const pinned = readFileSync(new URL('../../.nvmrc', import.meta.url), 'utf8').trim();
const rootPackage = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  engines: { node: string };
  optionalDependencies: Record<string, string>;
};
/** The Node.js builds the npm registry ships as packages, one per platform; pnpm installs the one that fits. */
const nodeBuilds = Object.entries(rootPackage.optionalDependencies).filter(([name]) => name.startsWith('node-'));

describe('the Node.js the repository runs on', () => {
  it('is the major version .nvmrc pins, brought by the root node-linux-* dependency', () => {
    expect(process.versions.node.split('.')[0]).toBe(pinned);
    expect(nodeBuilds.length).toBeGreaterThan(0);
    for (const [, version] of nodeBuilds) expect(version.split('.')[0]).toBe(pinned);
    expect(rootPackage.engines.node).toBe(`>=${pinned}`);
  });

  it('is the version pnpm checks engines against, so installs do not warn about the Node that runs pnpm', () => {
    const workspace = parse(readFileSync(new URL('../../pnpm-workspace.yaml', import.meta.url), 'utf8')) as {
      nodeVersion: string;
    };
    for (const [, version] of nodeBuilds) expect(workspace.nodeVersion).toBe(version);
    expect(process.versions.node).toBe(workspace.nodeVersion);
  });
});
