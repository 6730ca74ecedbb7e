import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLoadGenerator } from './load/load-generator.js';
import type { BenchmarkSession } from './measure/benchmark-session.js';
import { measureLatency, measureMemory, measureThroughput, warmUp } from './measure/measure-runs.js';
import { selectPlan, timingNames } from './plan/benchmark-plan.js';
import { createProcessGroup } from './processes/process-group.js';
import { computeRatios } from './report/compute-ratios.js';
import { readMachineInfo, readRevision } from './report/machine-info.js';
import { renderRatioLine } from './report/render-ratio-line.js';
import { writeResults } from './report/write-results.js';
import { startMockUpstream } from './servers/start-mock-upstream.js';
import { aggregateFigures } from './stats/aggregate-figures.js';
import type { BenchmarkRuns } from './stats/run-records.js';
import { gatewayLogLevel } from './targets/start-proxies.js';
import { startTargets } from './targets/start-targets.js';

/**
 * `pnpm bench`: starts the mock upstream, the load generator and every target in their own processes, measures
 * latency, throughput, CPU and memory with interleaved, repeated runs, writes `results/`, stops every process, and
 * prints the ratio line last.
 */
const plan = selectPlan(process.env.BENCH_PLAN);
const resultsDirectory = fileURLToPath(new URL('../results/', import.meta.url));
const progress = (line: string) => process.stdout.write(`${line}\n`);
const group = createProcessGroup({ logDirectory: mkdtempSync(join(tmpdir(), 'heimdall-bench-')) });

let stopping = false;
const stopAndExit = (reason: string, exitCode: number) => {
  if (stopping) return;
  stopping = true;
  process.stderr.write(`\n${reason}: stopping every benchmark process\n`);
  group.stopAll().finally(() => process.exit(exitCode));
};
process.on('SIGINT', () => stopAndExit('SIGINT', 130));
process.on('SIGTERM', () => stopAndExit('SIGTERM', 143));
// Whatever ends this process, no child outlives it.
process.on('exit', () => group.killAll());

const watchdog = setTimeout(
  () => stopAndExit(`The benchmark ran past its ${plan.deadlineMs / 60_000} min deadline`, 1),
  plan.deadlineMs,
);

async function main(): Promise<string> {
  const startedAt = new Date();
  const clock = performance.now();
  const machine = readMachineInfo();
  progress(`Benchmark on ${machine.cpuModel}, ${machine.cores} cores, Node ${machine.nodeVersion}`);

  const mock = await startMockUpstream(group);
  const generator = await startLoadGenerator(group);
  const { targets, notes } = await startTargets({ group, generator, mockUrl: mock.url, progress });
  progress(`Targets: ${targets.map((target) => target.id).join(', ')}`);
  const session: BenchmarkSession = { group, generator, targets, useTiming: mock.useTiming, progress };

  const runs: BenchmarkRuns = { latency: [], throughput: [], memory: [] };
  for (const timing of timingNames) {
    progress(`Upstream pace: ${timing}`);
    await warmUp(session, plan, timing);
    runs.latency.push(...(await measureLatency(session, plan, timing)));
    runs.throughput.push(...(await measureThroughput(session, plan, timing)));
  }
  progress('Memory');
  runs.memory.push(...(await measureMemory(session, plan)));

  const figures = aggregateFigures({ targets: targets.map((target) => target.id), timings: timingNames, runs });
  for (const figure of figures) {
    if (figure.failedStreams > 0) {
      notes.push(
        `${figure.target}: ${figure.failedStreams} streams failed or ended incomplete during the measured runs.`,
      );
    }
  }
  const ratios = computeRatios(figures);
  const paths = writeResults({
    directory: resultsDirectory,
    report: {
      date: startedAt.toISOString(),
      durationMs: performance.now() - clock,
      revision: readRevision(fileURLToPath(new URL('./', import.meta.url))),
      machine,
      plan,
      gatewayLogLevel,
      figures,
      ratios,
      notes,
    },
  });
  progress(`Results written: ${paths.join(', ')}`);
  return renderRatioLine(ratios);
}

try {
  const ratioLine = await main();
  clearTimeout(watchdog);
  await group.stopAll();
  process.stdout.write(`${ratioLine}\n`);
} catch (error) {
  clearTimeout(watchdog);
  process.stderr.write(
    `The benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
  await group.stopAll();
}
