import { describe, expect, it } from 'vitest';
import { defaultPlan, quickPlan, selectPlan } from './benchmark-plan.js';

describe('selectPlan', () => {
  it('runs the full plan unless HEIMDALL_BENCH_QUICK asks for the quick one', () => {
    expect(selectPlan(undefined)).toBe(defaultPlan);
    expect(selectPlan('')).toBe(defaultPlan);
    expect(selectPlan('0')).toBe(defaultPlan);
    expect(selectPlan('1')).toBe(quickPlan);
  });

  it('names the variable and the values it takes when given anything else', () => {
    expect(() => selectPlan('yes')).toThrow(
      'HEIMDALL_BENCH_QUICK must be "1" (a quick run) or "0" (the full run), not "yes"',
    );
  });

  it('measures memory at 256 and 1,000 open streams in both plans', () => {
    expect(defaultPlan.memoryStreams).toEqual([256, 1_000]);
    expect(quickPlan.memoryStreams).toEqual([256, 1_000]);
  });
});
