import type { Route } from '../config/routes-schema.js';
import type { FallbackTrigger } from './fallback-triggers.js';

/** One model to try, and which failures of it move on to the next. */
export interface Candidate {
  modelId: string;
  /** `any`: every failure before the reply begins (a fallback the request itself asked for). */
  fallbackOn: readonly FallbackTrigger[] | 'any';
}

/** A route's targets in the order to try them: as listed, or the first drawn by weight and the rest as listed. */
function orderedTargets(route: Route, random: () => number): string[] {
  const models = route.targets.map((target) => target.model);
  if (route.strategy === 'priority' || route.targets.length < 2) return models;
  const total = route.targets.reduce((sum, target) => sum + target.weight, 0);
  let point = random() * total;
  const first = route.targets.findIndex((target) => {
    point -= target.weight;
    return point < 0;
  });
  const chosen = first === -1 ? route.targets.length - 1 : first;
  return [models[chosen] as string, ...models.filter((_, index) => index !== chosen)];
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
}): Candidate[] {
  const { routes, random } = options;
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
    for (const target of orderedTargets(route, random)) add(target, route.fallbackOn);
  };
  expand(options.modelId, 'any');
  for (const fallback of options.fallbacks) expand(fallback, 'any');
  return candidates;
}
