import { niceTicks } from './nice-ticks.js';

/** One bar colour per series (a target), repeated in every group. */
export interface ChartSeries {
  name: string;
  color: string;
}

/** One cluster of bars (a measure), with one value per series; `undefined` leaves that bar out. */
export interface ChartGroup {
  label: string;
  values: ReadonlyArray<number | undefined>;
}

export interface GroupedBarChart {
  title: string;
  /** Shown on the value axis and after each bar's value. */
  unit: string;
  series: readonly ChartSeries[];
  groups: readonly ChartGroup[];
  width?: number;
  height?: number;
}

function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

const round = (value: number) => Number(value.toFixed(2));

function formatBarValue(value: number): string {
  const magnitude = Math.abs(value);
  return value.toFixed(magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2);
}

/**
 * A self-contained SVG of grouped vertical bars with a value axis, a label per group, the value over each bar and
 * a legend. Negative values (an added latency below the noise) hang below the zero line.
 */
export function renderGroupedBarChart(chart: GroupedBarChart): string {
  const { title, unit, series, groups, width = 800, height = 400 } = chart;
  for (const group of groups) {
    if (group.values.length !== series.length) {
      throw new Error(`Chart group "${group.label}" has ${group.values.length} values for ${series.length} series`);
    }
  }
  const legendHeight = 20 * Math.ceil(series.length / 3);
  const plot = { left: 70, top: 48, right: width - 16, bottom: height - 40 - legendHeight };
  const values = groups.flatMap((group) => group.values.filter((value): value is number => value !== undefined));
  const { ticks } = niceTicks({ minimum: Math.min(0, ...values), maximum: Math.max(0, ...values) });
  const low = ticks[0] ?? 0;
  const high = ticks.at(-1) ?? 1;
  const y = (value: number) => round(plot.bottom - ((value - low) / (high - low)) * (plot.bottom - plot.top));
  const groupWidth = (plot.right - plot.left) / Math.max(1, groups.length);
  const barWidth = round((groupWidth * 0.8) / Math.max(1, series.length));

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12" role="img" aria-labelledby="chart-title">`,
    `<title id="chart-title">${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${width / 2}" y="24" text-anchor="middle" font-size="16" font-weight="600">${escapeXml(title)}</text>`,
    `<text x="16" y="${round((plot.top + plot.bottom) / 2)}" text-anchor="middle" transform="rotate(-90 16 ${round((plot.top + plot.bottom) / 2)})">${escapeXml(unit)}</text>`,
  ];
  for (const tick of ticks) {
    parts.push(
      `<line x1="${plot.left}" x2="${plot.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="${tick === 0 ? '#333333' : '#e0e0e0'}"/>`,
      `<text x="${plot.left - 6}" y="${y(tick) + 4}" text-anchor="end">${tick}</text>`,
    );
  }
  for (const [groupIndex, group] of groups.entries()) {
    const groupLeft = plot.left + groupIndex * groupWidth + groupWidth * 0.1;
    for (const [seriesIndex, value] of group.values.entries()) {
      const color = series[seriesIndex]?.color ?? '#888888';
      if (value === undefined) continue;
      const x = round(groupLeft + seriesIndex * barWidth);
      const top = Math.min(y(value), y(0));
      const barHeight = round(Math.abs(y(value) - y(0)));
      const labelY = value >= 0 ? top - 4 : top + barHeight + 12;
      parts.push(
        `<rect class="bar" x="${x}" y="${top}" width="${round(barWidth - 2)}" height="${barHeight}" fill="${color}"><title>${escapeXml(`${series[seriesIndex]?.name ?? ''}, ${group.label}: ${formatBarValue(value)} ${unit}`)}</title></rect>`,
        `<text x="${round(x + barWidth / 2 - 1)}" y="${round(labelY)}" text-anchor="middle" font-size="10">${formatBarValue(value)}</text>`,
      );
    }
    parts.push(
      `<text x="${round(plot.left + (groupIndex + 0.5) * groupWidth)}" y="${plot.bottom + 18}" text-anchor="middle">${escapeXml(group.label)}</text>`,
    );
  }
  for (const [index, item] of series.entries()) {
    const x = plot.left + (index % 3) * 240;
    const legendY = height - legendHeight - 4 + Math.floor(index / 3) * 20;
    parts.push(
      `<rect x="${x}" y="${legendY}" width="12" height="12" fill="${item.color}"/>`,
      `<text x="${x + 18}" y="${legendY + 10}">${escapeXml(item.name)}</text>`,
    );
  }
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
