import { describe, expect, it } from 'vitest';
import { defaultPlan, quickPlan } from '../plan/benchmark-plan.js';
import { sampleChunksPerStream, sampleFigures, withRawProxyRate } from '../test-support/sample-figures.js';
import type { BenchmarkReport } from './benchmark-report.js';
import { computeRatios } from './compute-ratios.js';
import { renderResultsDocument } from './render-results-document.js';

const figures = sampleFigures();
const report: BenchmarkReport = {
  date: '2026-01-02T03:04:05.000Z',
  durationMs: 312_000,
  revision: 'abc1234-dirty',
  machine: {
    cpuModel: 'Example CPU @ 2.50GHz',
    cores: 2,
    memoryBytes: 8 * 1024 ** 3,
    nodeVersion: 'v24.21.0',
    operatingSystem: 'Linux 6.8.0',
  },
  plan: defaultPlan,
  gatewayLogLevel: 'warn',
  chunksPerStream: sampleChunksPerStream,
  figures,
  ratios: computeRatios(figures),
  notes: ['The Bedrock pass-through row is left out: not built yet.'],
};

describe('renderResultsDocument', () => {
  const document = renderResultsDocument(report);

  it('names the machine, the date, the commit, the run time and the log level', () => {
    expect(document).toContain('Measured on 2026-01-02 at commit `abc1234-dirty`');
    expect(document).toContain('(the run took 5 min 12 s)');
    expect(document).toContain('Example CPU @ 2.50GHz, 2 cores, 8.0 GiB memory, Node v24.21.0, Linux 6.8.0');
    expect(document).toContain('`LOG_LEVEL=warn`');
    expect(document).not.toContain('A quick run');
  });

  it('opens with the sanity line, then CPU per stream and per chunk beside the raw proxy’s', () => {
    expect(document).toContain('**Sanity: raw-proxy/direct throughput c64 = 0.50 < 1');
    expect(document.indexOf('## CPU per stream and per chunk')).toBeLessThan(document.indexOf('## Goals'));
    // Heimdall: 6 ms per stream at the realistic pace (6000 µs / 65 chunks ≈ 92.3 µs), 2 ms at zero delay (30.8 µs).
    expect(document).toMatch(
      /\| Heimdall \(OpenAI upstream\) +\| +6\.00 ms \| +92\.3 µs \| +1\.50× \| +2\.00 ms \| +30\.8 µs \| +2\.00× \|/,
    );
    expect(document).not.toMatch(/\| direct \(no proxy\) +\| +— ms/);
    expect(document).toContain(
      'For scale, at zero delay and concurrency 64 the load generator spent 0.10 ms of CPU per stream reading the upstream directly (0.05 ms through the raw proxy), and the upstream 0.20 ms per stream',
    );
  });

  it('gives every goal its measured value, verdict and the run it comes from', () => {
    expect(document).toMatch(
      /\| CPU per stream, realistic pace, OpenAI path \/ raw proxy +\| ≤ 1\.5× +\| 1\.50× +\| holds +\| 2026-01-02 03:04 UTC, abc1234-dirty \|/,
    );
    expect(document).toMatch(/\| peak RSS, 256 realistic streams, OpenAI path +\| ≤ 120 MB \| 120 MB +\| holds +\|/);
    expect(document).toMatch(/\| CPU per stream, OpenAI path \/ Portkey .*\| missed +\|/);
  });

  it('shows direct’s own times and every proxy’s added times in each pace’s table', () => {
    expect(document).toContain('## Zero-delay upstream');
    expect(document).toContain('## Realistic upstream (200 ms to first chunk, 10 ms between chunks)');
    expect(document).toMatch(
      /\| direct \(no proxy\) +\| +1\.00 ms \| +2\.00 ms \| +4\.00 ms \| +8\.00 ms \| +500 \| +1000 \|/,
    );
    expect(document).toMatch(
      /\| Heimdall \(OpenAI upstream\) +\| +\+0\.60 ms \| +\+1\.20 ms \| +\+2\.00 ms \| +\+4\.00 ms \| +200 \| +400 \|/,
    );
  });

  it('lists memory at rest, at peak and per open stream for each number of streams', () => {
    // 120 MB peak, 60 MB at rest, over 256 streams: 240 kB each.
    expect(document).toMatch(
      /\| Heimdall \(OpenAI upstream\) +\| +256 \| +60\.0 MB \| +120\.0 MB \| +240 kB \| +210 ms \| +0 \|/,
    );
    expect(document).toMatch(/\| Heimdall \(OpenAI upstream\) +\| +1000 \| +60\.0 MB \| +240\.0 MB \| +184 kB \|/);
  });

  it('ends with the ratio line, stamped with the run, and the notes', () => {
    expect(document).toContain(
      '```text\n[2026-01-02 03:04 UTC, abc1234-dirty] CPU per stream, realistic pace, OpenAI path / raw proxy = 1.50×',
    );
    expect(document).toContain('- The Bedrock pass-through row is left out: not built yet.');
  });

  it('links the charts it is published with', () => {
    for (const chart of ['cpu.svg', 'throughput.svg', 'latency.svg', 'memory.svg']) {
      expect(document).toContain(`(${chart})`);
    }
  });

  it('marks every throughput figure invalid when the raw proxy beat the direct read', () => {
    const bottlenecked = withRawProxyRate(sampleFigures(), 1.08);
    const invalid = renderResultsDocument({ ...report, figures: bottlenecked, ratios: computeRatios(bottlenecked) });
    expect(invalid).toContain("The throughput figures are INVALID and not the gateway's.");
    expect(invalid).toMatch(/\| Heimdall \(OpenAI upstream\) +\|.*\| +200 \(invalid\) \| +400 \(invalid\) \|/);
    expect(invalid).not.toMatch(/\| +400 \|/);
  });

  it('says so at the top when the figures come from a quick run', () => {
    expect(renderResultsDocument({ ...report, plan: quickPlan })).toContain(
      '> **A quick run** (`HEIMDALL_BENCH_QUICK=1`)',
    );
  });
});
