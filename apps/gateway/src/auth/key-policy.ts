import type { GatewayKeyPolicy } from '../config/gateway-key-schema.js';

/** The upstream an attempt would call, as a key's policy sees it. */
export interface PolicyTarget {
  /** The model id as the client named it, e.g. `openai/gpt-4o` or `us.amazon.nova-micro-v1:0`. */
  modelId: string;
  provider: string;
  /** The model as the provider knows it. */
  model: string;
}

/** `*` is any run of characters, `?` one; everything else matches itself. */
function globPattern(glob: string): RegExp {
  const source = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replaceAll('*', '.*')
    .replaceAll('?', '.');
  return new RegExp(`^${source}$`);
}

const compiled = new Map<string, RegExp>();
/** Whether any of `globs` matches any of `values`. */
export const matchesAny = (globs: readonly string[], values: readonly string[]) =>
  globs.some((glob) => {
    let pattern = compiled.get(glob);
    if (!pattern) {
      pattern = globPattern(glob);
      compiled.set(glob, pattern);
    }
    return values.some((value) => pattern.test(value));
  });

function listRefuses(
  list: GatewayKeyPolicy['models'],
  values: readonly string[],
): 'denied' | 'not allowed' | undefined {
  if (matchesAny(list.deny, values)) return 'denied';
  if (list.allow.length > 0 && !matchesAny(list.allow, values)) return 'not allowed';
  return undefined;
}

/** Why the policy refuses this target, for the client's error message; undefined when it allows it. */
export function policyRefusal(policy: GatewayKeyPolicy, target: PolicyTarget): string | undefined {
  const provider = listRefuses(policy.providers, [target.provider]);
  if (provider) return `the provider "${target.provider}" is ${provider} for it`;
  const model = listRefuses(policy.models, [target.modelId, `${target.provider}/${target.model}`]);
  if (model) return `the model "${target.modelId}" is ${model} for it`;
  return undefined;
}

/** Why the key cannot be used at all right now (inactive, expired); undefined when it can. */
export function keyUnusable(policy: GatewayKeyPolicy, now: number): string | undefined {
  if (!policy.active) return 'it is inactive';
  if (policy.expiresAt !== undefined && Date.parse(policy.expiresAt) <= now) return `it expired at ${policy.expiresAt}`;
  return undefined;
}
