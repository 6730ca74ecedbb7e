import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoGateway, startDemoGateway } from '../../scripts/demo/start-demo-gateway.js';
import { boto3Unavailable } from '../test-support/boto3-runner.js';
import { checkConfigExample } from '../test-support/examples/check-config-example.js';
import { credentialFreeEnvironment } from '../test-support/examples/example-context.js';
import { exampleRunners } from '../test-support/examples/example-runners.js';
import { type CodeBlock, extractCodeBlocks } from '../test-support/examples/markdown-code-blocks.js';
import { typecheckScriptExamples } from '../test-support/examples/typecheck-script-examples.js';

/**
 * Every fenced code block of the README, the deploy README and the docs guides, run as a reader would run it, against the gateway
 * `pnpm demo` starts (every provider on the bundled mock upstream), here with the gateway key `team-a:secret-a`
 * the examples use. A block that cannot run in a test says why in its info string (`sh skip="…"`); any other block
 * without a runner for its language fails, so an example nobody checks cannot creep in. A client example must get a
 * model's answer through the gateway (the mock upstream must see a request), unless its info string says
 * `upstream="none"`.
 *
 * The gateway also has the admin key `my-admin-secret` and an SQLite database, as the README starts it, so the
 * management API's examples run too. A block that uses a virtual key the reader created in an earlier block (each
 * block runs in a process of its own) names where it reads it from: `virtual-key="AWS_BEARER_TOKEN_BEDROCK"` runs it
 * with that variable set to the secret of a key just created through the management API (allowed `openai/*`, as in
 * the README), `virtual-key-id="KEY_ID"` with that variable set to the key's id.
 */
const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const guides = 'apps/docs/guides';
const documents = [
  'README.md',
  'deploy/README.md',
  ...readdirSync(join(repositoryRoot, guides))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `${guides}/${name}`),
];
const blocks = documents.flatMap((file) => extractCodeBlocks(readFileSync(join(repositoryRoot, file), 'utf8'), file));
const where = (block: CodeBlock) => `${block.file}:${block.line} (${block.language || 'no language'})`;

const pythonMissing = boto3Unavailable();
// Under CI a missing boto3 fails the Python examples instead of skipping them.
const pythonSkipped = pythonMissing !== undefined && !process.env.CI;
const skipReason = (block: CodeBlock): string | undefined =>
  block.attributes.skip ?? (block.language === 'python' && pythonSkipped ? pythonMissing : undefined);

/** The admin key the README starts the gateway with. */
const adminKey = 'my-admin-secret';

/** The variables a block names in `virtual-key`/`virtual-key-id`, set to a virtual key created for it. */
async function virtualKeyEnvironment(block: CodeBlock): Promise<Record<string, string>> {
  const { 'virtual-key': valueVariable, 'virtual-key-id': idVariable } = block.attributes;
  if (valueVariable === undefined && idVariable === undefined) return {};
  const response = await fetch(`${demo.url}/api/governance/virtual-keys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: `example-${block.line}`, allowed_models: ['openai/*'] }),
  });
  const created = (await response.json()) as { virtual_key?: { id: string; value: string } };
  if (!response.ok || !created.virtual_key) {
    throw new Error(`Could not create a virtual key for ${where(block)}: ${JSON.stringify(created)}`);
  }
  return {
    ...(valueVariable && { [valueVariable]: created.virtual_key.value }),
    ...(idVariable && { [idVariable]: created.virtual_key.id }),
  };
}

let demo: DemoGateway;
let databaseDirectory: string;
beforeAll(async () => {
  databaseDirectory = mkdtempSync(join(tmpdir(), 'heimdall-examples-db-'));
  demo = await startDemoGateway({
    environment: {
      PORT: '0',
      HEIMDALL_API_KEYS: 'team-a:secret-a',
      HEIMDALL_ADMIN_KEYS: adminKey,
      HEIMDALL_DATABASE_URL: `sqlite:${join(databaseDirectory, 'heimdall.db')}`,
      LOG_LEVEL: 'silent',
    },
    settings: { mockPort: 0, mockDelayMs: 0 },
  });
});
afterAll(async () => {
  await demo?.stop({ graceMs: 0 });
  if (databaseDirectory) rmSync(databaseDirectory, { recursive: true, force: true });
  const skipped = blocks.filter((block) => skipReason(block) !== undefined);
  console.info(
    `Documentation examples not run (${skipped.length}):\n${skipped.map((block) => `  ${where(block)}: ${skipReason(block)}`).join('\n')}`,
  );
});

describe('the examples of the README and the docs guides', () => {
  it('finds the examples of every document', () => {
    const counted = documents.map((file) => [file, blocks.filter((block) => block.file === file).length > 0]);
    expect(counted.filter(([, found]) => !found)).toEqual([]);
  });

  for (const block of blocks) {
    const reason = skipReason(block);
    if (reason !== undefined) {
      it.skip(`${where(block)} is not run: ${reason || '(skip marker without a reason)'}`, () => {});
      continue;
    }
    it(`${where(block)} runs as written`, { timeout: 120_000 }, async ({ annotate }) => {
      const runner = exampleRunners[block.language];
      if (!runner) {
        throw new Error(
          `${where(block)}: no runner for "${block.language}" blocks. Make it runnable, or say in its info string ` +
            'why it cannot run in a test: ```' +
            `${block.language} skip="…"`,
        );
      }
      const directory = mkdtempSync(join(tmpdir(), 'heimdall-example-'));
      const upstreamRequestsBefore = demo.mock.requests.length;
      try {
        const outcome = await runner(block, {
          gatewayUrl: demo.url,
          environment: { ...credentialFreeEnvironment(process.env), ...(await virtualKeyEnvironment(block)) },
          directory,
        });
        if (outcome.partial) await annotate(`ran in part: ${outcome.partial}`);
        expect(outcome.succeeded, `${where(block)} failed:\n${block.code}\n--- its output ---\n${outcome.output}`).toBe(
          true,
        );
        // `upstream="none"` marks an example that calls the gateway itself (a probe, the metrics, an admin API).
        if (runner !== checkConfigExample && block.attributes.upstream !== 'none') {
          expect(
            demo.mock.requests.length,
            `${where(block)} ran, but no request reached a model through the gateway`,
          ).toBeGreaterThan(upstreamRequestsBefore);
        }
      } finally {
        rmSync(directory, { recursive: true, force: true });
      }
    });
  }

  it('type-checks the TypeScript examples against the types of the clients they import', {
    timeout: 120_000,
  }, async () => {
    const typescript = blocks.filter(
      (block) => ['ts', 'typescript'].includes(block.language) && skipReason(block) === undefined,
    );
    expect(typescript.length).toBeGreaterThan(0);
    const outcome = await typecheckScriptExamples(typescript);
    expect(outcome.succeeded, `The TypeScript examples do not type-check:\n${outcome.output}`).toBe(true);
  });

  it('has a reason for every block it does not run', () => {
    expect(blocks.filter((block) => block.attributes.skip === '').map(where)).toEqual([]);
  });
});
