import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createMockUpstream, type MockUpstream } from '@heimdall/mock-upstream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type GatewayProcess, startGatewayProcess } from '../test-support/gateway-process.js';
import { shellEnvironment } from '../test-support/shell-environment.js';

const run = promisify(execFile);
const repositoryRoot = resolve(fileURLToPath(new URL('../../../../', import.meta.url)));
const isInsideRepository = (path: string) => path.startsWith(`${repositoryRoot}${sep}`);
const upstreamKey = 'sk-deployed-upstream-key';

/**
 * What the Dockerfile does, without Docker: `pnpm deploy` of the gateway with production dependencies only, then
 * the runtime stage's three entries (package.json, dist, node_modules) moved to a folder of their own, away from the
 * workspace, and `node dist/main.js` started there.
 */
async function deployGateway(): Promise<string> {
  const deployed = join(mkdtempSync(join(tmpdir(), 'heimdall-deploy-')), 'deployed');
  await runPnpm(
    [
      '--filter',
      '@heimdall/gateway',
      'deploy',
      '--prod',
      '--legacy',
      '--prefer-offline',
      '--store-dir',
      installedStoreDirectory(),
      deployed,
    ],
    120_000,
  );
  removeStrayDeployFolder(deployed);
  const runtime = mkdtempSync(join(tmpdir(), 'heimdall-runtime-'));
  for (const entry of ['package.json', 'dist', 'node_modules']) renameSync(join(deployed, entry), join(runtime, entry));
  return runtime;
}

/**
 * The pnpm store the workspace was installed from, as its install recorded it. The deploy takes its packages from
 * there: the variables that chose it (`npm_config_store_dir`, `XDG_DATA_HOME`) need not reach this test through turbo,
 * and a deploy from another, empty store downloads every package again.
 */
function installedStoreDirectory(): string {
  const modules = parse(readFileSync(join(repositoryRoot, 'node_modules', '.modules.yaml'), 'utf8')) as {
    storeDir?: unknown;
  };
  if (typeof modules.storeDir !== 'string') throw new Error('node_modules/.modules.yaml names no storeDir');
  // It names the versioned folder inside the store (`…/store/v10`); pnpm's setting is the folder above it.
  return /^v\d+$/.test(basename(modules.storeDir)) ? dirname(modules.storeDir) : modules.storeDir;
}

/**
 * Runs pnpm as its own process group with nothing on its standard input, so that it can never wait for an answer,
 * and fails with what pnpm printed if it does not finish in time, killing every process it started.
 */
function runPnpm(args: string[], timeoutMs = 150_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('pnpm', args, {
      cwd: repositoryRoot,
      env: shellEnvironment(),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output = `${output}${String(chunk)}`.slice(-8_000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => {
      // The whole group: `pnpm` runs under a `node` shim that does not pass signals on.
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      reject(new Error(`pnpm ${args.join(' ')} did not finish in ${timeoutMs / 1000} s. Its output:\n${output}`));
    }, timeoutMs);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`pnpm ${args.join(' ')} exited with ${code}. Its output:\n${output}`));
    });
  });
}

/**
 * pnpm's legacy deploy also links bins into the target's path taken relative to the workspace and resolved from the
 * deployed package's folder (pnpm/pnpm#10981), which lands inside the repository; that stray copy is removed.
 */
function removeStrayDeployFolder(deployed: string): void {
  const gatewayDirectory = join(repositoryRoot, 'apps', 'gateway');
  let stray = resolve(gatewayDirectory, relative(repositoryRoot, deployed));
  if (stray === deployed || !isInsideRepository(stray) || !existsSync(stray)) return;
  rmSync(stray, { recursive: true, force: true });
  // Its parents were made for it alone; stop at the first one that holds anything else.
  for (stray = dirname(stray); isInsideRepository(stray); stray = dirname(stray)) {
    if (readdirSync(stray).length > 0) break;
    rmdirSync(stray);
  }
}

/** Starts `node dist/main.js` in the deployed folder with nothing but the variables a container would get. */
const startDeployedGateway = (runtime: string, mock: MockUpstream) =>
  startGatewayProcess({ OPENAI_BASE_URL: mock.openaiBaseUrl, OPENAI_API_KEY: upstreamKey }, { directory: runtime });

let mock: MockUpstream;
let runtime: string;
let gateway: GatewayProcess;

beforeAll(async () => {
  mock = await createMockUpstream({ apiKeys: { openai: upstreamKey } });
  runtime = await deployGateway();
  gateway = await startDeployedGateway(runtime, mock);
}, 240_000);

afterAll(async () => {
  if (gateway && gateway.process.exitCode === null) gateway.process.kill('SIGKILL');
  await mock?.close();
});

describe('the gateway deployed with pnpm deploy, as the container image runs it', () => {
  it('carries production dependencies only: no test kit, mock upstream or build tools', () => {
    const store = readdirSync(join(runtime, 'node_modules', '.pnpm'));
    expect(existsSync(join(runtime, 'node_modules', '@heimdall', 'mock-upstream'))).toBe(false);
    expect(existsSync(join(runtime, 'node_modules', '@heimdall', 'testing'))).toBe(false);
    expect(store.filter((name) => /^(vitest|tsx|typescript|@redocly\+cli)@/.test(name))).toEqual([]);
  });

  it('answers the health and readiness probes', async () => {
    const health = await fetch(`${gateway.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${gateway.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', providers: ['openai'] });
  });

  it("passes the image's health check, run as the HEALTHCHECK runs it", async () => {
    const { port } = new URL(gateway.url);
    const env = { PATH: process.env.PATH, HOST: '0.0.0.0', PORT: port };
    await expect(run(process.execPath, ['dist/health-probe.js'], { cwd: runtime, env })).resolves.toBeDefined();
  });

  it('answers a Converse request through the upstream', async () => {
    mock.scriptFor('deployed', { steps: [{ type: 'text', text: 'Served from the image' }] });
    const response = await fetch(`${gateway.url}/model/openai%2Fdeployed/converse`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messages: [{ role: 'user', content: [{ text: 'Hello' }] }] }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      output: { message: { role: 'assistant', content: [{ text: 'Served from the image' }] } },
    });
  });

  it('serves the docs site it carries in node_modules/@heimdall/docs', async () => {
    const index = await fetch(`${gateway.url}/docs/`);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('Heimdall');
    expect((await fetch(`${gateway.url}/docs/api/index.html`)).status).toBe(200);
  });

  it('stops cleanly on SIGTERM, with exit status 0', async () => {
    gateway.process.kill('SIGTERM');
    expect(await gateway.exited).toBe(0);
    expect(gateway.lines.map((line) => line.msg)).toContain('stopped');
  });
});
