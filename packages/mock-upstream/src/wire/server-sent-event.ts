/**
 * One server-sent event: an optional `event:` line, one `data:` line, and the blank line that ends it.
 * @see https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation
 */
export function formatServerSentEvent({ event, data }: { event?: string; data: string }): string {
  return event === undefined ? `data: ${data}\n\n` : `event: ${event}\ndata: ${data}\n\n`;
}

/** Response headers of a server-sent event stream. */
export const serverSentEventHeaders = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache',
} as const;
