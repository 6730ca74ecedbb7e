import type { TimingName } from '../plan/benchmark-plan.js';
import type { TargetId } from '../targets/target-id.js';

/** One round of sequential streams against one target: every stream's times, in milliseconds from sending. */
export interface LatencyRun {
  target: TargetId;
  timing: TimingName;
  round: number;
  firstByteMs: number[];
  lastByteMs: number[];
  failed: number;
}

/** One round of concurrent streams against one target for a fixed time. */
export interface ThroughputRun {
  target: TargetId;
  timing: TimingName;
  concurrency: number;
  round: number;
  completed: number;
  failed: number;
  /** From the first stream sent to the last stream finished. */
  elapsedMs: number;
  /** User plus system CPU time of the target's process during the run; absent for a target without a process. */
  cpuMs: number | undefined;
  /** The same for the load generator's process, and for the upstream's processes together. */
  harnessCpuMs: { generator: number; upstream: number };
}

/** One round of many streams held open together against one target, with its process's memory before and at peak. */
export interface MemoryRun {
  target: TargetId;
  /** Streams started together (and, with the realistic pace, open together). */
  streams: number;
  round: number;
  /** Resident memory right before the streams were started. */
  restRssBytes: number;
  /** Peak resident memory while they ran (VmHWM, reset before they started). */
  peakRssBytes: number;
  /** First-byte times of the completed streams, in milliseconds. */
  firstByteMs: number[];
  failed: number;
}

/** Every run of a benchmark, as measured. */
export interface BenchmarkRuns {
  latency: LatencyRun[];
  throughput: ThroughputRun[];
  memory: MemoryRun[];
}
