import type { GatewayConfig, ProviderSettings } from '../../config/config-schema.js';
import { databasePassword } from '../../store/describe-database.js';

/** Every secret of one provider: its keys, and for Bedrock its bearer token and AWS credentials, key id included. */
export function secretsOfProvider(settings: ProviderSettings): string[] {
  if (settings.type !== 'bedrock') return settings.keys.map((entry) => entry.key);
  const { bearerToken, credentials } = settings;
  return [bearerToken, credentials?.accessKeyId, credentials?.secretAccessKey, credentials?.sessionToken].filter(
    (secret): secret is string => secret !== undefined && secret !== '',
  );
}

/** Every secret the configuration holds: all providers' secrets, the gateway keys clients present, the database's. */
export function secretsOfConfig(config: GatewayConfig): string[] {
  const databaseSecret = databasePassword(config.database.url);
  return [
    ...Object.values(config.providers).flatMap(secretsOfProvider),
    ...config.gatewayKeys.map((key) => key.secret),
    ...(databaseSecret ? [databaseSecret] : []),
    // A Redis URL may carry a password.
    ...redisPasswordOf(config.counters.redisUrl),
  ];
}

/** The password of a `redis://user:password@host` URL, if it has one. */
function redisPasswordOf(url: string | undefined): string[] {
  if (!url) return [];
  const { password } = new URL(url);
  return password ? [decodeURIComponent(password), password] : [];
}
