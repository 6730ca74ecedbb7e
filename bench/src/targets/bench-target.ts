import type { TargetRequest } from '../load/load-job.js';
import type { ManagedProcess } from '../processes/managed-process.js';
import type { TargetId } from './target-id.js';

/** A started target: the request that measures it, and the process whose CPU and memory are its cost. */
export interface BenchTarget {
  id: TargetId;
  request: TargetRequest;
  /** The proxy's process; absent for `direct`, which has none. */
  process: ManagedProcess | undefined;
  /**
   * Starts another process of the same target, fresh from start-up, for a measurement that must not inherit what
   * earlier loads left in this one (a heap grown by them); absent for the direct targets.
   */
  startAnother?: () => Promise<BenchTarget>;
}
