import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * CPU ticks spent by a process in user and kernel mode, from a `/proc/<pid>/stat` line (fields 14 and 15). The
 * command name (field 2) may hold spaces and parentheses, so fields are counted from its closing parenthesis.
 * @see https://man7.org/linux/man-pages/man5/proc_pid_stat.5.html
 */
export function parseProcStat(line: string): { userTicks: number; systemTicks: number } {
  const afterName = line.slice(line.lastIndexOf(')') + 2).split(' ');
  // afterName[0] is field 3 (state), so field N sits at index N - 3.
  const userTicks = Number(afterName[14 - 3]);
  const systemTicks = Number(afterName[15 - 3]);
  if (!Number.isInteger(userTicks) || !Number.isInteger(systemTicks)) {
    throw new Error(`Cannot read CPU ticks from /proc stat line: ${line.slice(0, 120)}`);
  }
  return { userTicks, systemTicks };
}

/**
 * Current and peak resident memory, in bytes, from `/proc/<pid>/status` (`VmRSS`, `VmHWM`, given in kB).
 * @see https://man7.org/linux/man-pages/man5/proc_pid_status.5.html
 */
export function parseProcStatus(text: string): { rssBytes: number; peakRssBytes: number } {
  const kilobytes = (field: string) => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(text);
    if (!match) throw new Error(`/proc status has no ${field} line`);
    return Number(match[1]) * 1024;
  };
  return { rssBytes: kilobytes('VmRSS'), peakRssBytes: kilobytes('VmHWM') };
}

let clockTicksPerSecond: number | undefined;

/** The kernel's clock ticks per second (`getconf CLK_TCK`), the unit of `/proc` CPU times. */
function ticksPerSecond(): number {
  if (clockTicksPerSecond === undefined) {
    const output = execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim();
    const value = Number(output);
    if (!(Number.isInteger(value) && value > 0)) throw new Error(`getconf CLK_TCK gave "${output}"`);
    clockTicksPerSecond = value;
  }
  return clockTicksPerSecond;
}

/** User plus system CPU time a running process has used so far, in milliseconds. */
export function readCpuMs(pid: number): number {
  const { userTicks, systemTicks } = parseProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  return ((userTicks + systemTicks) * 1000) / ticksPerSecond();
}

/** A running process's resident memory now and at its peak, in bytes. */
export function readMemory(pid: number): { rssBytes: number; peakRssBytes: number } {
  return parseProcStatus(readFileSync(`/proc/${pid}/status`, 'utf8'));
}

/**
 * Resets a process's peak resident memory (`VmHWM`) to its current value, so the next peak belongs to the next load
 * alone rather than to warm-up or earlier runs.
 * @see https://man7.org/linux/man-pages/man5/proc_pid_clear_refs.5.html (value 5)
 */
export function resetPeakMemory(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}
