/** One HTTP request a target is measured with; every stream of a job sends the same one. */
export interface TargetRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** Text that must appear at the end of a complete reply (`[DONE]`, the `metadata` event); else the stream failed. */
  completionMarker: string;
}

/** What the load generator is asked to do: bounded in count and in time. */
export interface LoadJob {
  request: TargetRequest;
  concurrency: number;
  /** No more streams are started after this many. */
  maxRequests: number;
  /** No more streams are started after this long; those in flight still finish. */
  maxDurationMs: number;
  /** Whether to return every stream's times (for percentiles) or only counts (for throughput). */
  recordTimings: boolean;
  /**
   * Closes the generator's idle keep-alive connections before the job, so every stream of the job opens its own
   * connection to the target, as new clients would (the memory runs count what a connection costs too).
   */
  freshConnections?: boolean;
}

/** What one job measured. */
export interface LoadResult {
  completed: number;
  failed: number;
  /** The first few failure reasons, to explain a run that went wrong. */
  failureReasons: string[];
  /** From the first stream sent to the last stream finished. */
  elapsedMs: number;
  /** Body bytes received over every completed stream. */
  receivedBytes: number;
  /** Time from sending to the first body byte, per completed stream (when timings are recorded). */
  firstByteMs: number[];
  /** Time from sending to the end of the body, per completed stream (when timings are recorded). */
  lastByteMs: number[];
}

/** Parent to load generator. */
export type LoadRequestMessage = { type: 'run'; id: number; job: LoadJob };

/** Load generator to parent. */
export type LoadReplyMessage =
  | { type: 'ready' }
  | { type: 'result'; id: number; result: LoadResult }
  | { type: 'error'; id: number; message: string };
