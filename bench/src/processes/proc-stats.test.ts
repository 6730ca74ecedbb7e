import { describe, expect, it } from 'vitest';
import { parseProcStat, parseProcStatus } from './proc-stats.js';

describe('parseProcStat', () => {
  it('reads user and system ticks (fields 14 and 15)', () => {
    const line =
      '4242 (node) S 1 4242 4242 0 -1 4194560 12000 0 3 0 1534 287 0 0 20 0 11 0 90211 1234567 20000 18446744073709551615';
    expect(parseProcStat(line)).toEqual({ userTicks: 1534, systemTicks: 287 });
  });

  it('is not thrown off by spaces and parentheses in the command name', () => {
    const line = '7 (my (odd) name) R 1 7 7 0 -1 0 0 0 0 0 10 20 0 0 20 0 1 0 5 100 10';
    expect(parseProcStat(line)).toEqual({ userTicks: 10, systemTicks: 20 });
  });

  it('fails with the line it could not read rather than reporting zero CPU', () => {
    expect(() => parseProcStat('garbage')).toThrow(/Cannot read CPU ticks/);
  });
});

describe('parseProcStatus', () => {
  it('reads current and peak resident memory in bytes', () => {
    const text = ['Name:\tnode', 'VmPeak:\t 1000000 kB', 'VmHWM:\t   90000 kB', 'VmRSS:\t   81234 kB', ''].join('\n');
    expect(parseProcStatus(text)).toEqual({ rssBytes: 81234 * 1024, peakRssBytes: 90000 * 1024 });
  });

  it('names the missing field of a status it cannot read', () => {
    expect(() => parseProcStatus('Name:\tnode\nVmRSS:\t 1 kB\n')).toThrow(/no VmHWM line/);
  });
});
