#!/usr/bin/env node
/**
 * The container's health check: asks the gateway in this container for `/health`, over HTTPS when the gateway serves
 * TLS, on the port its configuration names (file or environment, read as the gateway reads them). Exits 0 when the
 * gateway answers 200, 1 otherwise, without printing secrets.
 */
import { request as requestHttp } from 'node:http';
import { request as requestHttps } from 'node:https';
import { loadConfig } from './config/load-config.js';

const timeoutMs = 2_500;

function probe(): Promise<number> {
  const { server } = loadConfig();
  // The gateway listens on the wildcard address in containers; the probe asks it on loopback.
  const host = server.host === '0.0.0.0' || server.host === '::' ? '127.0.0.1' : server.host;
  const options = { host, port: server.port, path: '/health', timeout: timeoutMs };
  return new Promise((resolve) => {
    // The certificate names the public host, not loopback: the probe checks liveness, not the certificate.
    const request = server.tls
      ? requestHttps({ ...options, rejectUnauthorized: false }, (response) => resolve(response.statusCode ?? 0))
      : requestHttp(options, (response) => resolve(response.statusCode ?? 0));
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', () => resolve(0));
    request.end();
  });
}

try {
  const status = await probe();
  process.exit(status === 200 ? 0 : 1);
} catch {
  process.exit(1);
}
