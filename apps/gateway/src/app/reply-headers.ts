import { attemptsHeader } from '../routing/attempt-log.js';
import type { Exchange } from './exchange.js';

/** The headers every reply carries from its exchange: how many attempts it took, and what hooks set (rate limits). */
export function exchangeReplyHeaders(exchange: Exchange): Record<string, string> {
  const headers: Record<string, string> = {};
  const { attempts } = exchange.record.fields;
  if (attempts) headers[attemptsHeader] = String(attempts.length);
  for (const [name, value] of exchange.responseHeaders) headers[name] = value;
  return headers;
}
