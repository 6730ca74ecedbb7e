import { describe, expect, it } from 'vitest';
import { defaultPlan, quickPlan } from '../plan/benchmark-plan.js';
import { sampleChunksPerStream, sampleFigures, withRawProxyRate } from '../test-support/sample-figures.js';
import { addBeforeAfterRow, beforeAfterHeader, beforeAfterMarkers, beforeAfterRow } from './before-after-table.js';
import type { BenchmarkReport } from './benchmark-report.js';
import { computeRatios } from './compute-ratios.js';

const figures = sampleFigures();
const report: BenchmarkReport = {
  date: '2026-12-01T23:45:00.000Z',
  durationMs: 600_000,
  revision: 'abc1234',
  machine: { cpuModel: 'CPU', cores: 2, memoryBytes: 1, nodeVersion: 'v24.21.0', operatingSystem: 'Linux' },
  plan: defaultPlan,
  gatewayLogLevel: 'warn',
  chunksPerStream: sampleChunksPerStream,
  figures,
  ratios: computeRatios(figures),
  notes: [],
};

const document = [
  '# What each change bought',
  '',
  'Prose that must survive.',
  '',
  beforeAfterMarkers.start,
  beforeAfterMarkers.end,
  '',
  'More prose.',
  '',
].join('\n');

describe('beforeAfterRow', () => {
  it('gives Heimdall’s figures with their ratio to the raw proxy’s, and the run they come from', () => {
    expect(beforeAfterRow(report, 'benchmark rework: lighter load generator')).toEqual([
      'benchmark rework: lighter load generator',
      '2026-12-01 23:45 UTC, abc1234',
      '6.00 ms (1.50×)',
      '2.00 ms (2.00×)',
      '+0.60 ms (1.20×)',
      '120.0 MB',
      '184 kB',
      '400',
    ]);
  });

  it('says so in the run’s cell when the figures come from a quick run', () => {
    expect(beforeAfterRow({ ...report, plan: quickPlan }, 'x')[1]).toBe('2026-12-01 23:45 UTC, abc1234, quick run');
  });

  it('marks the throughput invalid when the load generator was the bottleneck', () => {
    const bottlenecked = { ...report, figures: withRawProxyRate(sampleFigures(), 1.2) };
    expect(beforeAfterRow(bottlenecked, 'x').at(-1)).toBe('400 (invalid)');
  });
});

describe('addBeforeAfterRow', () => {
  const header = beforeAfterHeader(report);
  const first = beforeAfterRow(report, 'benchmark rework: lighter load generator');

  it('writes the table between the markers and leaves the prose around it alone', () => {
    const written = addBeforeAfterRow({ document, header, row: first });
    expect(written.startsWith('# What each change bought\n\nProse that must survive.\n\n')).toBe(true);
    expect(written.endsWith(`${beforeAfterMarkers.end}\n\nMore prose.\n`)).toBe(true);
    expect(written).toMatch(/\| Change +\| Run +\| Heimdall CPU per stream, realistic +\|/);
    expect(written).toMatch(/\| benchmark rework: lighter load generator \| 2026-12-01 23:45 UTC, abc1234 \| 6\.00 ms/);
  });

  it('keeps earlier changes’ rows and replaces a row of the same change instead of repeating it', () => {
    const once = addBeforeAfterRow({ document, header, row: first });
    const second = ['faster JSON', ...first.slice(1)];
    const twice = addBeforeAfterRow({ document: once, header, row: second });
    const rerun = addBeforeAfterRow({ document: twice, header, row: [first[0] ?? '', 'later run', ...first.slice(2)] });
    // The table's lines after its header and rule, by the change each names.
    const changes = rerun
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .slice(2)
      .map((line) => line.split('|')[1]?.trim());
    expect(changes).toEqual(['faster JSON', first[0]]);
    expect(rerun).toMatch(/\| benchmark rework: lighter load generator \| later run +\|/);
  });

  it('refuses a document without the markers rather than writing the row nowhere', () => {
    expect(() => addBeforeAfterRow({ document: '# No table here\n', header, row: first })).toThrow(
      /before-after\.md has no "<!-- pnpm bench keeps the rows below/,
    );
  });
});
