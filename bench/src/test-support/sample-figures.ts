import type { LatencyFigures, TargetFigures, TimingFigures } from '../stats/aggregate-figures.js';
import type { TargetId } from '../targets/target-id.js';

const latency = (firstByte: number, lastByte: number): LatencyFigures => ({
  firstByteP50: firstByte,
  firstByteP99: firstByte * 2,
  lastByteP50: lastByte,
  lastByteP99: lastByte * 2,
});

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
  };
}

function target(
  id: TargetId,
  { added, rate64, cpu, rss }: { added?: LatencyFigures; rate64: number; cpu?: number; rss?: number },
): TargetFigures {
  return {
    target: id,
    timings: {
      instant: timing({ added, rate64, cpu }),
      paced: timing({ added, rate64: rate64 / 10, cpu }),
    },
    peakRssBytes: rss,
    failedStreams: 0,
  };
}

/**
 * Figures shaped like a real run: Heimdall adds 1.2× the raw proxy's latency at the first byte and 2× at the last,
 * streams 4× Portkey's rate and 0.8× the raw proxy's, and peaks at 120 MB.
 */
export function sampleFigures(): TargetFigures[] {
  const megabytes = 1024 * 1024;
  return [
    target('direct', { rate64: 1000 }),
    target('raw-proxy', { added: latency(0.5, 1), rate64: 500, cpu: 1, rss: 60 * megabytes }),
    target('heimdall', { added: latency(0.6, 2), rate64: 400, cpu: 2, rss: 120 * megabytes }),
    target('portkey', { added: latency(30, 35), rate64: 100, cpu: 5, rss: 170 * megabytes }),
  ];
}
