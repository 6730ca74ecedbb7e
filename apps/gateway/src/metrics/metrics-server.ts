import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { secretsEqual } from '../auth/constant-time.js';
import type { GatewayMetrics } from './gateway-metrics.js';

export interface MetricsServer {
  listen(): Promise<AddressInfo>;
  close(): Promise<void>;
}

const bearerOf = (authorization: string | undefined) => /^bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];

/**
 * `GET /metrics` on a port of its own, for Prometheus on the operator's network; with a key, only for a scraper that
 * sends it as `Authorization: Bearer <key>`. It serves nothing else, so exposing the API port does not expose it.
 */
export function createMetricsServer(options: {
  metrics: GatewayMetrics;
  host: string;
  port: number;
  key?: string | undefined;
}): MetricsServer {
  const { metrics, host, port, key } = options;
  // A scrape is one small GET: seconds are plenty, and a stuck scraper cannot hold connections.
  const server = createServer(
    { headersTimeout: 10_000, requestTimeout: 10_000, keepAliveTimeout: 65_000 },
    (request, response) => {
      const path = new URL(request.url ?? '/', 'http://metrics').pathname;
      if (request.method !== 'GET' || path !== '/metrics') {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Only GET /metrics is served on this port\n');
        return;
      }
      const token = bearerOf(request.headers.authorization);
      if (key !== undefined && !(token !== undefined && secretsEqual(token, key))) {
        response
          .writeHead(403, { 'content-type': 'text/plain' })
          .end('Metrics need the metrics key, as `Authorization: Bearer <key>`\n');
        return;
      }
      metrics.registry.metrics().then(
        (text) => response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
        () => response.writeHead(500, { 'content-type': 'text/plain' }).end('The metrics could not be collected\n'),
      );
    },
  );
  return {
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve(server.address() as AddressInfo);
        });
      }),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
