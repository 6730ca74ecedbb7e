import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';
import { startTracing, type Tracing } from './start-tracing.js';

/** A stand-in OTLP/HTTP collector on loopback: keeps what each POST to /v1/traces carried. */
const received: { path: string; contentType: string | undefined; body: string }[] = [];
const collector = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    received.push({
      path: request.url ?? '',
      contentType: request.headers['content-type'],
      body: Buffer.concat(chunks).toString('utf8'),
    });
    response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
});

let tracing: Tracing | undefined;
let harness: GatewayHarness;
beforeAll(async () => {
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  const { port } = collector.address() as AddressInfo;
  tracing = await startTracing({
    OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
    OTEL_SERVICE_NAME: 'heimdall-test',
  });
  harness = await startGatewayHarness({ hooks: tracing ? [tracing.hooks] : [] });
  harness.mock.scriptFor('traced', { steps: [{ type: 'text', text: 'ok' }] });
});
afterAll(async () => {
  await harness.close();
  await new Promise((resolve) => collector.close(resolve));
});

describe('traces exported over OTLP', () => {
  it('stays off, loading nothing, without an OTLP endpoint', async () => {
    await expect(startTracing({})).resolves.toBeUndefined();
  });

  it("sends a request's spans to the endpoint OTEL_EXPORTER_OTLP_ENDPOINT names, flushed at shutdown", async () => {
    expect(tracing).toBeDefined();
    const response = await fetch(`${harness.url}/model/openai%2Ftraced/converse`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messages: [{ role: 'user', content: [{ text: 'hi' }] }] }),
    });
    expect(response.status).toBe(200);
    await tracing?.shutdown();
    const traces = received.filter((request) => request.path === '/v1/traces');
    expect(traces.length).toBeGreaterThan(0);
    const everything = traces.map((request) => request.body).join('\n');
    expect(everything).toContain('heimdall-test');
    expect(everything).toContain('gen_ai.request.model');
    expect(everything).toContain('openai/traced');
  });
});
