import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docsDirectory } from '../app/documentation-routes.js';
import { type Database, openDatabase } from '../store/database.js';
import { boto3Unavailable } from '../test-support/boto3-runner.js';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';

/** The samples the docs build wrote beside the API reference, by operation. */
interface CodeSample {
  client: string;
  language: string;
  source: string;
}

/** The gateway the samples are written for; each is run against the test's gateway instead. */
const documentedGateway = 'http://127.0.0.1:8080';
const answer = 'Paris is the capital of France.';
const gatewayPackage = fileURLToPath(new URL('../..', import.meta.url));

function loadSamples(): Record<string, CodeSample[]> {
  const path = join(docsDirectory(), 'api', 'code-samples.json');
  if (!existsSync(path)) throw new Error(`The docs site is not built (no ${path}): run \`pnpm build\``);
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, CodeSample[]>;
}

/** Runs a sample as its reader would, in a process of its own, and gives back what it printed. */
function run(command: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // From the gateway's package, so that the JavaScript samples import the clients it has installed.
    const child = spawn(command, args, { cwd: gatewayPackage, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function runSample(sample: CodeSample, url: string) {
  const source = sample.source.replaceAll(documentedGateway, url);
  if (sample.language === 'python') return run('python3', ['-c', source]);
  if (sample.language === 'bash') return run('bash', ['-c', source]);
  return run(process.execPath, ['--input-type=module', '--eval', source]);
}

const boto3Missing = boto3Unavailable();
const samples = loadSamples();
/** PydanticAI is an optional install: its samples run where `python3` can import it, as the boto3 ones need boto3. */
const pydanticAiMissing = spawnSync('python3', ['-c', 'import pydantic_ai'], { encoding: 'utf8' }).status !== 0;
const notRunnable = new Set([
  ...(pydanticAiMissing || boto3Missing ? ['PydanticAI'] : []),
  ...(boto3Missing ? ['boto3'] : []),
]);
for (const client of notRunnable)
  console.warn(`\n*** The ${client} samples are not run: python3 cannot import it ***\n`);

let harness: GatewayHarness;
let database: Database;
let databaseDirectory: string;
beforeAll(async () => {
  // A database, as `pnpm start` opens one, so that the curl lines of the management API that a gateway key may call
  // (a key's own quota) answer as they do for a reader.
  databaseDirectory = mkdtempSync(join(tmpdir(), 'heimdall-samples-db-'));
  database = await openDatabase({ location: { dialect: 'sqlite', path: join(databaseDirectory, 'heimdall.db') } });
  harness = await startGatewayHarness({ environment: { HEIMDALL_API_KEYS: 'team-a:secret-a' }, database });
  harness.mock.scriptFor('gpt-4o', {
    steps: [
      { type: 'text', text: 'Paris is ' },
      { type: 'text', text: 'the capital of France.' },
    ],
    usage: { inputTokens: 14, outputTokens: 7 },
  });
});
afterAll(async () => {
  await harness?.close();
  await database?.close();
  if (databaseDirectory) rmSync(databaseDirectory, { recursive: true, force: true });
});

describe("the API reference's code samples, run as written against a gateway", () => {
  const converseSamples = ['converse', 'converseStream'].flatMap((key) =>
    (samples[key] ?? []).filter((sample) => !notRunnable.has(sample.client)).map((sample) => ({ key, sample })),
  );

  it.each(converseSamples.map(({ key, sample }) => [key, sample.client, sample] as const))(
    '%s with %s prints the model’s answer',
    async (_key, _client, sample) => {
      const { status, stdout, stderr } = await runSample(sample, harness.url);
      expect(stderr).not.toMatch(/Error/);
      expect(status).toBe(0);
      if (sample.client === 'curl') {
        // The stream's frames are binary; the text of each delta is inside them as JSON.
        expect(stdout).toContain('Paris is ');
        expect(stdout).toContain('the capital of France.');
      } else expect(stdout).toContain(answer);
    },
    60_000,
  );

  it('covers every client on both Converse operations, and gives every other operation a curl line, which works as written when it needs nothing of the reader', async () => {
    for (const key of ['converse', 'converseStream']) {
      expect(samples[key]?.map((sample) => sample.client)).toHaveLength(7);
    }
    const others = Object.entries(samples).filter(([key]) => !key.startsWith('converse'));
    for (const [key, [curl]] of others) {
      if (curl?.client !== 'curl') throw new Error(`${key} has no curl sample`);
    }
    // Lines that need the reader's own values (an admin key, a resource id, a body file) are left to the reader.
    const selfContained = others.filter(([, [curl]]) => !/\$[A-Z_]+|@request\.json/.test(curl?.source ?? ''));
    expect(selfContained.map(([key]) => key)).toEqual(
      expect.arrayContaining(['health', 'ready', 'metrics', 'getVirtualKeyQuota']),
    );
    for (const [key, [curl]] of selfContained) {
      if (!curl) continue;
      const { status, stderr } = await runSample(
        { ...curl, source: `${curl.source.replace(/^curl /, 'curl --fail --silent --show-error ')} > /dev/null` },
        harness.url,
      );
      expect(`${key}: ${stderr}`).toBe(`${key}: `);
      expect(status).toBe(0);
    }
  }, 60_000);
});
