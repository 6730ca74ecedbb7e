import type { LatencyFigures, MemoryFigures, TargetFigures, TimingFigures } from '../stats/aggregate-figures.js';
import type { TargetId } from '../targets/target-id.js';

const latency = (firstByte: number, lastByte: number): LatencyFigures => ({
  firstByteP50: firstByte,
  firstByteP99: firstByte * 2,
  lastByteP50: lastByte,
  lastByteP99: lastByte * 2,
});

/** The chunks one sample reply is written in. */
export const sampleChunksPerStream = 65;

function timing({
  added,
  rate64,
  cpu,
}: {
  added: LatencyFigures | undefined;
  rate64: number;
  cpu: number | undefined;
}): TimingFigures {
  return {
    latency: latency(1, 4),
    addedLatency: added,
    latencySamples: 150,
    streamsPerSecond: { 16: rate64 / 2, 64: rate64 },
    cpuMsPerStream: cpu,
    cpuMsPerChunk: cpu === undefined ? undefined : cpu / sampleChunksPerStream,
    // Reading through a proxy, the load generator gets bigger pieces and spends less per stream.
    harnessCpuMsPerStream: { generator: cpu === undefined ? 0.1 : 0.05, upstream: 0.2 },
  };
}

const megabytes = 1024 * 1024;

function memory(streams: number, peakMegabytes: number, restMegabytes: number): MemoryFigures {
  return {
    streams,
    restRssBytes: restMegabytes * megabytes,
    peakRssBytes: peakMegabytes * megabytes,
    bytesPerStream: ((peakMegabytes - restMegabytes) * megabytes) / streams,
    firstByteP99Ms: 210,
    failed: 0,
  };
}

function target(
  id: TargetId,
  {
    added,
    rate64,
    cpu,
    pacedCpu,
    rss,
  }: { added?: LatencyFigures; rate64: number; cpu?: number; pacedCpu?: number; rss?: number },
): TargetFigures {
  return {
    target: id,
    timings: {
      instant: timing({ added, rate64, cpu }),
      paced: timing({ added, rate64: rate64 / 10, cpu: pacedCpu }),
    },
    memory: rss === undefined ? {} : { 256: memory(256, rss, rss / 2), 1000: memory(1000, rss * 2, rss / 2) },
    failedStreams: 0,
  };
}

/**
 * Figures shaped like a real run. CPU per stream, zero delay: raw proxy 1 ms, Heimdall 2 ms, Portkey 5 ms; at the
 * realistic pace 4, 6 and 16 ms. Heimdall adds 1.2× the raw proxy's first byte; it peaks at 120 MB with 256
 * streams (60 MB at rest). The raw proxy streams 0.5× direct's rate, so the throughput figures are valid.
 */
export function sampleFigures(): TargetFigures[] {
  return [
    target('direct', { rate64: 1000 }),
    target('raw-proxy', { added: latency(0.5, 1), rate64: 500, cpu: 1, pacedCpu: 4, rss: 60 }),
    target('heimdall', { added: latency(0.6, 2), rate64: 400, cpu: 2, pacedCpu: 6, rss: 120 }),
    target('portkey', { added: latency(30, 35), rate64: 100, cpu: 5, pacedCpu: 16, rss: 170 }),
  ];
}

/** {@link sampleFigures} with the raw proxy streaming `factor` times direct's zero-delay rate at concurrency 64. */
export function withRawProxyRate(figures: TargetFigures[], factor: number): TargetFigures[] {
  const direct = figures.find((figure) => figure.target === 'direct')?.timings.instant.streamsPerSecond[64] ?? 0;
  return figures.map((figure) =>
    figure.target === 'raw-proxy'
      ? {
          ...figure,
          timings: {
            ...figure.timings,
            instant: { ...figure.timings.instant, streamsPerSecond: { 16: direct, 64: direct * factor } },
          },
        }
      : figure,
  );
}
