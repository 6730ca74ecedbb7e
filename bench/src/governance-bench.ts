/**
 * `pnpm --filter @heimdall/bench bench:governance`: what a virtual key (looked up from the store) and the request
 * log's row add to a request, side by side with an open gateway, in one run of interleaved rounds. Printed as
 * Markdown for `bench/results/governance.md`. Needs a built gateway (`pnpm build`).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { featureBenchModel, startFeatureGateway } from './feature-cost/feature-gateway.js';
import { interleavedMedians } from './feature-cost/sequential-latency.js';
import type { TargetRequest } from './load/load-job.js';
import { createProcessGroup } from './processes/process-group.js';
import { startMockUpstream } from './servers/start-mock-upstream.js';
import { converseStreamRequest, gatewayConverseStreamUrl } from './targets/target-requests.js';

const rounds = 10;
const requestsPerRound = 60;
const adminKey = 'bench-admin-key';

const directory = mkdtempSync(join(tmpdir(), 'heimdall-governance-bench-'));
const group = createProcessGroup({ logDirectory: directory });

/** A gateway with its own SQLite file; `requestLog` says whether it stores a row per request. */
const startGateway = (name: string, mockUrl: string, settings: { admin: boolean; requestLog: boolean }) =>
  startFeatureGateway({
    group,
    name,
    mockUrl,
    environment: {
      HEIMDALL_DATABASE_URL: `sqlite:${join(directory, `${name}.db`)}`,
      HEIMDALL_REQUEST_LOG: settings.requestLog ? 'on' : 'off',
      ...(settings.admin ? { HEIMDALL_ADMIN_KEYS: adminKey } : {}),
    },
  });

/** A virtual key made through the management API, as a platform team would: its secret. */
async function createVirtualKey(gatewayUrl: string): Promise<string> {
  const response = await fetch(`${gatewayUrl}/api/governance/virtual-keys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'bench', allowed_models: ['openai/*'] }),
  });
  if (!response.ok) throw new Error(`creating a virtual key: ${response.status} ${await response.text()}`);
  const { virtual_key: created } = (await response.json()) as { virtual_key: { value: string } };
  return created.value;
}

const requestFor = (gatewayUrl: string, secret?: string): TargetRequest => {
  const request = converseStreamRequest({ url: gatewayConverseStreamUrl({ gatewayUrl, modelId: featureBenchModel }) });
  return secret ? { ...request, headers: { ...request.headers, authorization: `Bearer ${secret}` } } : request;
};

try {
  const mock = await startMockUpstream(group);
  await mock.useTiming('instant');
  const open = await startGateway('open', mock.url, { admin: false, requestLog: false });
  const keyed = await startGateway('virtual-key', mock.url, { admin: true, requestLog: false });
  const logged = await startGateway('virtual-key-and-log', mock.url, { admin: true, requestLog: true });
  const targets = [
    { name: 'open gateway, no request log', request: requestFor(open) },
    { name: 'virtual key, no request log', request: requestFor(keyed, await createVirtualKey(keyed)) },
    { name: 'virtual key and a request log row (SQLite)', request: requestFor(logged, await createVirtualKey(logged)) },
  ];
  const medians = await interleavedMedians(targets, { rounds, requestsPerRound });
  const base = medians.get(targets[0]?.name ?? '') ?? Number.NaN;
  const ms = (value: number) => `${value.toFixed(3)} ms`;
  process.stdout.write(
    [
      `Run ${new Date().toISOString()}, zero-delay mock upstream, ${rounds} interleaved rounds of ${requestsPerRound} sequential ConverseStream requests per target.`,
      '',
      '| Gateway | p50 to last byte | Added to the open gateway |',
      '| --- | --- | --- |',
      ...targets.map(({ name }, index) => {
        const value = medians.get(name) ?? Number.NaN;
        return `| ${name} | ${ms(value)} | ${index === 0 ? '—' : ms(value - base)} |`;
      }),
      '',
    ].join('\n'),
  );
} finally {
  await group.stopAll();
}
