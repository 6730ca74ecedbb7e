import { describe, expect, it } from 'vitest';
import { aggregateFigures } from './aggregate-figures.js';
import type { BenchmarkRuns, LatencyRun, ThroughputRun } from './run-records.js';

const latencyRun = (target: LatencyRun['target'], round: number, base: number): LatencyRun => ({
  target,
  timing: 'instant',
  round,
  // p50 = base + 1.5, p99 close to base + 10: enough shape to tell the percentiles apart.
  firstByteMs: [base, base + 1, base + 2, base + 10],
  lastByteMs: [base + 5, base + 6, base + 7, base + 15],
  failed: 0,
});

const throughputRun = (
  target: ThroughputRun['target'],
  round: number,
  concurrency: number,
  completed: number,
  cpuMs?: number,
): ThroughputRun => ({
  target,
  timing: 'instant',
  concurrency,
  round,
  completed,
  failed: 0,
  elapsedMs: 2_000,
  cpuMs,
});

const runs: BenchmarkRuns = {
  latency: [
    latencyRun('direct', 1, 1),
    latencyRun('heimdall', 1, 3),
    latencyRun('direct', 2, 10),
    latencyRun('heimdall', 2, 11),
    latencyRun('direct', 3, 1),
    latencyRun('heimdall', 3, 5),
  ],
  throughput: [
    throughputRun('direct', 1, 64, 1000),
    throughputRun('heimdall', 1, 16, 400, 1000),
    throughputRun('heimdall', 2, 16, 600, 1000),
    throughputRun('heimdall', 1, 64, 800, 1600),
    throughputRun('heimdall', 2, 64, 900, 2700),
    throughputRun('heimdall', 3, 64, 700, 700),
  ],
  memory: [
    { target: 'heimdall', round: 1, peakRssBytes: 100, failed: 0 },
    { target: 'heimdall', round: 2, peakRssBytes: 300, failed: 2 },
    { target: 'heimdall', round: 3, peakRssBytes: 200, failed: 0 },
  ],
};

describe('aggregateFigures', () => {
  const [direct, heimdall] = aggregateFigures({ targets: ['direct', 'heimdall'], timings: ['instant'], runs });

  it('reports each round’s percentiles as the median over rounds', () => {
    // Rounds' p50s are 2.5, 11.5 and 2.5 for direct: a slow round does not move the median.
    expect(direct?.timings.instant.latency.firstByteP50).toBe(2.5);
    expect(direct?.timings.instant.addedLatency).toBeUndefined();
  });

  it('takes added latency against direct of the same round, then the median', () => {
    // Heimdall minus direct per round: 2, 1 and 4 → median 2.
    expect(heimdall?.timings.instant.addedLatency?.firstByteP50).toBe(2);
    expect(heimdall?.timings.instant.addedLatency?.lastByteP50).toBe(2);
  });

  it('measures the Bedrock pass-through against the direct read of the Bedrock stream, not of the OpenAI one', () => {
    const bedrockRuns: BenchmarkRuns = {
      ...runs,
      latency: [...runs.latency, latencyRun('direct-bedrock', 1, 20), latencyRun('heimdall-bedrock', 1, 21)],
    };
    const [bedrock] = aggregateFigures({ targets: ['heimdall-bedrock'], timings: ['instant'], runs: bedrockRuns });
    expect(bedrock?.timings.instant.addedLatency?.firstByteP50).toBe(1);
  });

  it('gives throughput per concurrency as the median of the rounds’ streams per second', () => {
    expect(heimdall?.timings.instant.streamsPerSecond).toEqual({ 16: 250, 64: 400 });
  });

  it('gives CPU per stream at the highest concurrency, and nothing for a target without a process', () => {
    // 1600/800 = 2, 2700/900 = 3, 700/700 = 1 → median 2.
    expect(heimdall?.timings.instant.cpuMsPerStream).toBe(2);
    expect(direct?.timings.instant.cpuMsPerStream).toBeUndefined();
  });

  it('reports the median peak memory and counts every failed stream', () => {
    expect(heimdall?.peakRssBytes).toBe(200);
    expect(heimdall?.failedStreams).toBe(2);
    expect(direct?.peakRssBytes).toBeUndefined();
  });

  it('fails loudly for a target that never completed a stream instead of reporting zero latency', () => {
    const empty: BenchmarkRuns = {
      ...runs,
      latency: [{ ...latencyRun('portkey', 1, 1), firstByteMs: [], lastByteMs: [] }],
    };
    expect(() => aggregateFigures({ targets: ['portkey'], timings: ['instant'], runs: empty })).toThrow(
      /No completed stream to time for portkey/,
    );
  });
});
