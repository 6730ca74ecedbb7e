import { describe, expect, it } from 'vitest';
import { type CpuProfile, type LocationResolver, summarizeCpuProfile } from './cpu-profile.js';

const resolver: LocationResolver = {
  locate: (url, line) => ({ file: url.replace('file:///repo/', ''), line: line + 1 }),
  moduleOf: (url) => (url.includes('node_modules') ? 'zod' : 'gateway'),
  isProjectCode: (url) => url.startsWith('file:///repo/apps/'),
};

const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber, columnNumber: 0 });

/** root → handle (gateway) → parse (zod) → handle again (recursion); plus idle and GC. */
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 5, 6] },
    { id: 2, callFrame: frame('handle', 'file:///repo/apps/gateway/handle.js', 9), children: [3] },
    { id: 3, callFrame: frame('parse', 'file:///repo/node_modules/zod/parse.js', 99), children: [4] },
    { id: 4, callFrame: frame('handle', 'file:///repo/apps/gateway/handle.js', 9) },
    { id: 5, callFrame: frame('(idle)') },
    { id: 6, callFrame: frame('(garbage collector)') },
  ],
  startTime: 0,
  endTime: 11_000,
  samples: [2, 3, 3, 3, 4, 5, 5, 6],
  timeDeltas: [1000, 1000, 1000, 1000, 1000, 3000, 2000, 1000],
};

describe('summarizeCpuProfile', () => {
  const summary = summarizeCpuProfile(profile, resolver);

  it('separates idle time from busy time and counts garbage collection', () => {
    expect(summary.totalMs).toBe(11);
    expect(summary.idleMs).toBe(5);
    expect(summary.garbageCollectionMs).toBe(1);
  });

  it('ranks functions by their own time, with their source file and 1-based line', () => {
    expect(summary.selfTime[0]).toMatchObject({
      functionName: 'parse',
      location: 'node_modules/zod/parse.js:100',
      module: 'zod',
      milliseconds: 3,
      share: 0.5,
    });
    // Both `handle` nodes are the same function, so their self time adds up.
    expect(summary.selfTime.find((spot) => spot.functionName === 'handle')?.milliseconds).toBe(2);
  });

  it('counts a recursive own function once per sample in its inclusive time', () => {
    expect(summary.inclusiveTime).toEqual([
      expect.objectContaining({ functionName: 'handle', location: 'apps/gateway/handle.js:10', milliseconds: 5 }),
    ]);
  });

  it('sums self time per module, shares of the busy time', () => {
    expect(summary.byModule).toEqual([
      { module: 'zod', milliseconds: 3, share: 0.5 },
      { module: 'gateway', milliseconds: 2, share: 2 / 6 },
      { module: 'vm', milliseconds: 1, share: 1 / 6 },
    ]);
  });

  it('sums busy time per phase: a socket write on top as its system call, the rest by where the work came from', () => {
    const phased: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(root)'), children: [2, 5] },
        { id: 2, callFrame: frame('socketOnData', 'node:_http_client'), children: [3, 4] },
        { id: 3, callFrame: frame('translate', 'file:///repo/apps/gateway/translate.js') },
        { id: 4, callFrame: frame('writev') },
        { id: 5, callFrame: frame('runMicrotasks'), children: [6] },
        { id: 6, callFrame: frame('encode', 'file:///repo/apps/gateway/encode.js') },
      ],
      startTime: 0,
      endTime: 6_000,
      samples: [3, 3, 4, 6, 6, 6],
      timeDeltas: [1000, 1000, 1000, 1000, 1000, 1000],
    };
    expect(summarizeCpuProfile(phased, resolver).byPhase).toEqual([
      { phase: 'promise jobs (handlers, encoding, writing)', milliseconds: 3, share: 0.5 },
      { phase: 'reading upstream replies (HTTP client, translation)', milliseconds: 2, share: 2 / 6 },
      { phase: 'socket writes (the system call)', milliseconds: 1, share: 1 / 6 },
    ]);
  });
});
