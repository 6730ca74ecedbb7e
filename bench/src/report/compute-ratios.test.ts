import { describe, expect, it } from 'vitest';
import { sampleFigures } from '../test-support/sample-figures.js';
import { computeRatios, goalHolds } from './compute-ratios.js';
import { renderRatioLine } from './render-ratio-line.js';

describe('computeRatios', () => {
  const entries = computeRatios(sampleFigures());
  const entry = (name: string) => entries.find((candidate) => candidate.name === name);

  it('compares Heimdall’s added latency with the raw proxy’s at the first and the last byte', () => {
    const added = entry('heimdall/raw-proxy added-latency p50');
    expect(added?.values.map((value) => value.value)).toEqual([expect.closeTo(1.2, 10), 2]);
    // One of the two is over 1.5×, so the goal is missed.
    expect(added && goalHolds(added)).toBe(false);
  });

  it('compares throughput at concurrency 64 with Portkey’s and the raw proxy’s', () => {
    const versusPortkey = entry('heimdall/portkey throughput c64');
    const versusRawProxy = entry('heimdall/raw-proxy throughput c64');
    expect(versusPortkey?.values[0]?.value).toBe(4);
    expect(versusPortkey && goalHolds(versusPortkey)).toBe(true);
    expect(versusRawProxy?.values[0]?.value).toBe(0.8);
    expect(versusRawProxy && goalHolds(versusRawProxy)).toBe(true);
  });

  it('reports Heimdall’s peak memory in megabytes against the 150 MB goal', () => {
    const memory = entry('heimdall peak RSS at 256 streams');
    expect(memory?.values[0]?.value).toBe(120);
    expect(memory && goalHolds(memory)).toBe(true);
  });

  it('leaves out the rows of a target that did not run', () => {
    expect(entries.some((candidate) => candidate.name.startsWith('heimdall-bedrock'))).toBe(false);
  });

  it('calls a ratio over a non-positive baseline unknown rather than a goal that holds', () => {
    const figures = sampleFigures().map((figure) =>
      figure.target === 'raw-proxy' && figure.timings.instant.addedLatency
        ? {
            ...figure,
            timings: {
              ...figure.timings,
              instant: {
                ...figure.timings.instant,
                addedLatency: { ...figure.timings.instant.addedLatency, firstByteP50: -0.1 },
              },
            },
          }
        : figure,
    );
    const added = computeRatios(figures).find((candidate) => candidate.name === 'heimdall/raw-proxy added-latency p50');
    expect(added?.values[0]?.value).toBeUndefined();
    expect(added && goalHolds(added)).toBeUndefined();
  });
});

describe('renderRatioLine', () => {
  it('prints every comparison on one line with its goal and verdict', () => {
    const line = renderRatioLine(computeRatios(sampleFigures()));
    expect(line).not.toContain('\n');
    expect(line).toBe(
      [
        'heimdall/raw-proxy added-latency p50 = 1.20 first byte, 2.00 last byte (goal ≤ 1.5: missed)',
        'heimdall/portkey throughput c64 = 4.00 (goal ≥ 3: holds)',
        'heimdall/raw-proxy throughput c64 = 0.80 (goal ≥ 0.7: holds)',
        'heimdall peak RSS at 256 streams = 120 MB (goal < 150 MB: holds)',
        'portkey/raw-proxy added-latency p50 = 60.0 first byte, 35.0 last byte',
        'portkey/raw-proxy throughput c64 = 0.20',
        'raw-proxy/direct throughput c64 = 0.50',
      ].join('; '),
    );
  });

  it('shows a figure that could not be computed as n/a with an unknown verdict', () => {
    const line = renderRatioLine([
      { name: 'x/y throughput c64', values: [{ value: undefined }], goal: { comparison: 'at-least', limit: 3 } },
    ]);
    expect(line).toBe('x/y throughput c64 = n/a (goal ≥ 3: unknown)');
  });
});
