import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchmarkReport } from './benchmark-report.js';
import { goalConcurrency } from './compute-ratios.js';
import { checkLoadGenerator } from './load-generator-check.js';
import { renderCpuChart, renderLatencyChart, renderMemoryChart, renderThroughputChart } from './render-charts.js';
import { renderResultsDocument } from './render-results-document.js';

/**
 * Writes the run's results into `directory`: `results.md` (tables, goals, ratio line) and the charts it shows
 * (`cpu.svg`, `throughput.svg`, `latency.svg`, `memory.svg`). Returns the paths written.
 */
export function writeResults({ report, directory }: { report: BenchmarkReport; directory: string }): string[] {
  mkdirSync(directory, { recursive: true });
  const files: Record<string, string> = {
    'results.md': renderResultsDocument(report),
    'cpu.svg': renderCpuChart(report.figures, goalConcurrency),
    'throughput.svg': renderThroughputChart(report.figures, report.plan.throughputConcurrencies, {
      valid: checkLoadGenerator(report.figures, goalConcurrency).throughputValid,
    }),
    'latency.svg': renderLatencyChart(report.figures),
    'memory.svg': renderMemoryChart(report.figures, report.plan.memoryStreams),
  };
  return Object.entries(files).map(([name, content]) => {
    const path = join(directory, name);
    writeFileSync(path, content);
    return path;
  });
}
