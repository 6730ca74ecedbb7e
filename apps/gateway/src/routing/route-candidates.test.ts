import { describe, expect, it } from 'vitest';
import { routeSchema } from '../config/routes-schema.js';
import { routeCandidates, targetsNeedingLoad } from './route-candidates.js';
import type { LoadSample } from './target-load.js';

const routes = {
  'chat-default': routeSchema.parse({ targets: ['openai/gpt-4o', 'anthropic/claude-sonnet-4-5'] }),
  'anthropic.claude-sonnet-4-5': routeSchema.parse({
    targets: [
      { model: 'anthropic/claude-sonnet-4-5', weight: 3 },
      { model: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', weight: 1 },
    ],
    strategy: 'weighted',
    fallbackOn: ['throttled'],
  }),
};
const ids = (candidates: { modelId: string }[]) => candidates.map((candidate) => candidate.modelId);

describe('which models a request tries, in which order', () => {
  it('tries an alias its targets in the order listed, falling back on its default failure kinds', () => {
    const candidates = routeCandidates({ modelId: 'chat-default', fallbacks: [], routes, random: () => 0 });
    expect(ids(candidates)).toEqual(['openai/gpt-4o', 'anthropic/claude-sonnet-4-5']);
    expect(candidates[0]?.fallbackOn).toEqual(['throttled', 'server-error', 'timeout', 'stream-error']);
  });

  it('draws the first target of a weighted route by weight, keeping the others behind it', () => {
    const draw = (point: number) =>
      ids(routeCandidates({ modelId: 'anthropic.claude-sonnet-4-5', fallbacks: [], routes, random: () => point }));
    expect(draw(0.5)).toEqual(['anthropic/claude-sonnet-4-5', 'us.anthropic.claude-sonnet-4-5-20250929-v1:0']);
    expect(draw(0.8)).toEqual(['us.anthropic.claude-sonnet-4-5-20250929-v1:0', 'anthropic/claude-sonnet-4-5']);
  });

  it('shares a weighted route 3 to 1 over many requests with seeded draws', () => {
    let seed = 42;
    // A small linear congruential generator: the same draws on every run.
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const firsts = Array.from(
      { length: 4_000 },
      () => routeCandidates({ modelId: 'anthropic.claude-sonnet-4-5', fallbacks: [], routes, random })[0]?.modelId,
    );
    const share = firsts.filter((modelId) => modelId === 'anthropic/claude-sonnet-4-5').length / firsts.length;
    expect(share).toBeGreaterThan(0.72);
    expect(share).toBeLessThan(0.78);
  });

  it("adds the request's own fallbacks after the route, expanded by their routes, each model once", () => {
    const candidates = routeCandidates({
      modelId: 'openai/gpt-4o',
      fallbacks: ['chat-default', 'gemini/gemini-2.5-flash', 'openai/gpt-4o'],
      routes,
      random: () => 0,
    });
    expect(ids(candidates)).toEqual(['openai/gpt-4o', 'anthropic/claude-sonnet-4-5', 'gemini/gemini-2.5-flash']);
    expect(candidates[0]?.fallbackOn).toBe('any');
  });

  it('leaves an id without a route as it is', () => {
    expect(ids(routeCandidates({ modelId: 'openai/gpt-4o', fallbacks: [], routes: {}, random: Math.random }))).toEqual([
      'openai/gpt-4o',
    ]);
  });

  describe('least-busy and lowest-latency routes', () => {
    const balanced = (strategy: string, weights: number[]) => ({
      pool: routeSchema.parse({
        targets: weights.map((weight, index) => ({ model: `p/m${index}`, weight })),
        strategy,
      }),
    });
    /** A small linear congruential generator: the same draws on every run. */
    const seeded = (start: number) => {
      let seed = start;
      return () => {
        seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
        return seed / 2 ** 31;
      };
    };
    const order = (routes: ReturnType<typeof balanced>, load: Map<string, LoadSample>, random: () => number) =>
      ids(routeCandidates({ modelId: 'pool', fallbacks: [], routes, random, load }));

    it('least-busy tries the target with the fewest in flight first, then the others by how busy they are', () => {
      const routes = balanced('least-busy', [1, 1, 1]);
      const load = new Map([
        ['p/m0', { inFlight: 4 }],
        ['p/m1', { inFlight: 1 }],
        ['p/m2', { inFlight: 2 }],
      ]);
      expect(order(routes, load, () => 0.99)).toEqual(['p/m1', 'p/m2', 'p/m0']);
    });

    it('least-busy shares the targets tied for fewest by weight, over many requests with seeded draws', () => {
      const routes = balanced('least-busy', [3, 1, 1]);
      const load = new Map([
        ['p/m0', { inFlight: 0 }],
        ['p/m1', { inFlight: 0 }],
        ['p/m2', { inFlight: 5 }],
      ]);
      const random = seeded(7);
      const firsts = Array.from({ length: 4_000 }, () => order(routes, load, random)[0]);
      // The same seeded draws, read as the weights say: below 3/4 the first tied target, else the second.
      const draws = seeded(7);
      const expected = Array.from({ length: 4_000 }, () => (draws() * 4 < 3 ? 'p/m0' : 'p/m1'));
      expect(firsts).toEqual(expected);
      expect(firsts).not.toContain('p/m2');
    });

    it('least-busy splits requests in flight at once evenly: eight over two targets are four and four', () => {
      const routes = balanced('least-busy', [1, 1]);
      const inFlight = new Map([
        ['p/m0', 0],
        ['p/m1', 0],
      ]);
      // Eight requests in flight at once: each goes where the fewest are, so they end up split four and four.
      for (let request = 0; request < 8; request++) {
        const load = new Map([...inFlight].map(([model, count]) => [model, { inFlight: count }]));
        const first = order(routes, load, seeded(request))[0] as string;
        inFlight.set(first, (inFlight.get(first) ?? 0) + 1);
      }
      expect(Object.fromEntries(inFlight)).toEqual({ 'p/m0': 4, 'p/m1': 4 });
    });

    it('lowest-latency tries a target not yet timed first, then the fastest by moving average', () => {
      const routes = balanced('lowest-latency', [1, 1, 1]);
      const timed = new Map([
        ['p/m0', { inFlight: 0, latencyMs: 900 }],
        ['p/m1', { inFlight: 0, latencyMs: 150 }],
        ['p/m2', { inFlight: 0 }],
      ]);
      expect(order(routes, timed, () => 0)).toEqual(['p/m2', 'p/m1', 'p/m0']);
      timed.set('p/m2', { inFlight: 0, latencyMs: 400 });
      expect(order(routes, timed, () => 0)).toEqual(['p/m1', 'p/m2', 'p/m0']);
    });

    it('names the targets whose load matters, only for load-based routes', () => {
      const mixed = { ...balanced('lowest-latency', [1, 1]), 'chat-default': routes['chat-default'] };
      expect(targetsNeedingLoad({ modelIds: ['pool', 'chat-default', 'openai/gpt-4o'], routes: mixed })).toEqual([
        'p/m0',
        'p/m1',
      ]);
    });
  });
});
