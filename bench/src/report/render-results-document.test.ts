import { describe, expect, it } from 'vitest';
import { defaultPlan } from '../plan/benchmark-plan.js';
import { sampleFigures } from '../test-support/sample-figures.js';
import type { BenchmarkReport } from './benchmark-report.js';
import { computeRatios } from './compute-ratios.js';
import { renderResultsDocument } from './render-results-document.js';

const figures = sampleFigures();
const report: BenchmarkReport = {
  date: '2026-01-02T03:04:05.000Z',
  durationMs: 312_000,
  revision: 'abc1234',
  machine: {
    cpuModel: 'Example CPU @ 2.50GHz',
    cores: 2,
    memoryBytes: 8 * 1024 ** 3,
    nodeVersion: 'v20.20.2',
    operatingSystem: 'Linux 6.8.0',
  },
  plan: defaultPlan,
  gatewayLogLevel: 'warn',
  figures,
  ratios: computeRatios(figures),
  notes: ['The Bedrock pass-through row is left out: not built yet.'],
};

describe('renderResultsDocument', () => {
  const document = renderResultsDocument(report);

  it('names the machine, the date, the run time and the log level', () => {
    expect(document).toContain('Measured on 2026-01-02 at commit `abc1234`');
    expect(document).toContain('(the run took 5 min 12 s)');
    expect(document).toContain('Example CPU @ 2.50GHz, 2 cores, 8.0 GiB memory, Node v20.20.2, Linux 6.8.0');
    expect(document).toContain('`LOG_LEVEL=warn`');
  });

  it('shows direct’s own times and every proxy’s added times in each pace’s table', () => {
    expect(document).toContain('## Zero-delay upstream');
    expect(document).toContain('## Realistic upstream (200 ms to first chunk, 10 ms between chunks)');
    expect(document).toMatch(
      /\| direct \(no proxy\) +\| +1\.00 ms \| +2\.00 ms \| +4\.00 ms \| +8\.00 ms \| +500 \| +1000 \| +— \|/,
    );
    expect(document).toMatch(
      /\| Heimdall \(OpenAI upstream\) +\| +\+0\.60 ms \| +\+1\.20 ms \| +\+2\.00 ms \| +\+4\.00 ms \| +200 \| +400 \| +2\.00 ms \|/,
    );
  });

  it('lists peak memory for the proxies only', () => {
    expect(document).toMatch(/\| Heimdall \(OpenAI upstream\) +\| +120\.0 MB \|/);
    expect(document).not.toMatch(/\| direct \(no proxy\) +\| +— +\|\n/);
  });

  it('gives each goal its verdict and ends with the ratio line and the notes', () => {
    expect(document).toMatch(/\| heimdall\/portkey throughput c64 +\| ≥ 3 +\| 4\.00 +\| holds +\|/);
    expect(document).toMatch(
      /\| heimdall\/raw-proxy added-latency p50 +\| ≤ 1\.5 +\| 1\.20 first byte, 2\.00 last byte \| missed +\|/,
    );
    expect(document).toContain('```text\nheimdall/raw-proxy added-latency p50 = 1.20 first byte');
    expect(document).toContain('- The Bedrock pass-through row is left out: not built yet.');
  });

  it('links the charts it is published with', () => {
    for (const chart of ['throughput.svg', 'latency.svg', 'memory.svg']) expect(document).toContain(`(${chart})`);
  });
});
