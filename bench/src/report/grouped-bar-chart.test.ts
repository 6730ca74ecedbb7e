import { describe, expect, it } from 'vitest';
import { renderGroupedBarChart } from './grouped-bar-chart.js';

const series = [
  { name: 'raw proxy', color: '#4c78a8' },
  { name: 'Heimdall', color: '#f58518' },
];

function bars(svg: string) {
  return [...svg.matchAll(/<rect class="bar" x="([\d.]+)" y="([\d.]+)" width="[\d.]+" height="([\d.]+)"/g)].map(
    (match) => ({ x: Number(match[1]), y: Number(match[2]), height: Number(match[3]) }),
  );
}

describe('renderGroupedBarChart', () => {
  it('draws one bar per value, in proportion to the values', () => {
    const svg = renderGroupedBarChart({
      title: 'Streams per second',
      unit: 'streams/s',
      series,
      groups: [{ label: 'c16', values: [100, 50] }],
    });
    const [first, second] = bars(svg);
    expect(first?.height).toBeGreaterThan(0);
    expect(second?.height).toBeCloseTo((first?.height ?? 0) / 2, 0);
    expect(svg).toContain('>100<');
    expect(svg).toContain('>50.0<');
  });

  it('leaves out a bar whose value is missing but keeps the group', () => {
    const svg = renderGroupedBarChart({
      title: 'Latency',
      unit: 'ms',
      series,
      groups: [
        { label: 'p50', values: [1, undefined] },
        { label: 'p99', values: [2, 3] },
      ],
    });
    expect(bars(svg)).toHaveLength(3);
    expect(svg).toContain('>p50<');
  });

  it('hangs a negative value below the zero line', () => {
    const svg = renderGroupedBarChart({ title: 't', unit: 'ms', series, groups: [{ label: 'g', values: [2, -1] }] });
    const [positive, negative] = bars(svg);
    const zeroLine = (positive?.y ?? 0) + (positive?.height ?? 0);
    expect(negative?.y).toBeCloseTo(zeroLine, 1);
  });

  it('escapes text so a label cannot break the SVG', () => {
    const svg = renderGroupedBarChart({
      title: 'A <b> & "c"',
      unit: 'ms',
      series: [{ name: 'x<y', color: '#000000' }],
      groups: [{ label: 'a&b', values: [1] }],
    });
    expect(svg).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
    expect(svg).toContain('x&lt;y');
    expect(svg).not.toContain('a&b');
  });

  it('refuses a group whose values do not match the series', () => {
    expect(() =>
      renderGroupedBarChart({ title: 't', unit: 'ms', series, groups: [{ label: 'g', values: [1] }] }),
    ).toThrow(/1 values for 2 series/);
  });
});
