import type { TokenUsage } from '@heimdall/spec';
import type { AttemptEntry } from '../routing/attempt-log.js';
import type { Logger } from './create-logger.js';

/** What one request did, gathered as it runs and written as one log line when it is over. */
export interface RequestFields {
  requestId: string;
  method: string;
  /** The gateway key the request authenticated with, by id (never its secret); absent on an open gateway. */
  keyId?: string | undefined;
  /** The route's path template, e.g. `/bedrock/model/{modelId}/converse-stream`. */
  route?: string;
  operationId?: string;
  /** The model the client asked for. */
  model?: string;
  /** The model and provider that answered (a fallback's, when one took over). */
  answeredBy?: string;
  provider?: string;
  status?: number;
  timeToFirstByteMs?: number;
  usage?: Pick<
    TokenUsage,
    'inputTokens' | 'outputTokens' | 'totalTokens' | 'cacheReadInputTokens' | 'cacheWriteInputTokens'
  >;
  stopReason?: string;
  /** What the usage cost in US dollars; absent when no price is known (see `priceSource`). */
  costUsd?: number | undefined;
  /** Where the price came from: `prices` (the operator's), the bundled table and its version, or `unknown`. */
  priceSource?: string | undefined;
  /** How many upstream attempts failed before the answer (retries and fallbacks). */
  failedAttempts?: number;
  /** Every upstream attempt that went out (retries and fallbacks), in order: target, outcome and duration. */
  attempts?: AttemptEntry[];
  error?: { type: string; message: string };
  /** The client went away before the reply was complete. */
  clientClosed?: boolean;
  /** What the request's limit reservation took from each counter before it went out (tokens, micro-dollars, …). */
  limitReservation?: Record<string, number>;
  /** What the reservation was settled to, by counter, once usage was known. */
  limitSettlement?: Record<string, number>;
  /** The usage billed is an estimate: the upstream never reported its own (a failure, or a client that left). */
  usageEstimated?: boolean;
}

/** Notified once per request when it is over, e.g. to update metrics. */
export type RequestObserver = (fields: RequestFields & { durationMs: number }) => void;

/**
 * The record of one request. The response's end is not the request's end for a stream, so a streaming handler
 * defers the line and finishes it when the stream does.
 */
export class RequestRecord {
  readonly fields: RequestFields;
  private readonly startedAt: number;
  private finished = false;
  deferred = false;
  /** A probe's record (health, readiness, metrics): counted, but not worth a log line every few seconds. */
  quiet = false;

  constructor(
    fields: RequestFields,
    private readonly logger: Logger,
    private readonly observer: RequestObserver | undefined,
    startedAt: number,
    /** Adds what can only be worked out once the request is over, such as its cost. */
    private readonly complete?: (fields: RequestFields) => Partial<RequestFields>,
  ) {
    this.fields = fields;
    this.startedAt = startedAt;
  }

  /** Writes the line once; later calls are ignored. */
  finish(update: Partial<RequestFields> = {}): void {
    if (this.finished) return;
    this.finished = true;
    Object.assign(this.fields, update);
    if (this.complete) Object.assign(this.fields, this.complete(this.fields));
    const line = { ...this.fields, durationMs: Math.round(performance.now() - this.startedAt) };
    const failed = (line.status ?? 200) >= 500 || (line.error && line.status === 200);
    try {
      this.observer?.(line);
    } finally {
      // The line is written even when the observer fails: a request is never left without one.
      if (!this.quiet || failed) this.logger[failed ? 'error' : line.error ? 'warn' : 'info'](line, 'request');
    }
  }
}
