import type { BenchmarkPlan } from '../plan/benchmark-plan.js';
import type { TargetFigures } from '../stats/aggregate-figures.js';
import type { RatioEntry } from './compute-ratios.js';
import type { MachineInfo } from './machine-info.js';

/**
 * `2026-12-01 23:45 UTC, 1a2b3c4-dirty`: the run every figure of a report comes from, with `, quick run` for a run
 * whose figures mean little.
 */
export function describeRun(report: Pick<BenchmarkReport, 'date' | 'revision' | 'plan'>): string {
  const quick = report.plan.name === 'quick' ? ', quick run' : '';
  return `${report.date.slice(0, 16).replace('T', ' ')} UTC, ${report.revision}${quick}`;
}

/** Everything a benchmark run publishes. */
export interface BenchmarkReport {
  /** When the run started, ISO 8601. */
  date: string;
  durationMs: number;
  /** The commit measured (`git describe --always --dirty`), so a later run can be compared with this one. */
  revision: string;
  machine: MachineInfo;
  plan: BenchmarkPlan;
  /** Heimdall's `LOG_LEVEL` during the run. */
  gatewayLogLevel: string;
  /** Writes of one upstream reply: the unit of the CPU-per-chunk figures. */
  chunksPerStream: number;
  figures: TargetFigures[];
  ratios: RatioEntry[];
  /** What the reader should know about this run: rows left out and why, failed streams. */
  notes: string[];
}
