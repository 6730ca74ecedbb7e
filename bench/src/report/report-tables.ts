import type { TimingName } from '../plan/benchmark-plan.js';
import type { TargetFigures } from '../stats/aggregate-figures.js';
import { targetLabels } from '../targets/target-id.js';
import {
  formatKilobytes,
  formatMegabytes,
  formatMicroseconds,
  formatMilliseconds,
  formatRate,
  formatRatio,
} from './format-figures.js';
import { renderMarkdownTable } from './markdown-table.js';

const numbersRight = (columns: number) => [
  'left' as const,
  ...Array.from({ length: columns - 1 }, () => 'right' as const),
];

/**
 * The headline: CPU of each proxy's process per stream and per chunk, at the realistic pace and at zero delay,
 * with its ratio to the raw proxy's in the same run. Targets without a process of their own are left out.
 */
export function renderCpuTable(figures: readonly TargetFigures[], concurrency: number): string {
  const rawProxy = figures.find((figure) => figure.target === 'raw-proxy');
  const proxies = figures.filter((figure) => figure.timings.paced.cpuMsPerStream !== undefined);
  const overRawProxy = (figure: TargetFigures, timing: TimingName) => {
    const own = figure.timings[timing].cpuMsPerStream;
    const baseline = rawProxy?.timings[timing].cpuMsPerStream;
    return formatRatio(own !== undefined && baseline !== undefined && baseline > 0 ? own / baseline : undefined);
  };
  const header = [
    'Target',
    'Realistic: CPU per stream',
    'per chunk',
    '× raw proxy',
    `Zero delay c${concurrency}: CPU per stream`,
    'per chunk',
    '× raw proxy',
  ];
  const rows = proxies.map((figure) => [
    targetLabels[figure.target],
    formatMilliseconds(figure.timings.paced.cpuMsPerStream),
    formatMicroseconds(figure.timings.paced.cpuMsPerChunk),
    overRawProxy(figure, 'paced'),
    formatMilliseconds(figure.timings.instant.cpuMsPerStream),
    formatMicroseconds(figure.timings.instant.cpuMsPerChunk),
    overRawProxy(figure, 'instant'),
  ]);
  return renderMarkdownTable({ header, rows, alignments: numbersRight(header.length) });
}

/**
 * What the load generator and the upstream spent per stream at zero delay, where they work hardest: the reader's
 * evidence, beside the sanity line, that the proxies' figures are not theirs.
 */
export function describeHarnessCpu(figures: readonly TargetFigures[], concurrency: number): string | undefined {
  const direct = figures.find((figure) => figure.target === 'direct')?.timings.instant.harnessCpuMsPerStream;
  const rawProxy = figures.find((figure) => figure.target === 'raw-proxy')?.timings.instant.harnessCpuMsPerStream;
  if (direct === undefined || rawProxy === undefined) return undefined;
  return [
    `For scale, at zero delay and concurrency ${concurrency} the load generator spent ${formatMilliseconds(direct.generator)} of CPU per stream reading the upstream directly`,
    `(${formatMilliseconds(rawProxy.generator)} through the raw proxy), and the upstream ${formatMilliseconds(direct.upstream)} per stream, each in processes of their own.`,
  ].join(' ');
}

/**
 * One pace's latency (added over direct, or direct's own) and throughput. Throughput cells say `invalid` when the
 * load generator was the bottleneck, so no reader takes them for the proxies' figures.
 */
export function renderTimingTable({
  figures,
  timing,
  concurrencies,
  throughputValid,
}: {
  figures: readonly TargetFigures[];
  timing: TimingName;
  concurrencies: readonly number[];
  throughputValid: boolean;
}): string {
  const rows = figures.map((figure) => {
    const own = figure.timings[timing];
    const shown = own.addedLatency ?? own.latency;
    const signed = own.addedLatency !== undefined;
    const latency = [shown.firstByteP50, shown.firstByteP99, shown.lastByteP50, shown.lastByteP99].map((value) =>
      formatMilliseconds(value, { signed }),
    );
    const rates = concurrencies.map((concurrency) => {
      const rate = formatRate(own.streamsPerSecond[concurrency]);
      return throughputValid ? rate : `${rate} (invalid)`;
    });
    return [targetLabels[figure.target], ...latency, ...rates];
  });
  const header = [
    'Target',
    'First byte p50',
    'First byte p99',
    'Last byte p50',
    'Last byte p99',
    ...concurrencies.map((concurrency) => `Streams/s at ${concurrency}`),
  ];
  return renderMarkdownTable({ header, rows, alignments: numbersRight(header.length) });
}

/** Memory of each proxy's process with many realistic-pace streams open, one row per target and number of streams. */
export function renderMemoryTable(figures: readonly TargetFigures[]): string {
  const rows = figures.flatMap((figure) =>
    Object.values(figure.memory).map((memory) => [
      targetLabels[figure.target],
      String(memory.streams),
      formatMegabytes(memory.restRssBytes),
      formatMegabytes(memory.peakRssBytes),
      formatKilobytes(memory.bytesPerStream),
      formatMilliseconds(memory.firstByteP99Ms),
      String(memory.failed),
    ]),
  );
  const header = ['Target', 'Open streams', 'RSS at rest', 'Peak RSS', 'Per open stream', 'First byte p99', 'Failed'];
  return renderMarkdownTable({ header, rows, alignments: numbersRight(header.length) });
}
