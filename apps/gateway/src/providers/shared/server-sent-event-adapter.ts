import type { ProviderSettings } from '../../config/config-schema.js';
import type { WeightedKey } from '../../config/provider-fields.js';
import type { ConverseCall, ProviderAdapter } from '../provider-adapter.js';
import type { AdapterContext } from './adapter-context.js';
import type { UpstreamErrorDetails } from './http-failure.js';
import { createKeyPool } from './key-pool.js';
import type { Redact } from './redact-secrets.js';
import { sendWithKey } from './send-with-key.js';
import { type ServerSentEventTranslator, serverSentEventBatches } from './server-sent-event-batches.js';

/** One call's upstream request: where it goes, what it sends, and its headers for the key picked. */
export interface ServerSentEventRequest {
  url: string;
  body: unknown;
  /** The headers for `key` (absent for a provider without keys), credentials included. */
  headers: (key: string | undefined) => Record<string, string>;
}

/** What makes a provider that streams server-sent events: how to ask, how it fails, how to read its events. */
export interface ServerSentEventProvider {
  settings: ProviderSettings & { keys: readonly WeightedKey[] };
  /** Builds the upstream request for one Converse call; throws a `ValidationException` for one it cannot take. */
  request(call: ConverseCall): ServerSentEventRequest;
  /** Reads the message of the provider's error body. */
  messageOf: (body: string, status: number) => string;
  /** Reads what else an error body says (a refused key, a retry delay), for providers that say it there. */
  detailsOf?: (body: string, status: number) => UpstreamErrorDetails;
  /** A fresh translation state for one stream. */
  translator(call: ConverseCall, redact: Redact): ServerSentEventTranslator;
}

/**
 * An adapter for a provider that streams server-sent events (OpenAI's, Anthropic's and Gemini's APIs): the shared
 * upstream client — its key pool, sending, time limits, redaction and error reading — around the three things a
 * provider folder says itself: the request, its error bodies, and the translation of its events.
 */
export function createServerSentEventAdapter(
  provider: ServerSentEventProvider,
  { redactor, random }: AdapterContext,
): ProviderAdapter {
  const { settings } = provider;
  const keys = createKeyPool(settings.keys, Date.now, random);
  const { redact } = redactor;
  return {
    settings,
    async converseStream(call) {
      const request = provider.request(call);
      const response = await sendWithKey({
        provider: settings.name,
        url: request.url,
        keys,
        redact,
        headers: (key) => ({
          'content-type': 'application/json',
          accept: 'text/event-stream',
          ...request.headers(key),
        }),
        body: JSON.stringify(request.body),
        signal: call.signal,
        timeouts: settings.timeouts,
        messageOf: provider.messageOf,
        ...(provider.detailsOf ? { detailsOf: provider.detailsOf } : {}),
      });
      return serverSentEventBatches({
        body: response.body,
        translator: provider.translator(call, redact),
        provider: settings.name,
        redact,
        idleMs: settings.timeouts.idleMs,
        startedAt: call.startedAt,
      });
    },
  };
}
