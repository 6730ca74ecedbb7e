import { ModelTimeoutException, ServiceUnavailableException } from '@heimdall/eventstream';
import { Agent, type Dispatcher, errors, request } from 'undici';
import type { TimeoutSettings } from '../../config/gateway-config.js';
import { UpstreamFailure } from './upstream-failure.js';

/** One keep-alive connection pool for every upstream: connections are reused across requests. */
const sharedAgent = new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 600_000, connections: 256 });

export interface UpstreamRequest {
  /** Names the provider in error messages. */
  provider: string;
  url: string;
  method?: 'POST' | 'GET';
  headers: Record<string, string>;
  body: string;
  signal: AbortSignal;
  timeouts: TimeoutSettings;
}

export interface UpstreamResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The reply body. For a success its first chunk has already arrived (see {@link sendUpstream}). */
  body: AsyncIterable<Uint8Array>;
  /** Reads at most `limit` bytes of the body as text, for error replies. */
  text(limit?: number): Promise<string>;
}

async function* primed(first: IteratorResult<Uint8Array>, rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  let finished = first.done === true;
  try {
    if (finished) return;
    yield first.value;
    while (true) {
      const next = await rest.next();
      if (next.done) {
        finished = true;
        return;
      }
      yield next.value;
    }
  } finally {
    // A consumer that stops early frees the connection now, rather than when the upstream would have finished.
    if (!finished) await rest.return?.();
  }
}

/**
 * Sends one request upstream. For a success (2xx) it resolves only once the first body bytes have arrived, within
 * `timeouts.firstByteMs` (else {@link ModelTimeoutException}); later gaps longer than `timeouts.idleMs` fail the body
 * with undici's body timeout. Network failures become a retryable {@link ServiceUnavailableException}.
 */
export async function sendUpstream(options: UpstreamRequest): Promise<UpstreamResponse> {
  const { provider, timeouts } = options;
  const firstByte = new AbortController();
  const timer = setTimeout(() => firstByte.abort(), timeouts.firstByteMs);
  const signal = AbortSignal.any([options.signal, firstByte.signal]);
  const timedOut = () =>
    new UpstreamFailure({
      error: new ModelTimeoutException({ message: `${provider}: no reply within ${timeouts.firstByteMs} ms` }),
      retryable: false,
    });
  try {
    let response: Dispatcher.ResponseData;
    try {
      response = await request(options.url, {
        method: options.method ?? 'POST',
        headers: options.headers,
        body: options.body,
        signal,
        dispatcher: sharedAgent,
        headersTimeout: timeouts.firstByteMs,
        bodyTimeout: timeouts.idleMs,
      });
    } catch (error) {
      if (options.signal.aborted) throw error;
      if (firstByte.signal.aborted || error instanceof errors.HeadersTimeoutError) throw timedOut();
      const reason = error instanceof Error ? ((error as { code?: string }).code ?? error.message) : String(error);
      throw new UpstreamFailure({
        error: new ServiceUnavailableException({ message: `${provider}: cannot reach the upstream (${reason})` }),
        retryable: true,
      });
    }
    const iterator = response.body[Symbol.asyncIterator]();
    const reply: Omit<UpstreamResponse, 'body'> = {
      status: response.statusCode,
      headers: response.headers,
      text: async (limit = 64 * 1024) => {
        let text = '';
        for await (const chunk of response.body) {
          text += Buffer.from(chunk).toString('utf8');
          if (text.length >= limit) break;
        }
        return text.slice(0, limit);
      },
    };
    if (response.statusCode >= 400) return { ...reply, body: response.body };
    let first: IteratorResult<Uint8Array>;
    try {
      first = await iterator.next();
    } catch (error) {
      if (options.signal.aborted) throw error;
      if (firstByte.signal.aborted) throw timedOut();
      throw new UpstreamFailure({
        error: new ServiceUnavailableException({
          message: `${provider}: the connection failed before the reply began`,
        }),
        retryable: true,
      });
    }
    return { ...reply, body: primed(first, iterator) };
  } finally {
    clearTimeout(timer);
  }
}
