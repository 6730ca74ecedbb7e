import { ValidationException } from '@heimdall/eventstream';
import type { GatewayConfig, ProviderSettings } from '../config/config-schema.js';
import { providerRegistry } from '../providers/provider-registry.js';
import { editDistance } from './edit-distance.js';

/** Where a model id goes: the provider that serves it, and the model name that provider knows it by. */
export interface ResolvedModel {
  provider: ProviderSettings;
  model: string;
}

/** How each provider configured from the environment is switched on, for a client that names one that is off. */
const howToConfigure: Record<string, string> = Object.fromEntries(
  providerRegistry.map((descriptor) => [descriptor.environment.providerName, descriptor.notConfiguredHint]),
);

const configFileHint = 'or declare it under `providers` in heimdall.config.json';

/** The configured provider whose name is closest to `prefix`, when it is close enough to be what was meant. */
function closestProvider(prefix: string, names: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = editDistance(prefix, name);
    if (distance <= Math.max(1, Math.floor(name.length / 3)) && (!best || distance < best.distance)) {
      best = { name, distance };
    }
  }
  return best?.name;
}

function unknownPrefixMessage(prefix: string, modelId: string, config: GatewayConfig): string {
  const configured = Object.keys(config.providers);
  const routes = Object.keys(config.routes);
  const suggestion = closestProvider(prefix, configured);
  return (
    `The model id "${modelId}" starts with "${prefix}/", which is not a configured provider` +
    (suggestion ? ` (did you mean "${suggestion}/"?)` : '') +
    `. Configured providers: ${configured.join(', ')}. ` +
    (routes.length > 0 ? `Routes (model ids of their own): ${routes.join(', ')}. ` : '') +
    `Ids without a provider prefix, and ARNs, go to the default provider "${config.defaultProvider}".`
  );
}

/**
 * Resolves a (percent-decoded) model id: `provider/model` when the part before the first `/` names a configured
 * provider, otherwise the whole id goes to the default provider, as Bifrost does (`us.amazon.nova-micro-v1:0` →
 * Bedrock). A prefix that names a known but unconfigured provider is an error rather than a silent detour.
 */
export function resolveModel(modelId: string, config: GatewayConfig): ResolvedModel {
  const separator = modelId.indexOf('/');
  if (separator > 0) {
    const prefix = modelId.slice(0, separator);
    const model = modelId.slice(separator + 1);
    const provider = config.providers[prefix];
    if (provider) {
      if (!model)
        throw new ValidationException({ message: `The model id "${modelId}" names no model after "${prefix}/"` });
      return { provider, model };
    }
    if (prefix in howToConfigure) {
      throw new ValidationException({
        message: `The provider "${prefix}" of model "${modelId}" is not configured: ${howToConfigure[prefix]}, ${configFileHint}.`,
      });
    }
    // Bedrock's own ids have no `/` except inside an ARN, so before Bedrock the prefix can only be a mistake
    // (`opneai/gpt-4o`). Other default providers take ids with slashes (`meta-llama/Llama-3.1-8B` on vLLM).
    if (config.providers[config.defaultProvider]?.type === 'bedrock' && !modelId.startsWith('arn:')) {
      throw new ValidationException({ message: unknownPrefixMessage(prefix, modelId, config) });
    }
  }
  const fallback = config.providers[config.defaultProvider];
  if (!fallback) {
    const configured = Object.keys(config.providers);
    const hint = howToConfigure[config.defaultProvider] ?? `declare it under \`providers\` in heimdall.config.json`;
    throw new ValidationException({
      message:
        `The model "${modelId}" names no configured provider (${configured.length > 0 ? `configured: ${configured.join(', ')}` : 'none is configured'}), ` +
        `so it goes to the default provider "${config.defaultProvider}", which is not configured: ${hint}. ` +
        'To use another provider, name it as `provider/model`, e.g. `openai/gpt-4o`.',
    });
  }
  return { provider: fallback, model: modelId };
}
