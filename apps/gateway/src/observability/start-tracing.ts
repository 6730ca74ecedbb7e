import type { ExchangeHooks } from '../app/exchange-hooks.js';

/** Tracing as the gateway runs it: the hooks that make spans, and a shutdown that sends what is still buffered. */
export interface Tracing {
  hooks: ExchangeHooks;
  shutdown(): Promise<void>;
}

/**
 * Where traces go: the traces endpoint as given, or the general endpoint with `/v1/traces` after it, as OpenTelemetry
 * specifies for OTLP/HTTP.
 */
function tracesUrl(environment: NodeJS.ProcessEnv): string | undefined {
  if (environment.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return environment.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  const endpoint = environment.OTEL_EXPORTER_OTLP_ENDPOINT;
  return endpoint ? `${endpoint.replace(/\/+$/, '')}/v1/traces` : undefined;
}

/**
 * Starts exporting traces over OTLP/HTTP when `OTEL_EXPORTER_OTLP_ENDPOINT` (or `…_TRACES_ENDPOINT`) is set; the
 * exporter reads the other standard `OTEL_EXPORTER_OTLP_*` variables (headers, time-out, …) itself. Without them nothing is loaded:
 * tracing costs nothing when it is off.
 * @see https://opentelemetry.io/docs/specs/otel/protocol/exporter/
 */
export async function startTracing(environment: NodeJS.ProcessEnv = process.env): Promise<Tracing | undefined> {
  const url = tracesUrl(environment);
  if (url === undefined) return undefined;
  const [
    { BatchSpanProcessor, TracerProvider },
    { OTLPTraceExporter },
    { resourceFromAttributes },
    { createTracingHooks },
  ] = await Promise.all([
    import('@opentelemetry/sdk-trace'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
    import('./tracing-hooks.js'),
  ]);
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': environment.OTEL_SERVICE_NAME || 'heimdall' }),
    spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url }) })],
  });
  return { hooks: createTracingHooks(provider.getTracer('heimdall')), shutdown: () => provider.shutdown() };
}
