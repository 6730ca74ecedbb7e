import type { IncomingMessage, ServerResponse } from 'node:http';
import { expandScript } from '../script/expand-script.js';
import { resolveFinishReason, resolveUsage } from '../script/reply-summary.js';
import type { Script } from '../script/script.js';
import { ScriptError } from '../script/validate-script.js';
import type { ParsedRequest, WireFormat } from '../wire/wire-format.js';
import { pause, untilAborted } from './pause.js';
import { playFullResponse } from './play-full-response.js';
import { playReplay } from './play-replay.js';
import { playStream } from './play-stream.js';
import type { RecordedRequest, TrackedRequest } from './recorded-request.js';
import { trackRequest } from './recorded-request.js';
import type { ScriptRegistry } from './script-registry.js';
import { sendReply } from './send-reply.js';

/**
 * Answers one request: records it, picks the wire format by path, checks who sent it and what it asks, and plays
 * the recording it names or else the chosen script.
 */
export async function handleRequest({
  request,
  response,
  wireFormats,
  registry,
  requests,
}: {
  request: IncomingMessage;
  response: ServerResponse;
  wireFormats: readonly WireFormat[];
  registry: ScriptRegistry;
  requests: RecordedRequest[];
}): Promise<void> {
  const method = request.method ?? 'GET';
  const url = request.url ?? '/';
  const path = url.split('?')[0] ?? '/';
  const rawBody = await readBody(request);
  const tracked = trackRequest({ method, path, headers: request.headers, rawBody, response });
  requests.push(tracked.record);

  const wireFormat = wireFormats.find((format) => format.matches({ method, path }));
  if (wireFormat === undefined) {
    sendReply(response, notFoundReply(method, path));
    return;
  }
  const view = { method, path, url, headers: request.headers, rawBody };
  if (wireFormat.authenticate !== undefined) {
    const { authorization, rejection } = await wireFormat.authenticate(view);
    tracked.setAuthorization(authorization);
    if (rejection !== undefined) {
      sendReply(response, rejection);
      return;
    }
  }
  const read = wireFormat.readRequest(view);
  if (!read.ok) {
    sendReply(response, read.reply);
    return;
  }
  const replay = wireFormat.findReplay?.(read.request);
  if (replay !== undefined) {
    try {
      await playReplay({ response, replay, signal: tracked.signal });
    } catch (error) {
      if (tracked.signal.aborted) return;
      throw error;
    }
    return;
  }
  let script: Script;
  try {
    script = registry.resolve({ wireFormat: wireFormat.name, ...read.request });
  } catch (error) {
    if (!(error instanceof ScriptError)) throw error;
    sendReply(
      response,
      wireFormat.renderError({ status: 500, message: `Invalid mock upstream script: ${error.message}` }),
    );
    return;
  }
  try {
    await playScript({ response, wireFormat, request: read.request, script, tracked });
  } catch (error) {
    // A pause cut short means the client left; how the exchange ended is already recorded.
    if (tracked.signal.aborted) return;
    throw error;
  }
}

async function playScript({
  response,
  wireFormat,
  request,
  script,
  tracked,
}: {
  response: ServerResponse;
  wireFormat: WireFormat;
  request: ParsedRequest;
  script: Script;
  tracked: TrackedRequest;
}): Promise<void> {
  const { signal, drop } = tracked;
  const timing = script.timing ?? {};
  await pause(timing.headersDelayMs, signal);
  if (script.failure?.type === 'no-response') {
    await untilAborted(signal);
    return;
  }
  if (script.failure?.type === 'http-error') {
    sendReply(response, wireFormat.renderError(script.failure));
    return;
  }
  const items = expandScript({ script, interleaveToolCalls: wireFormat.interleavesToolCalls });
  const context = {
    request,
    script,
    usage: resolveUsage({ script, items }),
    finishReason: resolveFinishReason(script),
    startedAt: Date.now(),
  };
  if (request.stream) {
    const renderer = wireFormat.createStreamRenderer(context);
    await playStream({ response, renderer, items, timing, signal, drop });
  } else {
    await playFullResponse({ response, wireFormat, context, items, timing, signal, drop });
  }
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function notFoundReply(method: string, path: string) {
  const error = { message: `Invalid URL (${method} ${path})`, type: 'invalid_request_error', param: null, code: null };
  return { status: 404, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error }) };
}
