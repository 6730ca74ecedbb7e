import { describe, expect, it } from 'vitest';
import { candidateWindow } from './limit-window.js';

const at = (iso: string) => Date.parse(iso);

describe('limit windows', () => {
  it('start a calendar minute on the minute and a day at midnight UTC', () => {
    expect(candidateWindow('1m', 'calendar', at('2026-12-02T01:30:42.500Z'))).toEqual({
      start: at('2026-12-02T01:30:00Z'),
      end: at('2026-12-02T01:31:00Z'),
    });
    expect(candidateWindow('1d', 'calendar', at('2026-12-02T23:59:59Z'))).toEqual({
      start: at('2026-12-02T00:00:00Z'),
      end: at('2026-12-03T00:00:00Z'),
    });
  });

  it('start a calendar week on Monday and a month on its first day', () => {
    expect(candidateWindow('1w', 'calendar', at('2026-12-02T10:00:00Z')).start).toBe(at('2026-11-30T00:00:00Z'));
    expect(candidateWindow('1M', 'calendar', at('2026-02-15T10:00:00Z'))).toEqual({
      start: at('2026-02-01T00:00:00Z'),
      end: at('2026-03-01T00:00:00Z'),
    });
    expect(candidateWindow('1Y', 'calendar', at('2026-07-01T00:00:00Z')).end).toBe(at('2027-01-01T00:00:00Z'));
  });

  it('start a rolling window now and end a month later on the same day, or the last of a shorter month', () => {
    expect(candidateWindow('1h', 'rolling', at('2026-12-02T01:30:42Z')).end).toBe(at('2026-12-02T02:30:42Z'));
    expect(candidateWindow('1M', 'rolling', at('2027-01-31T12:00:00Z')).end).toBe(at('2027-02-28T12:00:00Z'));
  });
});
