import type { LoadGenerator } from '../load/load-generator.js';
import type { LoadResult } from '../load/load-job.js';
import type { TimingName } from '../plan/benchmark-plan.js';
import type { ProcessGroup } from '../processes/process-group.js';
import type { BenchTarget } from '../targets/bench-target.js';

/** Everything a measurement step needs: the running processes and a way to report progress. */
export interface BenchmarkSession {
  group: ProcessGroup;
  generator: LoadGenerator;
  /** The upstream's processes: their CPU, and the load generator's, show whether either is near its limit. */
  upstreamProcessIds: readonly number[];
  targets: readonly BenchTarget[];
  /** Switches the mock upstream to a pace, and waits until it answers at that pace. */
  useTiming(timing: TimingName): Promise<void>;
  progress(line: string): void;
}

/** A short account of a run's failures, for progress output. */
export function describeFailures(result: LoadResult): string {
  return result.failed === 0 ? '' : ` — ${result.failed} failed: ${result.failureReasons.join(' | ')}`;
}
