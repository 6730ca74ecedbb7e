import type { GatewayConfig, ProviderSettings } from '../../config/gateway-config.js';

/** Every secret of one provider: its keys, and for Bedrock its bearer token and AWS credentials, key id included. */
export function secretsOfProvider(settings: ProviderSettings): string[] {
  const secrets = settings.keys.map((entry) => entry.key);
  if (settings.type === 'bedrock') {
    const { bearerToken, credentials } = settings;
    for (const secret of [
      bearerToken,
      credentials?.accessKeyId,
      credentials?.secretAccessKey,
      credentials?.sessionToken,
    ]) {
      if (secret) secrets.push(secret);
    }
  }
  return secrets;
}

/** Every secret the configuration holds: all providers' secrets and the gateway keys clients present. */
export function secretsOfConfig(config: GatewayConfig): string[] {
  return [
    ...Object.values(config.providers).flatMap(secretsOfProvider),
    ...config.gatewayKeys.map((key) => key.secret),
  ];
}
