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
      /heimdall_requests_total\{route="\/bedrock\/model\/\{modelId\}\/converse-stream",key="anonymous",provider="openai",model="openai\/metered",status="200",error_type=""\} 1/,
    );
    expect(text).toMatch(
      /heimdall_tokens_total\{direction="input",key="anonymous",provider="openai",model="openai\/metered"\} 14/,
    );
    expect(text).toMatch(
      /heimdall_tokens_total\{direction="output",key="anonymous",provider="openai",model="openai\/metered"\} 6/,
    );
    expect(text).toMatch(/heimdall_time_to_first_byte_seconds_count\{provider="openai",model="openai\/metered"\} 1/);
    // The first attempt and both retries of the 503 failed.
    expect(text).toMatch(/heimdall_upstream_errors_total\{provider="openai",type="ServiceUnavailableException"\} 3/);
    expect(text).toMatch(
      /heimdall_requests_total\{route=".*",key="anonymous",provider="openai",model="openai\/broken",status="503",error_type="ServiceUnavailableException"\} 1/,
    );
    expect(text).toMatch(/heimdall_open_streams 0/);
  });

  it('keeps a request the upstream calls invalid out of the upstream errors, which are for alerts', async () => {
    harness.mock.scriptFor('refuses', {
      steps: [],
      failure: { type: 'http-error', status: 400, message: 'no messages' },
    });
    const before = await (await fetch(`${harness.url}/metrics`)).text();
    await send('openai/refuses');
    const after = await (await fetch(`${harness.url}/metrics`)).text();
    expect(before).not.toMatch(/heimdall_upstream_errors_total\{[^}]*type="ValidationException"/);
    expect(after).not.toMatch(/heimdall_upstream_errors_total\{[^}]*type="ValidationException"/);
    expect(after).toMatch(
      /heimdall_requests_total\{.*model="openai\/refuses",status="400",error_type="ValidationException"\} 1/,
    );
    const line = harness.log.lines.find((entry) => entry.msg === 'upstream refused the request as invalid');
    expect(line).toMatchObject({ level: 'info', provider: 'openai' });
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

describe('usage per gateway key', () => {
  it('counts requests and tokens by key id, and writes no log line for probes', async () => {
    const keyed = await startGatewayHarness({ environment: { HEIMDALL_API_KEYS: 'team-a:secret-a,team-b:secret-b' } });
    try {
      keyed.mock.scriptFor('metered', {
        steps: [{ type: 'text', text: 'ok' }],
        usage: { inputTokens: 4, outputTokens: 2 },
      });
      for (const secret of ['secret-a', 'secret-a', 'secret-b']) {
        const response = await fetch(`${keyed.url}/model/openai%2Fmetered/converse`, {
          method: 'POST',
          body,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        });
        await response.arrayBuffer();
      }
      for (let probe = 0; probe < 3; probe++) await (await fetch(`${keyed.url}/health`)).arrayBuffer();
      const text = await (
        await fetch(`${keyed.url}/metrics`, { headers: { authorization: 'Bearer secret-a' } })
      ).text();
      expect(text).toMatch(
        /heimdall_requests_total\{route="\/model\/\{modelId\}\/converse",key="team-a",.*status="200".*\} 2/,
      );
      expect(text).toMatch(
        /heimdall_requests_total\{route="\/model\/\{modelId\}\/converse",key="team-b",.*status="200".*\} 1/,
      );
      expect(text).toMatch(
        /heimdall_tokens_total\{direction="input",key="team-a",provider="openai",model="openai\/metered"\} 8/,
      );
      const logged = keyed.log.lines.filter((line) => line.msg === 'request').map((line) => line.route);
      expect(logged).toHaveLength(3);
      expect(logged.every((route) => route === '/model/{modelId}/converse')).toBe(true);
    } finally {
      await keyed.close();
    }
  });
});
