import type { MockUpstream } from '../server/create-mock-upstream.js';

/** One server-sent event as a test reads it back. */
export interface ReadEvent {
  event: string | undefined;
  data: string;
}

/** Posts a body to the mock with the headers a real client of that provider sends. */
export function postJson({
  mock,
  path,
  body,
  headers = {},
  signal,
}: {
  mock: MockUpstream;
  path: '/v1/chat/completions' | '/v1/messages' | (string & {});
  body: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}): Promise<Response> {
  const providerHeaders: Record<string, string> = path === '/v1/messages' ? { 'anthropic-version': '2023-06-01' } : {};
  return fetch(`${mock.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...providerHeaders, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    signal,
  });
}

/** Splits a complete server-sent event body into its events (one `data:` line each, as the providers send). */
export function parseServerSentEvents(text: string): ReadEvent[] {
  return text
    .split('\n\n')
    .filter((block) => block !== '')
    .map((block) => {
      const lines = block.split('\n');
      const eventLine = lines.find((line) => line.startsWith('event: '));
      const dataLine = lines.find((line) => line.startsWith('data: '));
      if (dataLine === undefined) throw new Error(`Event without data: ${JSON.stringify(block)}`);
      return { event: eventLine?.slice('event: '.length), data: dataLine.slice('data: '.length) };
    });
}

/** Parsed JSON of every `data:` line except OpenAI's `[DONE]`. */
export function eventPayloads(events: ReadEvent[]): Array<Record<string, unknown>> {
  return events.filter((event) => event.data !== '[DONE]').map((event) => JSON.parse(event.data));
}
