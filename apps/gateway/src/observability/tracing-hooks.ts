import { context, type Span, SpanKind, SpanStatusCode, type Tracer, trace } from '@opentelemetry/api';
import type { Exchange } from '../app/exchange.js';
import type { ExchangeHooks } from '../app/exchange-hooks.js';
import { genAiSystem } from './gen-ai-system.js';
import { parseTraceparent } from './traceparent.js';

/** The spans of one request: its own, and the upstream attempt in flight. */
interface ExchangeSpans {
  request: Span;
  attempts: Map<string, Span>;
}

const attemptKey = (attempt: { modelId: string; retry: number }) => `${attempt.modelId}#${attempt.retry}`;

/**
 * Traces each request that reaches an upstream as a server span, with a client span per upstream attempt (retries
 * and fallbacks each their own), carrying OpenTelemetry's GenAI attributes: the system, the requested and answering
 * model, token usage and finish reasons. The request span continues the client's `traceparent`.
 * @see https://opentelemetry.io/docs/specs/semconv/gen-ai/gen-ai-spans/
 */
export function createTracingHooks(tracer: Tracer): ExchangeHooks {
  const spans = new WeakMap<Exchange, ExchangeSpans>();

  const requestSpanOf = (exchange: Exchange): ExchangeSpans => {
    let found = spans.get(exchange);
    if (!found) {
      const remote = parseTraceparent(exchange.traceparent);
      const parent = remote ? trace.setSpanContext(context.active(), { ...remote, isRemote: true }) : context.active();
      const { fields } = exchange.record;
      const request = tracer.startSpan(
        `chat ${fields.model ?? 'unknown'}`,
        {
          kind: SpanKind.SERVER,
          startTime: performance.timeOrigin + exchange.startedAt,
          attributes: {
            'gen_ai.operation.name': 'chat',
            'gen_ai.request.model': fields.model ?? '',
            'http.request.method': fields.method,
            'http.route': fields.route ?? '',
            'heimdall.request_id': exchange.requestId,
          },
        },
        parent,
      );
      found = { request, attempts: new Map() };
      spans.set(exchange, found);
    }
    return found;
  };

  return {
    beforeAttempt(exchange, attempt) {
      const { request, attempts } = requestSpanOf(exchange);
      const span = tracer.startSpan(
        `chat ${attempt.model}`,
        {
          kind: SpanKind.CLIENT,
          attributes: {
            'gen_ai.operation.name': 'chat',
            'gen_ai.system': genAiSystem(attempt.providerType),
            'gen_ai.request.model': attempt.model,
            'heimdall.provider': attempt.provider,
            'heimdall.attempt.retry': attempt.retry,
          },
        },
        trace.setSpan(context.active(), request),
      );
      attempts.set(attemptKey(attempt), span);
    },
    afterAttempt(exchange, attempt, { error }) {
      const found = spans.get(exchange);
      const span = found?.attempts.get(attemptKey(attempt));
      if (!found || !span) return;
      found.attempts.delete(attemptKey(attempt));
      if (error) {
        span.setAttribute('error.type', error.type);
        span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
      } else {
        span.setAttribute('gen_ai.response.model', attempt.model);
      }
      span.end();
    },
    onFinish(exchange, fields) {
      const found = spans.get(exchange);
      if (!found) return;
      const { request } = found;
      for (const left of found.attempts.values()) left.end();
      if (fields.answeredBy) request.setAttribute('gen_ai.response.model', fields.answeredBy);
      if (fields.provider) request.setAttribute('heimdall.provider', fields.provider);
      if (fields.keyId) request.setAttribute('heimdall.key_id', fields.keyId);
      if (fields.usage) {
        request.setAttribute('gen_ai.usage.input_tokens', fields.usage.inputTokens);
        request.setAttribute('gen_ai.usage.output_tokens', fields.usage.outputTokens);
      }
      if (fields.stopReason) request.setAttribute('gen_ai.response.finish_reasons', [fields.stopReason]);
      if (fields.status !== undefined) request.setAttribute('http.response.status_code', fields.status);
      if (fields.clientClosed) request.setAttribute('heimdall.client_closed', true);
      if (fields.error) {
        request.setAttribute('error.type', fields.error.type);
        request.setStatus({ code: SpanStatusCode.ERROR, message: fields.error.message });
      }
      request.end(performance.timeOrigin + exchange.startedAt + fields.durationMs);
    },
  };
}
