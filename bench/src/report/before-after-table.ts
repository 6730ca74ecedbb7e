import { type BenchmarkReport, describeRun } from './benchmark-report.js';
import { goalConcurrency, goalMemoryStreams } from './compute-ratios.js';
import { formatKilobytes, formatMegabytes, formatMilliseconds, formatRate, formatRatio } from './format-figures.js';
import { checkLoadGenerator } from './load-generator-check.js';
import { renderMarkdownTable } from './markdown-table.js';

/** The lines that enclose the table `pnpm bench` keeps in `before-after.md`; the rest of the file is prose. */
export const beforeAfterMarkers = {
  start: '<!-- pnpm bench keeps the rows below: one per HEIMDALL_BENCH_CHANGE -->',
  end: '<!-- end of the rows pnpm bench keeps -->',
} as const;

/** The largest number of open streams the run measured, whose per-stream memory the table shows. */
const mostStreams = (report: BenchmarkReport) => Math.max(...report.plan.memoryStreams);

export function beforeAfterHeader(report: BenchmarkReport): string[] {
  return [
    'Change',
    'Run',
    'Heimdall CPU per stream, realistic',
    `Heimdall CPU per stream, zero delay c${goalConcurrency}`,
    'Heimdall added first byte p50',
    `Peak RSS, ${goalMemoryStreams} streams`,
    `Per open stream, ${mostStreams(report)} streams`,
    `Heimdall streams/s at ${goalConcurrency}`,
  ];
}

/** A figure of Heimdall's with its ratio to the raw proxy's in the same run: `9.10 ms (1.52×)`. */
function withRatio(own: number | undefined, rawProxy: number | undefined, text: string): string {
  if (own === undefined) return '—';
  return `${text} (${formatRatio(rawProxy !== undefined && rawProxy > 0 ? own / rawProxy : undefined)})`;
}

/** What one run bought, in the figures that matter: Heimdall's (OpenAI path), each with its ratio to the raw proxy. */
export function beforeAfterRow(report: BenchmarkReport, change: string): string[] {
  const heimdall = report.figures.find((figure) => figure.target === 'heimdall');
  const rawProxy = report.figures.find((figure) => figure.target === 'raw-proxy');
  const cpu = (timing: 'paced' | 'instant') => {
    const own = heimdall?.timings[timing].cpuMsPerStream;
    return withRatio(own, rawProxy?.timings[timing].cpuMsPerStream, formatMilliseconds(own));
  };
  const added = heimdall?.timings.instant.addedLatency?.firstByteP50;
  const valid = checkLoadGenerator(report.figures, goalConcurrency).throughputValid;
  const rate = formatRate(heimdall?.timings.instant.streamsPerSecond[goalConcurrency]);
  return [
    change,
    describeRun(report),
    cpu('paced'),
    cpu('instant'),
    withRatio(added, rawProxy?.timings.instant.addedLatency?.firstByteP50, formatMilliseconds(added, { signed: true })),
    formatMegabytes(heimdall?.memory[goalMemoryStreams]?.peakRssBytes),
    formatKilobytes(heimdall?.memory[mostStreams(report)]?.bytesPerStream),
    valid ? rate : `${rate} (invalid)`,
  ];
}

function readRow(line: string): string[] {
  return line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

/**
 * `document` with `row` in the table between {@link beforeAfterMarkers}: in place of the row of the same change,
 * else at the end, under `header`. Throws when the markers are missing, rather than writing the row nowhere.
 */
export function addBeforeAfterRow({
  document,
  header,
  row,
}: {
  document: string;
  header: readonly string[];
  row: readonly string[];
}): string {
  const start = document.indexOf(beforeAfterMarkers.start);
  const end = document.indexOf(beforeAfterMarkers.end);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`before-after.md has no "${beforeAfterMarkers.start}" … "${beforeAfterMarkers.end}" section`);
  }
  const inside = document.slice(start + beforeAfterMarkers.start.length, end);
  // The first two table lines are the header and the rule; every later one is a row.
  const rows = inside
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map(readRow)
    .filter((existing) => existing[0] !== row[0]);
  const table = renderMarkdownTable({ header, rows: [...rows, row] });
  return `${document.slice(0, start)}${beforeAfterMarkers.start}\n\n${table}\n\n${document.slice(end)}`;
}
