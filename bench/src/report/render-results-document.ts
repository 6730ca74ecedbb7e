import { timingLabels, timingNames } from '../plan/benchmark-plan.js';
import { type TargetId, targetLabels } from '../targets/target-id.js';
import { type BenchmarkReport, describeRun } from './benchmark-report.js';
import { goalConcurrency } from './compute-ratios.js';
import { formatDuration } from './format-figures.js';
import { checkLoadGenerator, renderSanityLine } from './load-generator-check.js';
import { describeMachine } from './machine-info.js';
import { renderMarkdownTable } from './markdown-table.js';
import { formatGoal, formatRatioValues, formatVerdict, renderRatioLine } from './render-ratio-line.js';
import { describeHarnessCpu, renderCpuTable, renderMemoryTable, renderTimingTable } from './report-tables.js';

/** What each target is, for readers who did not write the benchmark. */
const targetDescriptions: Record<TargetId, string> = {
  direct: 'the load generator reads the upstream’s OpenAI stream itself; the “added” figures are measured against it',
  'direct-bedrock':
    'the load generator reads the same reply as the upstream’s Bedrock event stream itself; the Bedrock pass-through row’s “added” figures are measured against it',
  'raw-proxy':
    'a minimal Node pass-through (`node:http` in and out, keep-alive to the upstream, bodies piped unparsed): the floor for a gateway written in Node',
  heimdall:
    'ConverseStream (`POST /bedrock/model/openai%2Fbench/converse-stream`) translated from the upstream’s OpenAI stream, Heimdall started from its command line with environment configuration',
  'heimdall-bedrock':
    'ConverseStream (`bedrock%2Fbench`) passed through from the upstream’s Bedrock event stream, Heimdall signing each request with SigV4 from static keys. The bundled mock renders the same 64-chunk reply as Bedrock frames (its recordings of real Bedrock replies hold a few dozen events of other sizes), so every row streams the same reply',
  portkey:
    'Portkey’s open-source gateway, streaming `/v1/chat/completions` from the same upstream through `x-portkey-custom-host`; it pauses about 25 ms on purpose before the first event',
};

/**
 * The published results as Markdown: the run (date, commit, machine, plan), how it was made and the sanity check of
 * the load generator; then CPU per stream and per chunk (the headline), the goals, one table per upstream pace,
 * memory per open stream, the ratio line and the notes.
 */
export function renderResultsDocument(report: BenchmarkReport): string {
  const { plan, figures } = report;
  const concurrencies = plan.throughputConcurrencies;
  const check = checkLoadGenerator(figures, goalConcurrency);
  const run = describeRun(report);
  const directFigures = figures.find((figure) => figure.target === 'direct');
  const harnessCpu = describeHarnessCpu(figures, goalConcurrency);
  const sections: string[] = ['# Benchmark: what Heimdall costs per stream'];
  if (plan.name === 'quick') {
    sections.push(
      '> **A quick run** (`HEIMDALL_BENCH_QUICK=1`): short runs that check the benchmark works. Its figures mean little; a full `pnpm bench` replaces them.',
    );
  }
  sections.push(
    `Measured on ${report.date.slice(0, 10)} at commit \`${report.revision}\` by \`pnpm bench\` (the run took ${formatDuration(report.durationMs)}) on ${describeMachine(report.machine)}. Every figure below comes from this one run (${run}).`,
    [
      `Every target streams the same reply from the same upstream on 127.0.0.1: 64 text chunks of about four tokens each, then usage, written in ${report.chunksPerStream} writes.`,
      'The upstream replays bytes the bundled mock rendered once at start-up, one write per chunk, from two worker processes on raw `node:net`, so it renders nothing per stream; the load generator is a client on raw `node:net` with keep-alive connections that walks only the HTTP framing, counting body bytes and looking for the end of each stream without decoding its events.',
      `Upstream, load generator and each proxy run in their own processes and share the machine’s ${report.machine.cores} cores.`,
      `Measurements are interleaved across targets and repeated ${plan.rounds} times after a warm-up; each figure is the median over the rounds.`,
      `Heimdall runs with \`LOG_LEVEL=${report.gatewayLogLevel}\`: its one log line per request is off, so logging cost is not part of these figures.`,
    ].join(' '),
    `**${renderSanityLine(check)}**`,
    figures.map((figure) => `- **${targetLabels[figure.target]}**: ${targetDescriptions[figure.target]}.`).join('\n'),
    '## CPU per stream and per chunk',
    [
      'User plus system CPU time of the proxy’s process alone (from `/proc/<pid>/stat`), over each measured run, divided by the streams it completed;',
      `per chunk is per stream divided by the upstream’s ${report.chunksPerStream} writes.`,
      `Both paces at concurrency ${concurrencies.at(-1)}; “× raw proxy” is the ratio to the raw proxy’s figure in the same run.`,
    ].join(' '),
    renderCpuTable(figures, goalConcurrency),
    ...(harnessCpu === undefined ? [] : [harnessCpu]),
    '![CPU per stream](cpu.svg)',
  );
  const goals = report.ratios.filter((entry) => entry.goal !== undefined);
  sections.push(
    '## Goals',
    'Reported, not asserted: each figure is a ratio of two figures of this run, or for memory a figure of this run.',
    renderMarkdownTable({
      header: ['Figure', 'Goal', 'Measured', 'Verdict', 'Run'],
      rows: goals.map((entry) => [
        entry.name,
        entry.goal ? formatGoal(entry.goal, entry.unit) : '',
        formatRatioValues(entry),
        formatVerdict(entry),
        run,
      ]),
    }),
  );
  for (const timing of timingNames) {
    const samples = directFigures?.timings[timing].latencySamples;
    sections.push(
      `## ${timingLabels[timing][0]?.toUpperCase()}${timingLabels[timing].slice(1)}`,
      [
        `Latency columns: time added over the direct read of the same wire format at concurrency 1 (${samples ?? '?'} streams per target per round), to the first body byte and to the end of the stream; the direct rows give their own times.`,
        'p99 is the difference of the two p99s, not a p99 of differences; with few streams per round it is close to the maximum.',
        `Throughput: completed streams per second over ${plan.throughputDurationMs[timing] / 1000} s${check.throughputValid ? '' : ', INVALID in this run (see the sanity line)'}.`,
      ].join(' '),
      renderTimingTable({ figures, timing, concurrencies, throughputValid: check.throughputValid }),
    );
  }
  sections.push(
    '![Completed streams per second](throughput.svg)\n\n![Latency added over direct](latency.svg)',
    '## Memory per open stream',
    [
      `Streams started together at the realistic pace, each on a connection of its own, against a process of the proxy fresh from start-up (a new one each round; ${plan.memoryRounds === 1 ? 'one round' : `${plan.memoryRounds} rounds, the median reported`}), so no earlier load’s heap is counted.`,
      `Each fresh process first serves ${plan.memoryWarmUp.requests} streams; then its resident memory is read (at rest), its peak (VmHWM) is reset, and the streams run.`,
      '“Per open stream” is peak minus rest, divided by the streams; the first-byte p99 shows how crowded the process was.',
    ].join(' '),
    renderMemoryTable(figures),
    '![Memory per open stream](memory.svg)',
    '## Ratio line',
    `\`\`\`text\n${renderRatioLine(report.ratios, run)}\n\`\`\``,
  );
  if (report.notes.length > 0) {
    sections.push('## Notes', report.notes.map((note) => `- ${note}`).join('\n'));
  }
  return `${sections.join('\n\n')}\n`;
}
