import { describe, expect, it } from 'vitest';
import { aggregateFigures } from './aggregate-figures.js';
import type { BenchmarkRuns, LatencyRun, MemoryRun, ThroughputRun } from './run-records.js';

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
  // The load generator spends 0.1 ms per stream in round 1, 0.2 ms in later rounds; the upstream 0.3 ms.
  harnessCpuMs: { generator: completed * (round === 1 ? 0.1 : 0.2), upstream: completed * 0.3 },
});

const megabyte = 1024 * 1024;

const memoryRun = (
  round: number,
  streams: number,
  restMegabytes: number,
  peakMegabytes: number,
  failed = 0,
): MemoryRun => ({
  target: 'heimdall',
  streams,
  round,
  restRssBytes: restMegabytes * megabyte,
  peakRssBytes: peakMegabytes * megabyte,
  firstByteMs: [200, 201, 202, 250 + round],
  failed,
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
    memoryRun(1, 256, 80, 100),
    memoryRun(2, 256, 90, 300, 2),
    memoryRun(3, 256, 100, 200),
    memoryRun(1, 1000, 100, 400),
  ],
};

const chunksPerStream = 65;

describe('aggregateFigures', () => {
  const [direct, heimdall] = aggregateFigures({
    targets: ['direct', 'heimdall'],
    timings: ['instant'],
    runs,
    chunksPerStream,
  });

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
    const [bedrock] = aggregateFigures({
      targets: ['heimdall-bedrock'],
      timings: ['instant'],
      runs: bedrockRuns,
      chunksPerStream,
    });
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

  it('gives the load generator’s and the upstream’s CPU per stream at the highest concurrency', () => {
    // Rounds 1, 2 and 3 at 64: 0.1, 0.2 and 0.2 ms for the generator → median 0.2.
    expect(heimdall?.timings.instant.harnessCpuMsPerStream?.generator).toBeCloseTo(0.2, 12);
    expect(heimdall?.timings.instant.harnessCpuMsPerStream?.upstream).toBeCloseTo(0.3, 12);
    expect(direct?.timings.instant.harnessCpuMsPerStream?.generator).toBeCloseTo(0.1, 12);
  });

  it('gives CPU per chunk as CPU per stream over the chunks of one reply', () => {
    expect(heimdall?.timings.instant.cpuMsPerChunk).toBeCloseTo(2 / 65, 12);
    expect(direct?.timings.instant.cpuMsPerChunk).toBeUndefined();
  });

  it('reports memory per number of open streams: median rest and peak, and peak minus rest per stream', () => {
    const at256 = heimdall?.memory[256];
    expect(at256?.restRssBytes).toBe(90 * megabyte);
    expect(at256?.peakRssBytes).toBe(200 * megabyte);
    // Per round: 20, 210 and 100 MB over 256 streams → the median is round 3's.
    expect(at256?.bytesPerStream).toBe((100 * megabyte) / 256);
    // Rounds' p99s of the first byte: just under 251, 252 and 253 ms → the median is round 2's.
    expect(at256?.firstByteP99Ms).toBeCloseTo(202 + (252 - 202) * 0.97, 10);
    expect(heimdall?.memory[1000]?.bytesPerStream).toBe((300 * megabyte) / 1000);
    expect(direct?.memory).toEqual({});
  });

  it('counts every failed stream, the memory runs’ included', () => {
    expect(heimdall?.memory[256]?.failed).toBe(2);
    expect(heimdall?.failedStreams).toBe(2);
  });

  it('refuses a chunk count that would make CPU per chunk meaningless', () => {
    expect(() => aggregateFigures({ targets: ['heimdall'], timings: ['instant'], runs, chunksPerStream: 0 })).toThrow(
      /chunksPerStream must be a positive whole number, not 0/,
    );
  });

  it('fails loudly for a target that never completed a stream instead of reporting zero latency', () => {
    const empty: BenchmarkRuns = {
      ...runs,
      latency: [{ ...latencyRun('portkey', 1, 1), firstByteMs: [], lastByteMs: [] }],
    };
    expect(() =>
      aggregateFigures({ targets: ['portkey'], timings: ['instant'], runs: empty, chunksPerStream }),
    ).toThrow(/No completed stream to time for portkey/);
  });
});
