import { describe, expect, it } from 'vitest';
import { sampleFigures, withRawProxyRate } from '../test-support/sample-figures.js';
import { checkLoadGenerator, renderSanityLine } from './load-generator-check.js';

describe('checkLoadGenerator', () => {
  it('trusts the throughput figures when the raw proxy streams less than the direct read', () => {
    const check = checkLoadGenerator(sampleFigures(), 64);
    expect(check).toEqual({ concurrency: 64, ratio: 0.5, throughputValid: true });
    expect(renderSanityLine(check)).toBe(
      'Sanity: raw-proxy/direct throughput c64 = 0.50 < 1, so the load generator is not the bottleneck and the throughput figures are valid.',
    );
  });

  it('says the load generator is the bottleneck when the raw proxy beats the direct read', () => {
    const check = checkLoadGenerator(withRawProxyRate(sampleFigures(), 1.08), 64);
    expect(check.ratio).toBeCloseTo(1.08, 10);
    expect(check.throughputValid).toBe(false);
    expect(renderSanityLine(check)).toMatch(
      /= 1\.08 ≥ 1: .*the load generator \(or the mock\) is the bottleneck\. The throughput figures are INVALID and not the gateway's\.$/,
    );
  });

  it('does not trust a tie: the raw proxy matching the direct read is a bottleneck too', () => {
    expect(checkLoadGenerator(withRawProxyRate(sampleFigures(), 1), 64).throughputValid).toBe(false);
  });

  it('vouches for nothing when a figure is missing', () => {
    const check = checkLoadGenerator(
      sampleFigures().filter((figure) => figure.target !== 'direct'),
      64,
    );
    expect(check).toEqual({ concurrency: 64, ratio: undefined, throughputValid: false });
    expect(renderSanityLine(check)).toContain('= n/a cannot be computed. The throughput figures are INVALID');
  });
});
