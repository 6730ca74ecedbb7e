import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchmarkReport } from './benchmark-report.js';
import { renderLatencyChart, renderMemoryChart, renderThroughputChart } from './render-charts.js';
import { renderResultsDocument } from './render-results-document.js';

/**
 * Writes the run's results into `directory`: `results.md` (tables, goals, ratio line) and the charts it shows
 * (`throughput.svg`, `latency.svg`, `memory.svg`). Returns the paths written.
 */
export function writeResults({ report, directory }: { report: BenchmarkReport; directory: string }): string[] {
  mkdirSync(directory, { recursive: true });
  const files: Record<string, string> = {
    'results.md': renderResultsDocument(report),
    'throughput.svg': renderThroughputChart(report.figures, report.plan.throughputConcurrencies),
    'latency.svg': renderLatencyChart(report.figures),
    'memory.svg': renderMemoryChart(report.figures, report.plan.memory.concurrency),
  };
  return Object.entries(files).map(([name, content]) => {
    const path = join(directory, name);
    writeFileSync(path, content);
    return path;
  });
}
