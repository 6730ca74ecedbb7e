import { providerRegistry } from '../providers/provider-registry.js';
import type { EnvironmentVariable } from './environment-variable.js';
import { gatewayEnvironment } from './gateway-environment.js';

/** A row of the environment table with its path from the config's top, and the provider it belongs to, if any. */
export interface MappedEnvironmentVariable extends EnvironmentVariable {
  /** The name of the provider the variable configures, e.g. `openai`. */
  readonly provider?: string;
}

/**
 * Every environment variable the gateway reads, and where each goes in the config: the gateway's own, then each
 * registered provider's. README.md's Configuration table lists exactly these.
 */
export const environmentTable: readonly MappedEnvironmentVariable[] = [
  ...gatewayEnvironment,
  ...providerRegistry.flatMap(({ environment: { providerName, variables } }) =>
    variables.map((variable) => ({
      ...variable,
      provider: providerName,
      ...(variable.path ? { path: ['providers', providerName, ...variable.path] } : {}),
    })),
  ),
];
