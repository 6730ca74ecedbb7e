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

/**
 * Completed streams per second, grouped by pace and concurrency, one bar per target; titled INVALID when the load
 * generator was the bottleneck of the run.
 */
export function renderThroughputChart(
  figures: readonly TargetFigures[],
  concurrencies: readonly number[],
  { valid }: { valid: boolean },
): string {
  return renderGroupedBarChart({
    title: valid
      ? 'Completed streams per second (higher is better)'
      : 'INVALID: the load generator was the bottleneck — completed streams per second',
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

/** CPU of each proxy's process per completed stream, at the realistic pace and at zero delay. */
export function renderCpuChart(figures: readonly TargetFigures[], concurrency: number): string {
  const proxies = figures.filter((figure) => figure.timings.paced.cpuMsPerStream !== undefined);
  return renderGroupedBarChart({
    title: 'CPU of the proxy process per stream (lower is better)',
    unit: 'ms',
    series: seriesOf(proxies),
    groups: [
      {
        label: `realistic, ${concurrency} at once`,
        values: proxies.map((figure) => figure.timings.paced.cpuMsPerStream),
      },
      {
        label: `zero-delay, ${concurrency} at once`,
        values: proxies.map((figure) => figure.timings.instant.cpuMsPerStream),
      },
    ],
  });
}

/** Memory each open realistic-pace stream costs a proxy's process, one group per number of open streams. */
export function renderMemoryChart(figures: readonly TargetFigures[], streamCounts: readonly number[]): string {
  const proxies = figures.filter((figure) => Object.keys(figure.memory).length > 0);
  return renderGroupedBarChart({
    title: 'Memory per open stream: peak RSS minus RSS at rest (lower is better)',
    unit: 'kB',
    series: seriesOf(proxies),
    groups: streamCounts.map((streams) => ({
      label: `${streams} streams open`,
      values: proxies.map((figure) => {
        const memory = figure.memory[streams];
        return memory === undefined ? undefined : memory.bytesPerStream / 1024;
      }),
    })),
  });
}
