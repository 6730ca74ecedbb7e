import type { Exchange } from '../../app/exchange.js';
import type { RequestFields } from '../../logging/request-record.js';
import type { RequestLogRowTable, RequestOutcome } from './request-log-tables.js';

/** A finished request's fields, as the request log hook receives them. */
export type FinishedRequest = RequestFields & { durationMs: number };

/** How a request ended, as the log's `outcome` column and its `status` filter name it. */
export function outcomeOf(fields: FinishedRequest): RequestOutcome {
  if (fields.clientClosed) return 'cancelled';
  if (fields.error || (fields.status ?? 200) >= 400) return 'error';
  return 'success';
}

/**
 * The request log's row for a finished request. Bodies are kept only for a key that asks for them
 * (`principal.logBodies`); the `attempts` list is the routing's, when it recorded one.
 */
export function requestLogRow(exchange: Exchange, fields: FinishedRequest, finishedAtMs: number): RequestLogRowTable {
  const principal = exchange.principal.kind === 'gateway-key' ? exchange.principal : undefined;
  const logBodies = exchange.logsBodies;
  const usage = fields.usage;
  // The routing records each attempt on the fields when it knows them; older records have only the count.
  const attempts = (fields as { attempts?: unknown }).attempts;
  const answered = fields.answeredBy !== undefined ? 1 : 0;
  return {
    time_ms: finishedAtMs - fields.durationMs,
    request_id: fields.requestId,
    method: fields.method,
    route: fields.route ?? null,
    operation: fields.operationId ?? null,
    key_id: principal?.keyId ?? null,
    key_name: principal?.keyName ?? null,
    team_id: principal?.team?.id ?? null,
    team_name: principal?.team?.name ?? null,
    customer_id: principal?.customer?.id ?? null,
    customer_name: principal?.customer?.name ?? null,
    model: fields.model ?? null,
    answered_by: fields.answeredBy ?? null,
    provider: fields.provider ?? null,
    // No provider names its upstream keys yet; the column is filled once the record carries the answering key's name.
    upstream_key: (fields as { upstreamKey?: string }).upstreamKey ?? null,
    attempt_count: Array.isArray(attempts) ? attempts.length : (fields.failedAttempts ?? 0) + answered,
    attempts: Array.isArray(attempts) ? JSON.stringify(attempts) : null,
    outcome: outcomeOf(fields),
    status_code: fields.status ?? null,
    error_type: fields.error?.type ?? null,
    error_message: fields.error?.message ?? null,
    time_to_first_byte_ms: fields.timeToFirstByteMs ?? null,
    duration_ms: fields.durationMs,
    input_tokens: usage?.inputTokens ?? null,
    output_tokens: usage?.outputTokens ?? null,
    total_tokens: usage?.totalTokens ?? null,
    cache_read_tokens: usage?.cacheReadInputTokens ?? null,
    cache_write_tokens: usage?.cacheWriteInputTokens ?? null,
    // Unknown stays unknown: an unpriced model is NULL, never a cost of 0.
    cost_usd: fields.costUsd ?? null,
    price_source: fields.priceSource ?? null,
    stop_reason: fields.stopReason ?? null,
    client_cancelled: fields.clientClosed ? 1 : 0,
    request_body: logBodies && exchange.converseRequest ? JSON.stringify(exchange.converseRequest) : null,
    response_body: logBodies && exchange.reply !== undefined ? JSON.stringify(exchange.reply) : null,
  };
}
