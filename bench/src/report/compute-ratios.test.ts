import { describe, expect, it } from 'vitest';
import { sampleFigures, withRawProxyRate } from '../test-support/sample-figures.js';
import { computeRatios, goalHolds, type RatioEntry } from './compute-ratios.js';
import { renderRatioLine } from './render-ratio-line.js';

const find = (entries: readonly RatioEntry[], name: string) => entries.find((candidate) => candidate.name === name);

describe('computeRatios', () => {
  const entries = computeRatios(sampleFigures());
  const entry = (name: string) => find(entries, name);

  it('gives every goal of the issue, in its order, each with a goal to meet', () => {
    expect(entries.filter((candidate) => candidate.goal !== undefined).map((candidate) => candidate.name)).toEqual([
      'CPU per stream, realistic pace, OpenAI path / raw proxy',
      'CPU per stream, realistic pace, Bedrock pass-through / raw proxy',
      'CPU per stream, zero delay c64, OpenAI path / raw proxy',
      'added first-byte p50 at c=1, OpenAI path / raw proxy',
      'peak RSS, 256 realistic streams, OpenAI path',
      'CPU per stream, OpenAI path / Portkey',
    ]);
  });

  it('divides Heimdall’s CPU per stream by the raw proxy’s of the same pace', () => {
    const realistic = entry('CPU per stream, realistic pace, OpenAI path / raw proxy');
    const zeroDelay = entry('CPU per stream, zero delay c64, OpenAI path / raw proxy');
    expect(realistic?.values[0]?.value).toBe(1.5);
    // Exactly at the limit still holds: the goals say "at most".
    expect(realistic && goalHolds(realistic)).toBe(true);
    expect(zeroDelay?.values[0]?.value).toBe(2);
  });

  it('compares the added first byte with the raw proxy’s, and the peak memory with 120 MB', () => {
    const added = entry('added first-byte p50 at c=1, OpenAI path / raw proxy');
    expect(added?.values[0]?.value).toBeCloseTo(1.2, 10);
    const memory = entry('peak RSS, 256 realistic streams, OpenAI path');
    expect(memory?.values[0]?.value).toBe(120);
    expect(memory && goalHolds(memory)).toBe(true);
  });

  it('holds Heimdall to a third of Portkey’s CPU at both paces', () => {
    const versusPortkey = entry('CPU per stream, OpenAI path / Portkey');
    expect(versusPortkey?.values.map((value) => value.value)).toEqual([6 / 16, 2 / 5]);
    expect(versusPortkey && goalHolds(versusPortkey)).toBe(false);
  });

  it('calls the goal of a target that did not run unknown, never met', () => {
    const bedrock = entry('CPU per stream, realistic pace, Bedrock pass-through / raw proxy');
    expect(bedrock?.values[0]?.value).toBeUndefined();
    expect(bedrock && goalHolds(bedrock)).toBeUndefined();
  });

  it('marks the throughput ratio invalid when the raw proxy beat the direct read', () => {
    const name = 'throughput c64, OpenAI path / raw proxy';
    expect(entry(name)?.invalidReason).toBeUndefined();
    const invalid = find(computeRatios(withRawProxyRate(sampleFigures(), 1.08)), name);
    expect(invalid?.invalidReason).toBe('the load generator was the bottleneck');
  });

  it('does not let a memory figure with failed streams meet its goal', () => {
    const figures = sampleFigures().map((figure) => {
      const at256 = figure.memory[256];
      return figure.target === 'heimdall' && at256 ? { ...figure, memory: { 256: { ...at256, failed: 3 } } } : figure;
    });
    const memory = find(computeRatios(figures), 'peak RSS, 256 realistic streams, OpenAI path');
    expect(memory?.invalidReason).toBe('3 streams failed');
    expect(memory && goalHolds(memory)).toBeUndefined();
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
    const added = find(computeRatios(figures), 'added first-byte p50 at c=1, OpenAI path / raw proxy');
    expect(added?.values[0]?.value).toBeUndefined();
    expect(added && goalHolds(added)).toBeUndefined();
  });
});

describe('renderRatioLine', () => {
  it('prints the run, then every comparison on one line with its goal and verdict', () => {
    const line = renderRatioLine(computeRatios(sampleFigures()), '2026-12-01 23:45 UTC, abc1234-dirty');
    expect(line).not.toContain('\n');
    expect(line).toBe(
      [
        '[2026-12-01 23:45 UTC, abc1234-dirty] CPU per stream, realistic pace, OpenAI path / raw proxy = 1.50× (goal ≤ 1.5×: holds)',
        'CPU per stream, realistic pace, Bedrock pass-through / raw proxy = n/a (goal ≤ 1.2×: unknown)',
        'CPU per stream, zero delay c64, OpenAI path / raw proxy = 2.00× (goal ≤ 2×: holds)',
        'added first-byte p50 at c=1, OpenAI path / raw proxy = 1.20× (goal ≤ 1.5×: holds)',
        'peak RSS, 256 realistic streams, OpenAI path = 120 MB (goal ≤ 120 MB: holds)',
        'CPU per stream, OpenAI path / Portkey = 0.38× realistic, 0.40× zero delay c64 (goal ≤ 0.33×: missed)',
        'CPU per stream, realistic pace, Portkey / raw proxy = 4.00×',
        'throughput c64, OpenAI path / raw proxy = 0.80×',
        'raw-proxy/direct throughput c64 = 0.50×',
      ].join('; '),
    );
  });

  it('shows a figure that could not be computed as n/a with an unknown verdict', () => {
    const line = renderRatioLine(
      [{ name: 'x/y throughput c64', values: [{ value: undefined }], goal: { comparison: 'at-least', limit: 3 } }],
      'run',
    );
    expect(line).toBe('[run] x/y throughput c64 = n/a (goal ≥ 3: unknown)');
  });
});
