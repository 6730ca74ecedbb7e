import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { RequestFields } from '../logging/request-record.js';
import { sharedProcessMetrics } from './process-metrics.js';

/** Model names come from clients; past this many distinct values, new ones are counted as `other`. */
const maxModelLabels = 200;

export interface GatewayMetrics {
  readonly registry: Registry;
  /** Called once per finished request. */
  observeRequest(fields: RequestFields & { durationMs: number }): void;
  /** Called for every failed upstream attempt, retried or not. */
  observeUpstreamError(details: { provider: string; type: string }): void;
  streamOpened(): void;
  streamClosed(): void;
}

/**
 * The gateway's Prometheus metrics, in a registry of its own (several gateways may share a process in tests), with the
 * process's own metrics beside them.
 */
export function createGatewayMetrics(): GatewayMetrics {
  const registry = new Registry();
  const requests = new Counter({
    name: 'heimdall_requests_total',
    help: 'Requests by route, provider, answering model and HTTP status.',
    labelNames: ['route', 'provider', 'model', 'status', 'error_type'] as const,
    registers: [registry],
  });
  const buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];
  const timeToFirstByte = new Histogram({
    name: 'heimdall_time_to_first_byte_seconds',
    help: 'From receiving a request to the first event of its reply.',
    labelNames: ['provider', 'model'] as const,
    buckets,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'heimdall_request_duration_seconds',
    help: 'From receiving a request to the end of its reply.',
    labelNames: ['route', 'provider', 'model'] as const,
    buckets,
    registers: [registry],
  });
  const tokens = new Counter({
    name: 'heimdall_tokens_total',
    help: 'Tokens by direction (input, output, cache_read, cache_write), provider and model.',
    labelNames: ['direction', 'provider', 'model'] as const,
    registers: [registry],
  });
  const upstreamErrors = new Counter({
    name: 'heimdall_upstream_errors_total',
    help: 'Failed upstream attempts by provider and Bedrock error type, including those retried or answered by a fallback.',
    labelNames: ['provider', 'type'] as const,
    registers: [registry],
  });
  const openStreams = new Gauge({
    name: 'heimdall_open_streams',
    help: 'ConverseStream replies in flight.',
    registers: [registry],
  });

  const knownModels = new Set<string>();
  const modelLabel = (model: string | undefined) => {
    if (!model) return 'none';
    if (knownModels.has(model)) return model;
    if (knownModels.size >= maxModelLabels) return 'other';
    knownModels.add(model);
    return model;
  };

  return {
    registry: Registry.merge([registry, sharedProcessMetrics()]),
    observeRequest(fields) {
      const provider = fields.provider ?? 'none';
      const model = modelLabel(fields.answeredBy ?? fields.model);
      const route = fields.route ?? 'unmatched';
      requests.inc({
        route,
        provider,
        model,
        status: String(fields.status ?? 0),
        error_type: fields.error?.type ?? '',
      });
      duration.observe({ route, provider, model }, fields.durationMs / 1000);
      if (fields.timeToFirstByteMs !== undefined)
        timeToFirstByte.observe({ provider, model }, fields.timeToFirstByteMs / 1000);
      const usage = fields.usage;
      if (usage) {
        tokens.inc({ direction: 'input', provider, model }, usage.inputTokens);
        tokens.inc({ direction: 'output', provider, model }, usage.outputTokens);
        if (usage.cacheReadInputTokens)
          tokens.inc({ direction: 'cache_read', provider, model }, usage.cacheReadInputTokens);
        if (usage.cacheWriteInputTokens)
          tokens.inc({ direction: 'cache_write', provider, model }, usage.cacheWriteInputTokens);
      }
    },
    observeUpstreamError({ provider, type }) {
      upstreamErrors.inc({ provider, type });
    },
    streamOpened: () => openStreams.inc(),
    streamClosed: () => openStreams.dec(),
  };
}
