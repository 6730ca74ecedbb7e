import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLoadGenerator } from './load/load-generator.js';
import { readCpuMs, readMemory, resetPeakMemory } from './processes/proc-stats.js';
import { createProcessGroup } from './processes/process-group.js';
import { startMockUpstream } from './servers/start-mock-upstream.js';
import { median } from './stats/percentile.js';
import { startHeimdall } from './targets/start-proxies.js';

/**
 * `pnpm --filter @heimdall/bench bench:young-generation`: what a smaller V8 young generation costs and saves.
 * Heimdall processes that differ only in `--max-semi-space-size` run side by side against one mock, in interleaved
 * rounds at concurrency 64 at both paces (CPU per stream of each process), then a fresh process of each serves 256
 * realistic-pace streams for its peak memory. Prints its figures; asserts nothing.
 */
const flagSets: Record<string, string[]> = {
  '(none)': [],
  '--max-semi-space-size=8': ['--max-semi-space-size=8'],
  '--max-semi-space-size=4': ['--max-semi-space-size=4'],
  '--max-semi-space-size=2': ['--max-semi-space-size=2'],
};
const rounds = 5;
const print = (line: string) => process.stdout.write(`${line}\n`);

const group = createProcessGroup({ logDirectory: mkdtempSync(join(tmpdir(), 'heimdall-young-generation-')) });
process.on('exit', () => group.killAll());
const mock = await startMockUpstream(group);
const generator = await startLoadGenerator(group);
const gateways = await Promise.all(
  Object.entries(flagSets).map(async ([name, nodeOptions]) => ({
    name,
    gateway: await startHeimdall({ group, mockUrl: mock.url, nodeOptions }),
  })),
);
for (const pace of ['instant', 'paced'] as const) {
  await mock.useTiming(pace);
  const cpu = new Map<string, number[]>();
  for (let round = 0; round < rounds; round++) {
    for (const { name, gateway } of round % 2 === 0 ? gateways : [...gateways].reverse()) {
      const pid = gateway.process?.pid as number;
      const before = readCpuMs(pid);
      const run = await generator.run({
        request: gateway.request,
        concurrency: 64,
        maxRequests: 1_000_000,
        maxDurationMs: pace === 'instant' ? 2_000 : 3_000,
        recordTimings: false,
      });
      cpu.set(name, [...(cpu.get(name) ?? []), (readCpuMs(pid) - before) / run.completed]);
    }
  }
  for (const [name, values] of cpu) {
    print(
      `${pace} ${name}: CPU per stream median ${median(values).toFixed(2)} ms (${values.map((value) => value.toFixed(2)).join(', ')})`,
    );
  }
}
await mock.useTiming('paced');
for (const [name, nodeOptions] of Object.entries(flagSets)) {
  const fresh = await startHeimdall({ group, mockUrl: mock.url, nodeOptions });
  const pid = fresh.process?.pid as number;
  await generator.run({
    request: fresh.request,
    concurrency: 32,
    maxRequests: 32,
    maxDurationMs: 10_000,
    recordTimings: false,
  });
  const { rssBytes } = readMemory(pid);
  resetPeakMemory(pid);
  await generator.run({
    request: fresh.request,
    concurrency: 256,
    maxRequests: 256,
    maxDurationMs: 10_000,
    recordTimings: false,
    freshConnections: true,
  });
  const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  print(
    `memory ${name}: ${megabytes(rssBytes)} MB at rest, ${megabytes(readMemory(pid).peakRssBytes)} MB peak with 256 streams`,
  );
  await fresh.process?.stop();
}
await group.stopAll();
