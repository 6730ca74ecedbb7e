import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';
import { type StandaloneGateway, startStandaloneGateway } from '../test-support/standalone-gateway.js';

const gatewayKey = { authorization: 'Bearer gateway-secret' };
const metricsKey = { authorization: 'Bearer scrape-secret' };

describe('a gateway with keys and no metrics settings', () => {
  let harness: GatewayHarness;
  beforeAll(async () => {
    harness = await startGatewayHarness({ environment: { HEIMDALL_API_KEYS: 'gateway-secret' } });
  });
  afterAll(() => harness.close());

  it('shows metrics only to a caller with a gateway key', async () => {
    const stranger = await fetch(`${harness.url}/metrics`);
    expect(stranger.status).toBe(403);
    expect(await stranger.text()).not.toContain('heimdall_');
    const keyed = await fetch(`${harness.url}/metrics`, { headers: gatewayKey });
    expect(keyed.status).toBe(200);
    expect(await keyed.text()).toContain('heimdall_open_streams');
  });

  it('tells a stranger whether it is ready and nothing about its providers', async () => {
    const stranger = await fetch(`${harness.url}/ready`);
    expect(stranger.status).toBe(200);
    const text = await stranger.text();
    expect(JSON.parse(text)).toEqual({ status: 'ready', providers: [] });
    for (const provider of ['openai', 'anthropic', 'gemini', 'bedrock']) expect(text).not.toContain(provider);
    const keyed = await fetch(`${harness.url}/ready`, { headers: gatewayKey });
    expect(await keyed.json()).toEqual({ status: 'ready', providers: ['openai', 'anthropic', 'gemini', 'bedrock'] });
  });

  it('keeps the liveness probe open', async () => {
    expect((await fetch(`${harness.url}/health`)).status).toBe(200);
  });
});

describe('a gateway with a metrics key', () => {
  let harness: GatewayHarness;
  beforeAll(async () => {
    harness = await startGatewayHarness({
      environment: { HEIMDALL_API_KEYS: 'gateway-secret', HEIMDALL_METRICS_KEY: 'scrape-secret' },
    });
  });
  afterAll(() => harness.close());

  it('serves metrics to the metrics key alone, so that a client key cannot read them', async () => {
    expect((await fetch(`${harness.url}/metrics`, { headers: gatewayKey })).status).toBe(403);
    const scraped = await fetch(`${harness.url}/metrics`, { headers: metricsKey });
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain('heimdall_open_streams');
  });

  it('shows the details of readiness to the metrics key too', async () => {
    const body = await (await fetch(`${harness.url}/ready`, { headers: metricsKey })).json();
    expect(body).toMatchObject({ status: 'ready', providers: ['openai', 'anthropic', 'gemini', 'bedrock'] });
  });
});

describe('a gateway with a metrics port', () => {
  let running: StandaloneGateway | undefined;
  afterEach(async () => {
    await running?.gateway.stop({ graceMs: 0 });
    await running?.closeMock();
    running = undefined;
  });

  it('serves metrics on that port only, never on the API port', async () => {
    running = await startStandaloneGateway({
      HEIMDALL_API_KEYS: 'gateway-secret',
      HEIMDALL_METRICS_PORT: '0',
      HEIMDALL_METRICS_KEY: 'scrape-secret',
    });
    const onApiPort = await fetch(`${running.url}/metrics`, { headers: metricsKey });
    expect(onApiPort.status).toBe(404);
    expect(onApiPort.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
    const refusal = await onApiPort.text();
    expect(refusal).not.toContain('heimdall_');
    expect(JSON.parse(refusal).message).toContain('metrics are served on the metrics port');

    expect(running.metricsUrl).toBeDefined();
    const metricsUrl = running.metricsUrl ?? '';
    expect(new URL(metricsUrl).port).not.toBe(new URL(running.url).port);
    expect((await fetch(metricsUrl)).status).toBe(403);
    const scraped = await fetch(metricsUrl, { headers: metricsKey });
    expect(scraped.status).toBe(200);
    expect(scraped.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await scraped.text()).toContain('heimdall_open_streams');
    // The metrics port serves nothing else: no API behind it.
    expect((await fetch(new URL('/health', metricsUrl))).status).toBe(404);
  });
});
