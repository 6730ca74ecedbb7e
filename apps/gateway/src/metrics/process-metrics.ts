import { collectDefaultMetrics, Registry } from 'prom-client';

let processRegistry: Registry | undefined;

/**
 * Node's process metrics (CPU, resident memory, heap by space, event-loop lag, GC pauses, open handles), under the
 * names prom-client's dashboards expect. They describe the process, not one gateway, so they are collected once per
 * process however many gateways it runs (tests run many), and each gateway's registry includes them.
 * @see https://github.com/siimon/prom-client#default-metrics
 */
export function sharedProcessMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}
