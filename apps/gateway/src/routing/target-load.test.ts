import { describe, expect, it } from 'vitest';
import { createMemoryTargetLoad } from './target-load.js';

describe('the load of each target', () => {
  it('counts what is in flight, never below zero', async () => {
    const load = createMemoryTargetLoad();
    load.opened('a/x');
    load.opened('a/x');
    load.closed('a/x');
    load.closed('b/y');
    expect(await load.read(['a/x', 'b/y', 'c/z'])).toEqual(
      new Map([
        ['a/x', { inFlight: 1 }],
        ['b/y', { inFlight: 0 }],
        ['c/z', { inFlight: 0 }],
      ]),
    );
  });

  it('averages the time to an answer, each new sample weighing a fifth', async () => {
    const load = createMemoryTargetLoad(0.2);
    load.answered('a/x', 100);
    expect((await load.read(['a/x'])).get('a/x')?.latencyMs).toBe(100);
    load.answered('a/x', 600);
    expect((await load.read(['a/x'])).get('a/x')?.latencyMs).toBe(200);
  });
});
