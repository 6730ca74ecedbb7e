import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const pinned = readFileSync(new URL('../../.nvmrc', import.meta.url), 'utf8').trim();
const rootPackage = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
};

describe('the Node.js the repository runs on', () => {
  it('is the major version .nvmrc pins, brought by the root `node` devDependency', () => {
    expect(process.versions.node.split('.')[0]).toBe(pinned);
    expect(rootPackage.devDependencies.node?.split('.')[0]).toBe(pinned);
    expect(rootPackage.engines.node).toBe(`>=${pinned}`);
  });

  it('is the version pnpm checks engines against, so installs do not warn about the Node that runs pnpm', () => {
    const workspace = parse(readFileSync(new URL('../../pnpm-workspace.yaml', import.meta.url), 'utf8')) as {
      nodeVersion: string;
    };
    expect(workspace.nodeVersion).toBe(rootPackage.devDependencies.node);
  });
});
