import { describe, expect, it } from 'vitest';
import { routeSchema } from '../config/routes-schema.js';
import { routeCandidates } from './route-candidates.js';

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
});
