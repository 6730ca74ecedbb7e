import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness();
});
afterAll(() => harness.close());

const body = JSON.stringify({ messages: [{ role: 'user', content: [{ text: 'hi' }] }] });
const send = (model: string, operation = 'converse-stream') =>
  fetch(`${harness.url}/bedrock/model/${encodeURIComponent(model)}/${operation}`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json' },
  }).then((response) => response.arrayBuffer());

describe('GET /metrics after real traffic', () => {
  it('counts requests, tokens, time to first byte and upstream errors in Prometheus format', async () => {
    harness.mock.scriptFor('metered', {
      steps: [{ type: 'text', text: 'ok' }],
      usage: { inputTokens: 7, outputTokens: 3 },
    });
    harness.mock.scriptFor('broken', { steps: [], failure: { type: 'http-error', status: 503 } });
    await send('openai/metered');
    await send('openai/metered', 'converse');
    await send('openai/broken');

    const response = await fetch(`${harness.url}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(
      /heimdall_requests_total\{route="\/bedrock\/model\/\{modelId\}\/converse-stream",provider="openai",model="openai\/metered",status="200",error_type=""\} 1/,
    );
    expect(text).toMatch(/heimdall_tokens_total\{direction="input",provider="openai",model="openai\/metered"\} 14/);
    expect(text).toMatch(/heimdall_tokens_total\{direction="output",provider="openai",model="openai\/metered"\} 6/);
    expect(text).toMatch(/heimdall_time_to_first_byte_seconds_count\{provider="openai",model="openai\/metered"\} 1/);
    // The first attempt and both retries of the 503 failed.
    expect(text).toMatch(/heimdall_upstream_errors_total\{provider="openai",type="ServiceUnavailableException"\} 3/);
    expect(text).toMatch(
      /heimdall_requests_total\{route=".*",provider="openai",model="openai\/broken",status="503",error_type="ServiceUnavailableException"\} 1/,
    );
    expect(text).toMatch(/heimdall_open_streams 0/);
  });

  it("exports the process's own metrics beside the gateway's: CPU, memory, heap, event-loop lag, GC", async () => {
    const text = await (await fetch(`${harness.url}/metrics`)).text();
    for (const name of [
      'process_cpu_seconds_total',
      'process_resident_memory_bytes',
      'nodejs_heap_size_used_bytes',
      'nodejs_eventloop_lag_p99_seconds',
      'nodejs_gc_duration_seconds',
    ]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
  });
});
