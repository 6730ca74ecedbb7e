import type { Route } from '../config/routes-schema.js';
import type { FallbackTrigger } from './fallback-triggers.js';
import type { LoadSample } from './target-load.js';

/** One model to try, and which failures of it move on to the next. */
export interface Candidate {
  modelId: string;
  /** `any`: every failure before the reply begins (a fallback the request itself asked for). */
  fallbackOn: readonly FallbackTrigger[] | 'any';
}

/** Routes whose order depends on the targets' load. */
const loadBased: ReadonlySet<Route['strategy']> = new Set(['least-busy', 'lowest-latency']);

/** How a strategy ranks a target: lower goes first; equal ranks share by weight. */
function rankOf(route: Route, load: ReadonlyMap<string, LoadSample> | undefined) {
  return (model: string): number => {
    const sample = load?.get(model);
    if (route.strategy === 'least-busy') return sample?.inFlight ?? 0;
    // A target not yet timed goes first, so that every target gets measured.
    if (route.strategy === 'lowest-latency') return sample?.latencyMs ?? -1;
    return 0;
  };
}

/**
 * A route's targets in the order to try them. `priority`: as listed. Otherwise the first is drawn by weight among
 * the best ranked (for `weighted` all rank the same), and the rest follow by rank, then as listed.
 */
function orderedTargets(route: Route, random: () => number, load?: ReadonlyMap<string, LoadSample>): string[] {
  const models = route.targets.map((target) => target.model);
  if (route.strategy === 'priority' || route.targets.length < 2) return models;
  const ranks = models.map(rankOf(route, load));
  const best = Math.min(...ranks);
  const tied = route.targets.flatMap((target, index) => (ranks[index] === best ? [{ target, index }] : []));
  let chosen = tied[0]?.index ?? 0;
  if (tied.length > 1) {
    const total = tied.reduce((sum, { target }) => sum + target.weight, 0);
    let point = random() * total;
    const drawn = tied.find(({ target }) => {
      point -= target.weight;
      return point < 0;
    });
    chosen = (drawn ?? tied.at(-1))?.index ?? chosen;
  }
  const rest = models
    .map((model, index) => ({ model, index }))
    .filter(({ index }) => index !== chosen)
    .sort((a, b) => (ranks[a.index] as number) - (ranks[b.index] as number) || a.index - b.index);
  return [models[chosen] as string, ...rest.map(({ model }) => model)];
}

/** The targets whose load a request's order depends on: those of load-based routes among the ids it names. */
export function targetsNeedingLoad(options: {
  modelIds: readonly string[];
  routes: Readonly<Record<string, Route>>;
}): string[] {
  return options.modelIds.flatMap((modelId) => {
    const route = options.routes[modelId];
    return route && loadBased.has(route.strategy) ? route.targets.map((target) => target.model) : [];
  });
}

/**
 * The models to try for a request, in order: what the requested id routes to (its route's targets, or the id itself),
 * then each fallback the request lists, each expanded by its own route. A model appears once, where it first would:
 * trying it again would only fail the same way.
 */
export function routeCandidates(options: {
  modelId: string;
  fallbacks: readonly string[];
  routes: Readonly<Record<string, Route>>;
  random: () => number;
  /** The load of the targets of least-busy and lowest-latency routes (see {@link targetsNeedingLoad}). */
  load?: ReadonlyMap<string, LoadSample>;
}): Candidate[] {
  const { routes, random, load } = options;
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  const add = (modelId: string, fallbackOn: Candidate['fallbackOn']) => {
    if (seen.has(modelId)) return;
    seen.add(modelId);
    candidates.push({ modelId, fallbackOn });
  };
  const expand = (modelId: string, fallbackOn: Candidate['fallbackOn']) => {
    const route = routes[modelId];
    if (!route) return add(modelId, fallbackOn);
    for (const target of orderedTargets(route, random, load)) add(target, route.fallbackOn);
  };
  expand(options.modelId, 'any');
  for (const fallback of options.fallbacks) expand(fallback, 'any');
  return candidates;
}
