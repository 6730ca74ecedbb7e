import type { ProviderSettings } from '../../config/config-schema.js';
import { secretsOfProvider } from './gateway-secrets.js';
import { SecretRedactor } from './redact-secrets.js';

/** What the gateway gives every adapter it makes. */
export interface AdapterContext {
  /** The gateway's one redaction step: what an upstream says passes through it before a client or the log sees it. */
  redactor: SecretRedactor;
  /** Picks among a provider's weighted keys; injectable so that tests choose which key goes first. */
  random: () => number;
}

/** The context of an adapter made on its own (outside a gateway): a redactor of its provider's secrets alone. */
export function standaloneAdapterContext(settings: ProviderSettings): AdapterContext {
  return { redactor: new SecretRedactor(secretsOfProvider(settings)), random: Math.random };
}
