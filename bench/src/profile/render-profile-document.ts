import { formatDuration } from '../report/format-figures.js';
import { describeMachine, type MachineInfo } from '../report/machine-info.js';
import { renderMarkdownTable } from '../report/markdown-table.js';
import type { HotSpot, ProfileSummary } from './cpu-profile.js';

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
const milliseconds = (value: number) => `${value.toFixed(0)} ms`;

function hotSpotTable(spots: readonly HotSpot[]): string {
  return renderMarkdownTable({
    header: ['Share', 'Time', 'Function', 'Where', 'Module'],
    rows: spots.map((spot) => [
      percent(spot.share),
      milliseconds(spot.milliseconds),
      `\`${spot.functionName}\``,
      spot.location ? `\`${spot.location}\`` : '',
      spot.module,
    ]),
    alignments: ['right', 'right', 'left', 'left', 'left'],
  });
}

/** The CPU profile of Heimdall under one benchmark load, as Markdown: where its busy time goes. */
export function renderProfileDocument({
  date,
  pace,
  subject = 'Heimdall',
  machine,
  load,
  summary,
}: {
  date: string;
  /** The upstream's pace, named in the title. */
  pace: 'zero-delay' | 'realistic-pace';
  /** What was profiled: Heimdall, or the raw proxy it is compared with. */
  subject?: string;
  machine: MachineInfo;
  /** What the gateway served while profiled, in words. */
  load: string;
  summary: ProfileSummary;
}): string {
  const busyMs = summary.totalMs - summary.idleMs;
  return `${[
    `# ${subject} CPU profile under the ${pace} benchmark load`,
    `Recorded on ${date.slice(0, 10)} by \`pnpm --filter @heimdall/bench profile-gateway\` on ${describeMachine(machine)}: the process ran with \`node --cpu-prof\` (Heimdall with \`LOG_LEVEL=warn\`) while ${load}.`,
    `Profile length ${formatDuration(summary.totalMs)}; busy ${milliseconds(busyMs)} (idle ${milliseconds(summary.idleMs)}), of which garbage collection ${milliseconds(summary.garbageCollectionMs)}. Shares below are of the busy time. Locations of the project's own code are traced back to the TypeScript source through the build's source maps; a function's location is where it starts.`,
    '## Where the busy time goes',
    'Each sample is counted once, by where its work came from: a socket write on top of the stack as the system call it is (on loopback it carries the delivery to the reader), anything under the HTTP client reading a reply as reading the upstream (the translation of a chunk runs there), promise jobs as the handlers, encoding and writing they run.',
    renderMarkdownTable({
      header: ['Share', 'Time', 'Phase'],
      rows: summary.byPhase.map((entry) => [percent(entry.share), milliseconds(entry.milliseconds), entry.phase]),
      alignments: ['right', 'right', 'left'],
    }),
    '## Self time by module',
    renderMarkdownTable({
      header: ['Share', 'Time', 'Module'],
      rows: summary.byModule.map((entry) => [percent(entry.share), milliseconds(entry.milliseconds), entry.module]),
      alignments: ['right', 'right', 'left'],
    }),
    '## Hottest functions (self time)',
    hotSpotTable(summary.selfTime),
    '## The project’s own functions, with what they call (inclusive time)',
    hotSpotTable(summary.inclusiveTime),
  ].join('\n\n')}\n`;
}
