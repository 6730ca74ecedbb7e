import { type Goal, goalHolds, type RatioEntry } from './compute-ratios.js';

const goalSymbols: Record<Goal['comparison'], string> = { 'at-most': '≤', 'at-least': '≥', below: '<' };

/** A unit after a number: `×` sticks to it (`1.20×`), any other is spaced (`96 MB`). */
function withUnit(text: string, unit?: string): string {
  if (!unit) return text;
  return unit === '×' ? `${text}×` : `${text} ${unit}`;
}

/** `≤ 1.5×`, `≥ 3`, `< 150 MB`: a goal as the reader checks it. */
export function formatGoal(goal: Goal, unit?: string): string {
  return `${goalSymbols[goal.comparison]} ${withUnit(String(goal.limit), unit)}`;
}

/** What a goal came to: `holds`, `missed`, or `unknown` when a figure is missing or invalid. */
export function formatVerdict(entry: RatioEntry): string {
  const holds = goalHolds(entry);
  return holds === undefined ? 'unknown' : holds ? 'holds' : 'missed';
}

function formatValue(value: number | undefined, unit?: string): string {
  if (value === undefined) return 'n/a';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return withUnit(value.toFixed(digits), unit);
}

/** The measured side of an entry: `1.20× realistic, 0.45× zero delay c64`, `96.3 MB`, `1.08× (INVALID: …)`. */
export function formatRatioValues(entry: RatioEntry): string {
  const values = entry.values
    .map(({ label, value }) => `${formatValue(value, entry.unit)}${label ? ` ${label}` : ''}`)
    .join(', ');
  return entry.invalidReason === undefined ? values : `${values} (INVALID: ${entry.invalidReason})`;
}

/** One entry: `CPU per stream, realistic pace, OpenAI path / raw proxy = 1.20× (goal ≤ 1.5×: holds)`. */
export function formatRatioEntry(entry: RatioEntry): string {
  const values = formatRatioValues(entry);
  const goal = entry.goal ? ` (goal ${formatGoal(entry.goal, entry.unit)}: ${formatVerdict(entry)})` : '';
  return `${entry.name} = ${values}${goal}`;
}

/**
 * The one line the benchmark prints last: which run it is (`2026-12-01, 1a2b3c4-dirty`), then every comparison,
 * separated by semicolons.
 */
export function renderRatioLine(entries: readonly RatioEntry[], run: string): string {
  return `[${run}] ${entries.map(formatRatioEntry).join('; ')}`;
}
