import type { LogEntry } from './log-query.js';
import type { RequestLogRowTable } from './request-log-tables.js';

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A stored row as the logs API shows it. */
export function logEntryOf(row: RequestLogRowTable): LogEntry {
  const attempts = parseJson(row.attempts);
  return {
    id: row.request_id,
    timestamp: new Date(row.time_ms).toISOString(),
    method: row.method,
    route: row.route,
    operation: row.operation,
    key_id: row.key_id,
    key_name: row.key_name,
    team_id: row.team_id,
    team_name: row.team_name,
    customer_id: row.customer_id,
    customer_name: row.customer_name,
    model: row.model,
    answered_by: row.answered_by,
    provider: row.provider,
    upstream_key: row.upstream_key,
    number_of_attempts: row.attempt_count,
    attempts: Array.isArray(attempts) ? attempts : null,
    status: row.outcome,
    status_code: row.status_code,
    error_type: row.error_type,
    error_message: row.error_message,
    time_to_first_byte_ms: row.time_to_first_byte_ms,
    latency: row.duration_ms,
    token_usage: {
      input_tokens: row.input_tokens,
      output_tokens: row.output_tokens,
      total_tokens: row.total_tokens,
      cache_read_tokens: row.cache_read_tokens,
      cache_write_tokens: row.cache_write_tokens,
    },
    cost: row.cost_usd,
    price_source: row.price_source,
    stop_reason: row.stop_reason,
    client_cancelled: row.client_cancelled === 1,
    raw_request: parseJson(row.request_body),
    raw_response: parseJson(row.response_body),
  };
}
