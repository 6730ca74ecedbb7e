import type { TargetRequest } from '../load/load-job.js';
import type { ManagedProcess } from '../processes/managed-process.js';
import type { TargetId } from './target-id.js';

/** A started target: the request that measures it, and the process whose CPU and memory are its cost. */
export interface BenchTarget {
  id: TargetId;
  request: TargetRequest;
  /** The proxy's process; absent for `direct`, which has none. */
  process: ManagedProcess | undefined;
}
