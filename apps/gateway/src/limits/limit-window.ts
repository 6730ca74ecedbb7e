import type { ResetPeriod } from '../config/limits-schema.js';

/**
 * How a counter's windows are laid out. `calendar`: aligned to UTC clock and calendar (a `1m` window starts on the
 * minute, `1d` at midnight UTC, `1M` on the first of the month), so every counter of a kind resets at the same,
 * predictable moment. `rolling`: a window starts with the first request after the previous one ended and lasts one
 * period, so a key first used at 14:20 with a `1d` budget resets at 14:20 the next day.
 */
export type WindowAlignment = 'calendar' | 'rolling';

export interface WindowBounds {
  start: number;
  end: number;
}

const fixedUnitMs: Readonly<Record<string, number>> = {
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
};

/** `1h` → 1 and `h`. */
function parsePeriod(period: ResetPeriod): { count: number; unit: string } {
  const unit = period.slice(-1);
  return { count: Number(period.slice(0, -1)), unit };
}

/** Adds whole months in UTC, so a month-long window from 31 January ends on the last day of February. */
function addMonths(time: number, months: number): number {
  const date = new Date(time);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.getTime();
}

/** The end of a window of `period` starting at `start`. */
export function windowEnd(period: ResetPeriod, start: number): number {
  const { count, unit } = parsePeriod(period);
  if (unit === 'M') return addMonths(start, count);
  if (unit === 'Y') return addMonths(start, 12 * count);
  return start + count * (fixedUnitMs[unit] ?? 0);
}

/** The calendar window holding `time`: fixed units counted from the Unix epoch (weeks from Monday), months from January. */
function calendarWindow(period: ResetPeriod, time: number): WindowBounds {
  const { count, unit } = parsePeriod(period);
  if (unit === 'M' || unit === 'Y') {
    const months = unit === 'M' ? count : 12 * count;
    const date = new Date(time);
    const monthIndex = date.getUTCFullYear() * 12 + date.getUTCMonth();
    const startIndex = monthIndex - (monthIndex % months);
    const start = Date.UTC(Math.floor(startIndex / 12), startIndex % 12, 1);
    return { start, end: addMonths(start, months) };
  }
  const length = count * (fixedUnitMs[unit] ?? 1);
  // The epoch fell on a Thursday: weeks are shifted to start on Mondays, as ISO weeks do.
  const offset = unit === 'w' ? 4 * 86_400_000 : 0;
  const start = time - ((((time - offset) % length) + length) % length);
  return { start, end: start + length };
}

/**
 * The window a counter would be in at `time` if it had none yet (or its last one is over): the calendar window around
 * `time`, or for rolling windows one that starts now.
 */
export function candidateWindow(period: ResetPeriod, alignment: WindowAlignment, time: number): WindowBounds {
  return alignment === 'calendar' ? calendarWindow(period, time) : { start: time, end: windowEnd(period, time) };
}
