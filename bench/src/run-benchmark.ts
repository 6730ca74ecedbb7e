import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLoadGenerator } from './load/load-generator.js';
import type { BenchmarkSession } from './measure/benchmark-session.js';
import { measureMemory } from './measure/measure-memory.js';
import { measureLatency, measureThroughput, warmUp } from './measure/measure-runs.js';
import { selectPlan, timingNames } from './plan/benchmark-plan.js';
import { createProcessGroup } from './processes/process-group.js';
import { addBeforeAfterRow, beforeAfterHeader, beforeAfterRow } from './report/before-after-table.js';
import { type BenchmarkReport, describeRun } from './report/benchmark-report.js';
import { computeRatios, goalConcurrency } from './report/compute-ratios.js';
import { checkLoadGenerator, renderSanityLine } from './report/load-generator-check.js';
import { readMachineInfo, readRevision } from './report/machine-info.js';
import { renderRatioLine } from './report/render-ratio-line.js';
import { writeResults } from './report/write-results.js';
import { startMockUpstream } from './servers/start-mock-upstream.js';
import { aggregateFigures } from './stats/aggregate-figures.js';
import type { BenchmarkRuns } from './stats/run-records.js';
import { gatewayLogLevel } from './targets/start-proxies.js';
import { startTargets } from './targets/start-targets.js';

/**
 * `pnpm bench`: starts the upstream, the load generator and every target in their own processes, measures CPU,
 * latency, throughput and memory with interleaved, repeated runs, writes `results/`, stops every process, and
 * prints the sanity line and the ratio line last.
 *
 * `HEIMDALL_BENCH_QUICK=1` makes a short run that only checks the benchmark works. `HEIMDALL_BENCH_CHANGE` names
 * the change the run measures; with it, the run's row is added to `results/before-after.md`.
 */
const plan = selectPlan(process.env.HEIMDALL_BENCH_QUICK);
const change = process.env.HEIMDALL_BENCH_CHANGE?.trim() || undefined;
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

/** Adds this run's row to `before-after.md`, in place of an earlier row for the same change. */
function recordChange(report: BenchmarkReport, name: string): string {
  const path = `${resultsDirectory}before-after.md`;
  const document = addBeforeAfterRow({
    document: readFileSync(path, 'utf8'),
    header: beforeAfterHeader(report),
    row: beforeAfterRow(report, name),
  });
  writeFileSync(path, document);
  return path;
}

async function main(): Promise<string> {
  const startedAt = new Date();
  const clock = performance.now();
  const machine = readMachineInfo();
  progress(`Benchmark on ${machine.cpuModel}, ${machine.cores} cores, Node ${machine.nodeVersion}`);

  const mock = await startMockUpstream(group);
  const generator = await startLoadGenerator(group);
  const { targets, notes } = await startTargets({ group, generator, mockUrl: mock.url, progress });
  progress(`Targets: ${targets.map((target) => target.id).join(', ')}`);
  const session: BenchmarkSession = {
    group,
    generator,
    upstreamProcessIds: mock.processIds,
    targets,
    useTiming: mock.useTiming,
    progress,
  };

  const runs: BenchmarkRuns = { latency: [], throughput: [], memory: [] };
  for (const timing of timingNames) {
    progress(`Upstream pace: ${timing}`);
    await warmUp(session, plan, timing);
    runs.latency.push(...(await measureLatency(session, plan, timing)));
    runs.throughput.push(...(await measureThroughput(session, plan, timing)));
  }
  progress('Memory');
  runs.memory.push(...(await measureMemory(session, plan)));

  const figures = aggregateFigures({
    targets: targets.map((target) => target.id),
    timings: timingNames,
    runs,
    chunksPerStream: mock.chunksPerStream,
  });
  for (const figure of figures) {
    if (figure.failedStreams > 0) {
      notes.push(
        `${figure.target}: ${figure.failedStreams} streams failed or ended incomplete during the measured runs.`,
      );
    }
  }
  if (plan.name === 'quick') notes.push('A quick run (`HEIMDALL_BENCH_QUICK=1`): its figures mean little.');
  const ratios = computeRatios(figures);
  const report: BenchmarkReport = {
    date: startedAt.toISOString(),
    durationMs: performance.now() - clock,
    revision: readRevision(fileURLToPath(new URL('./', import.meta.url))),
    machine,
    plan,
    gatewayLogLevel,
    chunksPerStream: mock.chunksPerStream,
    figures,
    ratios,
    notes,
  };
  const paths = writeResults({ directory: resultsDirectory, report });
  if (change !== undefined) paths.push(recordChange(report, change));
  progress(`Results written: ${paths.join(', ')}`);
  const sanity = renderSanityLine(checkLoadGenerator(figures, goalConcurrency));
  return `${sanity}\n${renderRatioLine(ratios, describeRun(report))}`;
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
