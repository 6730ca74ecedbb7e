import type { ConverseEventBatch } from '@heimdall/eventstream';
import type { BedrockConverseRequest, ConverseResponse } from '@heimdall/spec';
import type { ProviderSettings } from '../config/config-schema.js';

/** A Converse request as an upstream sees it: the gateway's own fields (`fallbacks`) are gone. */
export type UpstreamConverseRequest = Omit<BedrockConverseRequest, 'fallbacks'>;

/** One call to one upstream. */
export interface ConverseCall {
  request: UpstreamConverseRequest;
  /** The model as the provider knows it (the part after `provider/`). */
  model: string;
  /** Aborts the upstream request: the client went away, or the gateway gave up. */
  signal: AbortSignal;
  requestId: string;
  /** When the gateway received the request (`performance.now()`), for `metrics.latencyMs`. */
  startedAt: number;
}

/**
 * What every provider folder implements: translate a Converse request into the provider's, and the provider's reply
 * into Converse events, in the order Bedrock sends them.
 */
export interface ProviderAdapter {
  readonly settings: ProviderSettings;
  /**
   * Sends the request and resolves once the upstream has sent the first bytes of a successful reply, so that every
   * failure before that point can still be retried or answered by a fallback. Rejects with an `UpstreamFailure` for
   * upstream errors and with a `HeimdallError` for a request the provider cannot take. The events come in batches,
   * one per upstream read, so that what arrived together is written together; they throw a `HeimdallError` of a
   * stream exception type if the upstream fails mid-reply.
   */
  converseStream(call: ConverseCall): Promise<AsyncIterable<ConverseEventBatch>>;
  /** The non-streaming reply, when the provider has a better way than collecting the stream. */
  converse?(call: ConverseCall): Promise<ConverseResponse>;
}
