/**
 * `pnpm --filter @heimdall/bench bench:limits`: what budget and rate-limit checks in Redis add to a request, and
 * what three replicas sharing one Redis serve against one. One run, printed as a Markdown table for
 * `bench/results/limits.md`. Needs `redis-server` (Debian's package) and a built gateway (`pnpm build`).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { featureBenchModel, startFeatureGateway } from './feature-cost/feature-gateway.js';
import { interleavedMedians, sequentialJob, withoutFailures } from './feature-cost/sequential-latency.js';
import type { TargetRequest } from './load/load-job.js';
import { runLoadJob } from './load/run-load-job.js';
import { findFreePort } from './processes/network.js';
import { createProcessGroup } from './processes/process-group.js';
import { startMockUpstream } from './servers/start-mock-upstream.js';
import { converseStreamRequest, gatewayConverseStreamUrl } from './targets/target-requests.js';

const latencyRequests = 400;
const throughputConcurrency = 48;
const throughputDurationMs = 10_000;

/** Limits no run reaches: every request is checked against all of them, none is refused. */
const generous = {
  budget: { maxUsd: 1_000_000, resetPeriod: '1d' },
  requests: { max: 1_000_000_000, resetPeriod: '1m' },
  tokens: { max: 1_000_000_000_000, resetPeriod: '1m' },
  concurrentStreams: 100_000,
};

const directory = mkdtempSync(join(tmpdir(), 'heimdall-limits-bench-'));
const configFile = join(directory, 'heimdall.config.json');
writeFileSync(
  configFile,
  JSON.stringify({
    gatewayKeys: [
      { id: 'unlimited', secret: 'bench-unlimited' },
      { id: 'limited', secret: 'bench-limited', limits: generous },
    ],
    prices: { [featureBenchModel]: { input: 1, output: 2 } },
  }),
);

const group = createProcessGroup({ logDirectory: directory });
let redis: ChildProcess | undefined;

const canConnect = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

async function startRedis(): Promise<string> {
  const port = await findFreePort();
  redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  const deadline = performance.now() + 20_000;
  while (!(await canConnect(port))) {
    if (performance.now() > deadline || redis.exitCode !== null) throw new Error('redis-server did not start');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return `redis://127.0.0.1:${port}`;
}

const startGateway = (name: string, mockUrl: string, redisUrl?: string) =>
  startFeatureGateway({
    group,
    name,
    mockUrl,
    environment: {
      HEIMDALL_CONFIG: configFile,
      ...(redisUrl ? { HEIMDALL_REDIS_URL: redisUrl, HEIMDALL_LIMITS_REPLICAS: '3' } : {}),
    },
  });

const requestFor = (gatewayUrl: string, secret: string): TargetRequest => {
  const request = converseStreamRequest({
    url: gatewayConverseStreamUrl({ gatewayUrl, modelId: featureBenchModel }),
  });
  return { ...request, headers: { ...request.headers, authorization: `Bearer ${secret}` } };
};

/** Streams per second over every given gateway at once, the concurrency split evenly between them. */
async function throughput(requests: readonly TargetRequest[], what: string): Promise<number> {
  const concurrency = Math.floor(throughputConcurrency / requests.length);
  const load = (request: TargetRequest) =>
    runLoadJob(
      sequentialJob(request, 1_000_000, { concurrency, maxDurationMs: throughputDurationMs, recordTimings: false }),
    );
  await Promise.all(requests.map((request) => runLoadJob(sequentialJob(request, 100, { concurrency }))));
  const results = (await Promise.all(requests.map(load))).map((result) => withoutFailures(result, what));
  const completed = results.reduce((sum, result) => sum + result.completed, 0);
  const elapsedMs = Math.max(...results.map((result) => result.elapsedMs));
  return completed / (elapsedMs / 1000);
}

try {
  const mock = await startMockUpstream(group);
  await mock.useTiming('instant');
  const redisUrl = await startRedis();
  const plain = await startGateway('heimdall-no-redis', mock.url);
  const replicas = [
    await startGateway('heimdall-redis-1', mock.url, redisUrl),
    await startGateway('heimdall-redis-2', mock.url, redisUrl),
    await startGateway('heimdall-redis-3', mock.url, redisUrl),
  ];
  const [first] = replicas as [string, ...string[]];
  const medians = await interleavedMedians(
    [
      { name: 'no limits', request: requestFor(plain, 'bench-unlimited') },
      { name: 'limits in memory', request: requestFor(plain, 'bench-limited') },
      { name: 'limits in Redis', request: requestFor(first, 'bench-limited') },
    ],
    { rounds: 8, requestsPerRound: latencyRequests / 8 },
  );
  const [noLimits = Number.NaN, memoryLimits = Number.NaN, redisLimits = Number.NaN] = [
    medians.get('no limits'),
    medians.get('limits in memory'),
    medians.get('limits in Redis'),
  ];
  const oneReplica = await throughput([requestFor(first, 'bench-limited')], 'one replica');
  const threeReplicas = await throughput(
    replicas.map((url) => requestFor(url, 'bench-limited')),
    'three replicas',
  );
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  process.stdout.write(
    [
      `Run ${new Date().toISOString()}, zero-delay mock upstream, ${latencyRequests} sequential ConverseStream requests per latency row (8 interleaved rounds), ${throughputConcurrency} concurrent streams for ${throughputDurationMs / 1000} s per throughput row.`,
      '',
      '| Limit check | p50 to last byte | Added to no limits |',
      '| --- | --- | --- |',
      `| none (key without limits) | ${ms(noLimits)} | — |`,
      `| budget, requests, tokens, concurrency in memory | ${ms(memoryLimits)} | ${ms(memoryLimits - noLimits)} |`,
      `| the same in Redis | ${ms(redisLimits)} | ${ms(redisLimits - noLimits)} |`,
      '',
      '| Replicas sharing one Redis | Streams per second |',
      '| --- | --- |',
      `| 1 | ${oneReplica.toFixed(0)} |`,
      `| 3 | ${threeReplicas.toFixed(0)} |`,
      '',
    ].join('\n'),
  );
} finally {
  await group.stopAll();
  redis?.kill('SIGKILL');
}
