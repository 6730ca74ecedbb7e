import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { ModelTimeoutException, ServiceUnavailableException } from '@heimdall/eventstream';
import type { TimeoutSettings } from '../../config/upstream-limits.js';
import { forwardAbort } from '../../streaming/forward-abort.js';
import { UpstreamBody } from './upstream-body.js';
import { UpstreamFailure } from './upstream-failure.js';
import { UpstreamIdleTimeout } from './upstream-idle-timeout.js';
import { maxUpstreamErrorBodyBytes } from './upstream-limits.js';

// One keep-alive pool per scheme for every upstream, so connections are reused across requests. Node's own HTTP
// client is already loaded for the server, with its native parser, and costs no extra memory.
const agentOptions = { keepAlive: true, keepAliveMsecs: 30_000, maxSockets: 256, scheduling: 'lifo' as const };
const httpAgent = new HttpAgent(agentOptions);
const httpsAgent = new HttpsAgent(agentOptions);

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
  /**
   * The reply body. For a success its first chunk has already arrived (see {@link sendUpstream}), and it is an
   * {@link UpstreamBody}, which a stream's reader translates chunk by chunk as it arrives.
   */
  body: AsyncIterable<Uint8Array> | UpstreamBody;
  /**
   * The body as text, at most {@link maxUpstreamErrorBodyBytes} of it. An error reply's body has been read already,
   * within the request's time limits; rejects when it could not be read whole.
   */
  text(): Promise<string>;
}

function send(url: URL, options: UpstreamRequest, signal: AbortSignal): Promise<IncomingMessage> {
  const secure = url.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const outgoing = (secure ? httpsRequest : httpRequest)(url, {
      method: options.method ?? 'POST',
      headers: { ...options.headers, 'content-length': String(Buffer.byteLength(options.body)) },
      agent: secure ? httpsAgent : httpAgent,
      signal,
    });
    outgoing.once('response', resolve);
    outgoing.once('error', reject);
    outgoing.end(options.body);
  });
}

/** Reads up to `limit` bytes of a body as text, then lets the rest go (leaving the loop destroys it). Rejects when the body fails. */
async function readText(body: AsyncIterable<Uint8Array>, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of body) {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    chunks.push(bytes);
    length += bytes.length;
    if (length >= limit) break;
  }
  return Buffer.concat(chunks).subarray(0, limit).toString('utf8');
}

/**
 * Sends one request upstream. For a success (2xx) it resolves only once the first body bytes have arrived, within
 * `timeouts.firstByteMs` (else {@link ModelTimeoutException}); later gaps longer than `timeouts.idleMs` fail the body
 * with {@link UpstreamIdleTimeout}. An error reply (4xx, 5xx) resolves once its body is in, under the same first-byte
 * limit and idle limit, and the caller's abort: an upstream that stalls its error body cannot hold the request.
 * Network failures become a retryable {@link ServiceUnavailableException}.
 */
export async function sendUpstream(options: UpstreamRequest): Promise<UpstreamResponse> {
  const { provider, timeouts } = options;
  const url = new URL(options.url);
  // Aborted by the caller, or by the first-byte timer; the listener on the caller's signal goes once the reply is in.
  const controller = new AbortController();
  const release = forwardAbort(options.signal, controller);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeouts.firstByteMs);
  const timeoutFailure = () =>
    new UpstreamFailure({
      error: new ModelTimeoutException({ message: `${provider}: no reply within ${timeouts.firstByteMs} ms` }),
      retryable: false,
    });
  try {
    let response: IncomingMessage;
    try {
      response = await send(url, options, controller.signal);
    } catch (error) {
      if (options.signal.aborted) throw error;
      if (timedOut) throw timeoutFailure();
      const reason = error instanceof Error ? ((error as { code?: string }).code ?? error.message) : String(error);
      throw new UpstreamFailure({
        error: new ServiceUnavailableException({ message: `${provider}: cannot reach the upstream (${reason})` }),
        retryable: true,
      });
    }
    const status = response.statusCode ?? 0;
    if (status >= 400) return await readErrorReply(response, timeouts, options.signal);
    const body = new UpstreamBody(response);
    try {
      await body.started;
    } catch (error) {
      if (options.signal.aborted) throw error;
      if (timedOut) throw timeoutFailure();
      throw new UpstreamFailure({
        error: new ServiceUnavailableException({
          message: `${provider}: the connection failed before the reply began`,
        }),
        retryable: true,
      });
    }
    // From here on the caller's signal ends the request directly, and silence is the idle limit's to judge; a body
    // that came whole in its first read has nothing left to wait for (and its socket may be back in the pool).
    if (!response.complete) {
      response.setTimeout(timeouts.idleMs, () => response.destroy(new UpstreamIdleTimeout(timeouts.idleMs)));
      const stop = () => response.destroy(options.signal.reason);
      if (options.signal.aborted) stop();
      else options.signal.addEventListener('abort', stop, { once: true });
      response.once('close', () => options.signal.removeEventListener('abort', stop));
    }
    return { status, headers: response.headers, body, text: () => readText(body, maxUpstreamErrorBodyBytes) };
  } finally {
    clearTimeout(timer);
    release();
  }
}

/**
 * An error reply with its body read, while the first-byte timer and the caller's abort (both on the request's
 * signal) still stand; a gap longer than the idle limit fails the read too. A body that could not be read whole
 * rejects from `text()`, and the reply's status still tells what went wrong.
 */
async function readErrorReply(
  response: IncomingMessage,
  timeouts: TimeoutSettings,
  signal: AbortSignal,
): Promise<UpstreamResponse> {
  response.setTimeout(timeouts.idleMs, () => response.destroy(new UpstreamIdleTimeout(timeouts.idleMs)));
  let text: Promise<string>;
  try {
    text = Promise.resolve(await readText(response, maxUpstreamErrorBodyBytes));
  } catch (error) {
    // A client that went away ends the request here; anything else leaves the status to speak for the reply.
    if (signal.aborted) throw error;
    text = Promise.reject(error);
    text.catch(() => undefined);
  }
  return { status: response.statusCode ?? 0, headers: response.headers, body: emptyBody(), text: () => text };
}

async function* emptyBody(): AsyncGenerator<Uint8Array> {}
