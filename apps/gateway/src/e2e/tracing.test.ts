import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTracingHooks } from '../observability/tracing-hooks.js';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';

const exporter = new InMemorySpanExporter();
const provider = new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter })] });

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness({
    environment: { HEIMDALL_MAX_RETRIES: '0' },
    hooks: [createTracingHooks(provider.getTracer('heimdall-test'))],
  });
  harness.mock.scriptFor('down', { steps: [], failure: { type: 'http-error', status: 503, message: 'down' } });
  harness.mock.scriptFor('backup', {
    steps: [{ type: 'text', text: 'answered' }],
    usage: { inputTokens: 12, outputTokens: 5 },
  });
});
afterAll(async () => {
  await harness.close();
  await provider.shutdown();
});

const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';

describe('OpenTelemetry traces', () => {
  it('trace one ConverseStream request through a fallback: a request span and an attempt span per upstream', async () => {
    const response = await fetch(`${harness.url}/bedrock/model/openai%2Fdown/converse-stream`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
        'x-heimdall-fallbacks': 'anthropic/backup',
      },
      body: JSON.stringify({ messages: [{ role: 'user', content: [{ text: 'hi' }] }] }),
    });
    await response.arrayBuffer();
    await expect.poll(() => exporter.getFinishedSpans().length, { timeout: 10_000 }).toBe(3);

    const spans = exporter.getFinishedSpans();
    const request = spans.find((span) => span.kind === SpanKind.SERVER);
    const attempts = spans.filter((span) => span.kind === SpanKind.CLIENT);
    expect(request?.spanContext().traceId).toBe(traceId);
    expect(request?.parentSpanContext?.spanId).toBe('00f067aa0ba902b7');
    expect(request?.attributes).toMatchObject({
      'gen_ai.operation.name': 'chat',
      'gen_ai.request.model': 'openai/down',
      'gen_ai.response.model': 'anthropic/backup',
      'gen_ai.usage.input_tokens': 12,
      'gen_ai.usage.output_tokens': 5,
      'gen_ai.response.finish_reasons': ['end_turn'],
      'http.response.status_code': 200,
    });

    expect(attempts.map((span) => span.attributes['gen_ai.system'])).toEqual(['openai', 'anthropic']);
    for (const attempt of attempts) {
      expect(attempt.spanContext().traceId).toBe(traceId);
      expect(attempt.parentSpanContext?.spanId).toBe(request?.spanContext().spanId);
      expect(attempt.attributes['gen_ai.operation.name']).toBe('chat');
    }
    const [failed, answered] = attempts;
    expect(failed?.attributes).toMatchObject({
      'gen_ai.request.model': 'down',
      'error.type': 'ServiceUnavailableException',
    });
    expect(failed?.status.code).toBe(SpanStatusCode.ERROR);
    expect(answered?.attributes).toMatchObject({ 'gen_ai.request.model': 'backup', 'gen_ai.response.model': 'backup' });
    expect(answered?.status.code).not.toBe(SpanStatusCode.ERROR);
  });
});
