import { type TimingName, timingLabels, timingNames } from '../plan/benchmark-plan.js';
import type { TargetFigures } from '../stats/aggregate-figures.js';
import { type TargetId, targetLabels } from '../targets/target-id.js';
import type { BenchmarkReport } from './benchmark-report.js';
import { formatDuration, formatMegabytes, formatMilliseconds, formatRate } from './format-figures.js';
import { describeMachine } from './machine-info.js';
import { renderMarkdownTable } from './markdown-table.js';
import { formatGoal, formatRatioValues, formatVerdict, renderRatioLine } from './render-ratio-line.js';

/** What each target is, for readers who did not write the benchmark. */
const targetDescriptions: Record<TargetId, string> = {
  direct: 'the load generator reads the mock’s OpenAI stream itself; the “added” figures are measured against it',
  'direct-bedrock':
    'the load generator reads the same reply as the mock’s Bedrock event stream itself; the Bedrock pass-through row’s “added” figures are measured against it',
  'raw-proxy':
    'a minimal Node pass-through (`node:http` in and out, keep-alive to the upstream, bodies piped unparsed): the floor for a gateway written in Node',
  heimdall:
    'ConverseStream (`POST /bedrock/model/openai%2Fbench/converse-stream`) translated from the mock’s OpenAI stream, Heimdall started from its command line with environment configuration',
  'heimdall-bedrock':
    'ConverseStream (`bedrock%2Fbench`) passed through from the mock’s Bedrock event stream, Heimdall signing each request with SigV4 from static keys. The mock renders the same 64-chunk reply as Bedrock frames rather than replaying a recording (the recordings hold a few dozen events of other sizes), so every row streams the same reply',
  portkey:
    'Portkey’s open-source gateway, streaming `/v1/chat/completions` to the same mock through `x-portkey-custom-host`; it pauses about 25 ms on purpose before the first event',
};

function timingTable(figures: readonly TargetFigures[], timing: TimingName, concurrencies: readonly number[]): string {
  const rows = figures.map((figure) => {
    const own = figure.timings[timing];
    const shown = own.addedLatency ?? own.latency;
    const signed = own.addedLatency !== undefined;
    const latency = [shown.firstByteP50, shown.firstByteP99, shown.lastByteP50, shown.lastByteP99].map((value) =>
      formatMilliseconds(value, { signed }),
    );
    return [
      targetLabels[figure.target],
      ...latency,
      ...concurrencies.map((concurrency) => formatRate(own.streamsPerSecond[concurrency])),
      formatMilliseconds(own.cpuMsPerStream),
    ];
  });
  const highest = concurrencies.at(-1);
  return renderMarkdownTable({
    header: [
      'Target',
      'First byte p50',
      'First byte p99',
      'Last byte p50',
      'Last byte p99',
      ...concurrencies.map((concurrency) => `Streams/s at ${concurrency}`),
      `CPU per stream (at ${highest})`,
    ],
    rows,
    alignments: ['left', ...(rows[0]?.slice(1).map(() => 'right' as const) ?? [])],
  });
}

/**
 * The published results as Markdown: the machine and the date, how the run was made, one table per upstream pace,
 * memory, the goals with their verdicts, the ratio line and the notes.
 */
export function renderResultsDocument(report: BenchmarkReport): string {
  const { plan, figures } = report;
  const concurrencies = plan.throughputConcurrencies;
  const directFigures = figures.find((figure) => figure.target === 'direct');
  const sections: string[] = [
    '# Benchmark: what Heimdall adds to a stream',
    `Measured on ${report.date.slice(0, 10)} at commit \`${report.revision}\` by \`pnpm bench\` (the run took ${formatDuration(report.durationMs)}) on ${describeMachine(report.machine)}.`,
    [
      'Every target streams the same reply from the same mock upstream on 127.0.0.1: 64 text chunks of about four tokens each, then usage.',
      `The mock, each proxy and the load generator (an undici client that reads every stream to its end and times its first body byte) run in their own processes and share the machine’s ${report.machine.cores} cores.`,
      `Measurements are interleaved across targets and repeated ${plan.rounds} times after a warm-up; each figure is the median over the rounds.`,
      `Heimdall runs with \`LOG_LEVEL=${report.gatewayLogLevel}\`: its one log line per request is off, so logging cost is not part of these figures.`,
    ].join(' '),
    figures.map((figure) => `- **${targetLabels[figure.target]}**: ${targetDescriptions[figure.target]}.`).join('\n'),
    '![Completed streams per second](throughput.svg)\n\n![Latency added over direct](latency.svg)',
  ];
  for (const timing of timingNames) {
    const samples = directFigures?.timings[timing].latencySamples;
    sections.push(
      `## ${timingLabels[timing][0]?.toUpperCase()}${timingLabels[timing].slice(1)}`,
      [
        `Latency columns: time added over the direct read of the same wire format at concurrency 1 (${samples ?? '?'} streams per target per round), to the first body byte and to the end of the stream; the direct rows give their own times.`,
        'p99 is the difference of the two p99s, not a p99 of differences; with few streams per round it is close to the maximum.',
        `Throughput: completed streams per second over ${plan.throughputDurationMs[timing] / 1000} s. CPU: user plus system time of the proxy’s process per completed stream.`,
      ].join(' '),
      timingTable(figures, timing, concurrencies),
    );
  }
  sections.push(
    '## Memory',
    `Peak resident memory (VmHWM, reset before the load) of each proxy’s process while ${plan.memory.concurrency} streams at the realistic pace are open together.`,
    '![Peak resident memory](memory.svg)',
    renderMarkdownTable({
      header: ['Target', `Peak RSS, ${plan.memory.concurrency} streams`],
      rows: figures
        .filter((figure) => figure.peakRssBytes !== undefined)
        .map((figure) => [targetLabels[figure.target], formatMegabytes(figure.peakRssBytes)]),
      alignments: ['left', 'right'],
    }),
  );
  const goals = report.ratios.filter((entry) => entry.goal !== undefined);
  sections.push(
    '## Goals',
    'Reported, not asserted. Ratios use the zero-delay figures, where only the proxies’ own cost shows; throughput at concurrency 64.',
    renderMarkdownTable({
      header: ['Comparison', 'Goal', 'Measured', 'Verdict'],
      rows: goals.map((entry) => [
        entry.name,
        entry.goal ? formatGoal(entry.goal, entry.unit) : '',
        formatRatioValues(entry),
        formatVerdict(entry),
      ]),
    }),
    '## Ratio line',
    `\`\`\`text\n${renderRatioLine(report.ratios)}\n\`\`\``,
  );
  if (report.notes.length > 0) {
    sections.push('## Notes', report.notes.map((note) => `- ${note}`).join('\n'));
  }
  return `${sections.join('\n\n')}\n`;
}
