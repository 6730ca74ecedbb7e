import type { BenchmarkPlan } from '../plan/benchmark-plan.js';
import type { TargetFigures } from '../stats/aggregate-figures.js';
import type { RatioEntry } from './compute-ratios.js';
import type { MachineInfo } from './machine-info.js';

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
  figures: TargetFigures[];
  ratios: RatioEntry[];
  /** What the reader should know about this run: rows left out and why, failed streams. */
  notes: string[];
}
