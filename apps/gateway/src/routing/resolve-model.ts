import { ValidationException } from '@heimdall/eventstream';
import type { GatewayConfig, ProviderSettings } from '../config/config-schema.js';
import { providerRegistry } from '../providers/provider-registry.js';

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
