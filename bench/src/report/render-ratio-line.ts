import { type Goal, goalHolds, type RatioEntry } from './compute-ratios.js';

const goalSymbols: Record<Goal['comparison'], string> = { 'at-most': '≤', 'at-least': '≥', below: '<' };

/** `≤ 1.5`, `≥ 3`, `< 150 MB`: a goal as the reader checks it. */
export function formatGoal(goal: Goal, unit?: string): string {
  return `${goalSymbols[goal.comparison]} ${goal.limit}${unit ? ` ${unit}` : ''}`;
}

/** What a goal came to: `holds`, `missed`, or `unknown` when a figure is missing. */
export function formatVerdict(entry: RatioEntry): string {
  const holds = goalHolds(entry);
  return holds === undefined ? 'unknown' : holds ? 'holds' : 'missed';
}

function formatValue(value: number | undefined, unit?: string): string {
  if (value === undefined) return 'n/a';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)}${unit ? ` ${unit}` : ''}`;
}

/** The measured side of an entry: `1.20 first byte, 1.40 last byte`, `96.3 MB`. */
export function formatRatioValues(entry: RatioEntry): string {
  return entry.values
    .map(({ label, value }) => `${formatValue(value, entry.unit)}${label ? ` ${label}` : ''}`)
    .join(', ');
}

/** One entry: `heimdall/raw-proxy added-latency p50 = 1.20 first byte, 1.40 last byte (goal ≤ 1.5: holds)`. */
export function formatRatioEntry(entry: RatioEntry): string {
  const values = formatRatioValues(entry);
  const goal = entry.goal ? ` (goal ${formatGoal(entry.goal, entry.unit)}: ${formatVerdict(entry)})` : '';
  return `${entry.name} = ${values}${goal}`;
}

/** The one line the benchmark prints last: every comparison, separated by semicolons. */
export function renderRatioLine(entries: readonly RatioEntry[]): string {
  return entries.map(formatRatioEntry).join('; ');
}
