import { timingNames } from '../plan/benchmark-plan.js';
import type { TargetFigures } from '../stats/aggregate-figures.js';
import { baselineOf, type TargetId, targetLabels } from '../targets/target-id.js';
import { renderGroupedBarChart } from './grouped-bar-chart.js';

/** One colour per target, the same in every chart (colour-blind-safe Tableau hues). */
const targetColors: Record<TargetId, string> = {
  direct: '#9d9d9d',
  'direct-bedrock': '#bab0ac',
  'raw-proxy': '#4c78a8',
  heimdall: '#f58518',
  'heimdall-bedrock': '#e45756',
  portkey: '#54a24b',
};

const timingShortLabels = { instant: 'zero-delay', paced: 'realistic' } as const;

const seriesOf = (figures: readonly TargetFigures[]) =>
  figures.map((figure) => ({ name: targetLabels[figure.target], color: targetColors[figure.target] }));

/** Completed streams per second, grouped by pace and concurrency, one bar per target. */
export function renderThroughputChart(figures: readonly TargetFigures[], concurrencies: readonly number[]): string {
  return renderGroupedBarChart({
    title: 'Completed streams per second (higher is better)',
    unit: 'streams/s',
    series: seriesOf(figures),
    groups: timingNames.flatMap((timing) =>
      concurrencies.map((concurrency) => ({
        label: `${timingShortLabels[timing]}, ${concurrency} at once`,
        values: figures.map((figure) => figure.timings[timing].streamsPerSecond[concurrency]),
      })),
    ),
  });
}

/** Time added over direct at concurrency 1, one bar per proxy; the direct reads themselves have nothing to add. */
export function renderLatencyChart(figures: readonly TargetFigures[]): string {
  const proxies = figures.filter((figure) => baselineOf(figure.target) !== undefined);
  const added = (figure: TargetFigures, timing: 'instant' | 'paced') => figure.timings[timing].addedLatency;
  return renderGroupedBarChart({
    title: 'Latency added over direct at concurrency 1 (lower is better)',
    unit: 'ms',
    series: seriesOf(proxies),
    groups: [
      { label: 'zero-delay, first byte p50', values: proxies.map((figure) => added(figure, 'instant')?.firstByteP50) },
      { label: 'zero-delay, first byte p99', values: proxies.map((figure) => added(figure, 'instant')?.firstByteP99) },
      { label: 'zero-delay, last byte p50', values: proxies.map((figure) => added(figure, 'instant')?.lastByteP50) },
      { label: 'realistic, first byte p50', values: proxies.map((figure) => added(figure, 'paced')?.firstByteP50) },
      { label: 'realistic, last byte p50', values: proxies.map((figure) => added(figure, 'paced')?.lastByteP50) },
    ],
    width: 960,
  });
}

/** Peak resident memory of each proxy's process with many streams open. */
export function renderMemoryChart(figures: readonly TargetFigures[], concurrentStreams: number): string {
  const proxies = figures.filter((figure) => figure.peakRssBytes !== undefined);
  return renderGroupedBarChart({
    title: `Peak RSS with ${concurrentStreams} concurrent streams (lower is better)`,
    unit: 'MB',
    series: seriesOf(proxies),
    groups: [
      {
        label: 'peak resident memory',
        values: proxies.map((figure) => (figure.peakRssBytes ?? 0) / (1024 * 1024)),
      },
    ],
    width: 560,
  });
}
