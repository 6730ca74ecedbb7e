/** What least-busy and lowest-latency routing read about one target (a route's model id, e.g. `primary/gpt-4o`). */
export interface LoadSample {
  /** Attempts and replies in flight: from the attempt going out until its reply is over. */
  inFlight: number;
  /** Moving average of the time until its reply began, in ms; absent until it has answered once. */
  latencyMs?: number;
}

/**
 * The load of each target, as this gateway sees it. `read` returns a promise, so that a store shared by replicas
 * (Redis) can stand in for the in-process one.
 */
export interface TargetLoad {
  opened(modelId: string): void;
  closed(modelId: string): void;
  /** An attempt's reply began after `latencyMs`. */
  answered(modelId: string, latencyMs: number): void;
  read(modelIds: readonly string[]): Promise<ReadonlyMap<string, LoadSample>>;
}

/**
 * Load in this process's memory. The latency is an exponentially weighted moving average: each new sample weighs
 * `smoothing`, so a target that slows down (or recovers) moves within a few requests without one outlier deciding.
 */
export function createMemoryTargetLoad(smoothing = 0.2): TargetLoad {
  const samples = new Map<string, LoadSample>();
  const sampleOf = (modelId: string): LoadSample => {
    let sample = samples.get(modelId);
    if (!sample) {
      sample = { inFlight: 0 };
      samples.set(modelId, sample);
    }
    return sample;
  };
  return {
    opened: (modelId) => {
      sampleOf(modelId).inFlight += 1;
    },
    closed: (modelId) => {
      const sample = sampleOf(modelId);
      sample.inFlight = Math.max(0, sample.inFlight - 1);
    },
    answered: (modelId, latencyMs) => {
      const sample = sampleOf(modelId);
      sample.latencyMs =
        sample.latencyMs === undefined ? latencyMs : sample.latencyMs + smoothing * (latencyMs - sample.latencyMs);
    },
    read: async (modelIds) =>
      new Map(modelIds.map((modelId) => [modelId, { ...(samples.get(modelId) ?? { inFlight: 0 }) }])),
  };
}
