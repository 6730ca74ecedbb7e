import { HeimdallError, InternalServerException } from '@heimdall/eventstream';
import type { BedrockConverseRequest, ConverseResponse } from '@heimdall/spec';
import { anonymousPrincipal, type Principal, principalLabel } from '../auth/principal.js';
import type { Logger } from '../logging/create-logger.js';
import { type RequestFields, type RequestObserver, RequestRecord } from '../logging/request-record.js';
import { type AttemptPlan, AttemptRefused, type ExchangeHooks, type UsageReport } from './exchange-hooks.js';

export interface ExchangeOptions {
  requestId: string;
  method: string;
  /** The client's request signal: aborted when the client goes away. */
  signal: AbortSignal;
  /** The W3C `traceparent` the client sent, continued by tracing. */
  traceparent?: string | undefined;
  logger: Logger;
  /** Told about every finished request (the metrics). */
  observer: RequestObserver;
  hooks: readonly ExchangeHooks[];
  /** Adds to the record what is known only once the request is over, such as its cost. */
  complete?: (fields: RequestFields) => Partial<RequestFields>;
}

/**
 * One request, from its arrival to its last byte: its id and start time, who sent it, the client's signal, the record
 * that becomes its log line, and the hooks later features plug into. Made once per request, by the app's first
 * middleware; every handler and hook reads the request's state from here.
 */
export class Exchange {
  readonly requestId: string;
  /** `performance.now()` when the request arrived. */
  readonly startedAt = performance.now();
  readonly signal: AbortSignal;
  readonly traceparent: string | undefined;
  readonly record: RequestRecord;
  private currentPrincipal: Principal = anonymousPrincipal;
  /** The Converse request, once it has been read and validated: what metering estimates from. */
  converseRequest: BedrockConverseRequest | undefined;
  /** The whole reply the client got: kept for Converse, and for a stream only when the request log stores bodies. */
  reply: ConverseResponse | undefined;
  /**
   * Set by metering that must bill real usage (a limit reservation): a stream whose client leaves is then read on,
   * for a bounded time, for the usage its last event carries, instead of being cut at once.
   */
  needsUsageAfterDisconnect = false;
  /** Characters of text the client was sent, to estimate output tokens when the upstream never reported usage. */
  deliveredTextCharacters = 0;
  /** Headers hooks add to the reply, whatever it is (a stream, a refusal): e.g. the rate-limit headers. */
  readonly responseHeaders = new Headers();
  /** The reply was written straight to Node's response, headers and all: nothing may be added to it afterwards. */
  replySent = false;
  private readonly hooks: readonly ExchangeHooks[];
  private readonly logger: Logger;
  private attempted = false;

  constructor(options: ExchangeOptions) {
    this.requestId = options.requestId;
    this.signal = options.signal;
    this.traceparent = options.traceparent;
    this.hooks = options.hooks;
    this.logger = options.logger;
    this.record = new RequestRecord(
      { requestId: options.requestId, method: options.method },
      options.logger,
      (line) => {
        options.observer(line);
        this.finished(line);
      },
      this.startedAt,
      options.complete,
    );
  }

  /** Who sent the request: anonymous until authentication says otherwise. */
  get principal(): Principal {
    return this.currentPrincipal;
  }

  set principal(principal: Principal) {
    this.currentPrincipal = principal;
    this.record.fields.keyId = principal.kind === 'anonymous' ? undefined : principalLabel(principal);
  }

  /** Whether the request log keeps this request's bodies (the key says so). */
  get logsBodies(): boolean {
    return this.currentPrincipal.kind === 'gateway-key' && this.currentPrincipal.logBodies;
  }

  /** Runs every `beforeAttempt` hook; a refusal ends the request with its error. */
  async beforeAttempt(plan: AttemptPlan): Promise<void> {
    this.attempted = true;
    for (const hook of this.hooks) {
      if (!hook.beforeAttempt) continue;
      try {
        await hook.beforeAttempt(this, plan);
      } catch (error) {
        throw new AttemptRefused(
          error instanceof HeimdallError ? error : new InternalServerException({ message: 'A request check failed' }),
        );
      }
    }
  }

  /** Runs every `afterAttempt` hook; one that fails is logged, never thrown into the request. */
  afterAttempt(plan: AttemptPlan, outcome: { error?: HeimdallError }): void {
    for (const hook of this.hooks) this.safely(() => hook.afterAttempt?.(this, plan, outcome));
  }

  /** Called once, by the record, when the request's log line is written. */
  private finished(line: RequestFields & { durationMs: number }): void {
    if (this.attempted) {
      const report: UsageReport = {
        outcome: line.clientClosed ? 'cancelled' : line.error ? 'failed' : 'completed',
        usage: line.usage,
        modelId: line.answeredBy ?? line.model,
        provider: line.provider,
        costUsd: line.costUsd,
      };
      for (const hook of this.hooks) this.safely(() => Object.assign(line, hook.afterUsage?.(this, report)));
    }
    for (const hook of this.hooks) this.safely(() => hook.onFinish?.(this, line));
  }

  /** A hook that fails after the reply cannot fail the request any more: it is logged, not thrown. */
  private safely(run: () => void): void {
    try {
      run();
    } catch (error) {
      this.logger.error({ requestId: this.requestId, err: error }, 'a request hook failed');
    }
  }
}
