import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GatewayHarness, startGatewayHarness, upstreamKey } from '../test-support/gateway-harness.js';

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness({
    environment: { HEIMDALL_BODY_LIMIT_BYTES: '2048', ANTHROPIC_API_KEY: '', ANTHROPIC_BASE_URL: '' },
  });
});
afterAll(() => harness.close());

async function post(
  path: string,
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
) {
  const response = await fetch(`${harness.url}${path}`, { method: 'POST', body, headers });
  return {
    status: response.status,
    type: response.headers.get('x-amzn-errortype'),
    body: (await response.json()) as { message: string; type: string },
  };
}

const stream = '/bedrock/model/openai%2Fgpt-4o/converse-stream';
const valid = JSON.stringify({ messages: [{ role: 'user', content: [{ text: 'hi' }] }] });

describe('bad input gets a ValidationException that names the problem', () => {
  it('a body that is not JSON', async () => {
    const reply = await post(stream, '{"messages": [');
    expect(reply).toMatchObject({ status: 400, type: 'ValidationException' });
    expect(reply.body.message).toMatch(/^The request body is not valid JSON/);
  });

  it('a field that breaks the schema, named by its path', async () => {
    const reply = await post(
      stream,
      JSON.stringify({
        messages: [{ role: 'user', content: [{ image: { format: 'bmp', source: { bytes: 'AAAA' } } }] }],
      }),
    );
    expect(reply).toMatchObject({ status: 400, type: 'ValidationException' });
    expect(reply.body.message).toBe('messages[0].content[0].image.format: must be one of "png", "jpeg", "gif", "webp"');
  });

  it('an unknown field, as Bedrock rejects it', async () => {
    const reply = await post(stream, JSON.stringify({ messages: [], inferenceConfg: { maxTokens: 5 } }));
    expect(reply.body.message).toBe('inferenceConfg: is not a field Bedrock accepts here');
  });

  it('a body over the configured limit', async () => {
    const reply = await post(
      stream,
      JSON.stringify({ messages: [{ role: 'user', content: [{ text: 'x'.repeat(4096) }] }] }),
    );
    expect(reply).toMatchObject({ status: 400, type: 'ValidationException' });
    expect(reply.body.message).toBe("The request body is larger than the gateway's limit of 2048 bytes");
  });

  it('a body without a JSON content type', async () => {
    const reply = await post(stream, valid, { 'content-type': 'text/plain' });
    expect(reply).toMatchObject({ status: 400, type: 'ValidationException' });
    expect(reply.body.message).toMatch(/Content-Type: application\/json/);
  });

  it('a model whose provider is not configured, with how to configure it', async () => {
    const reply = await post('/bedrock/model/anthropic%2Fclaude-sonnet-4-5/converse-stream', valid);
    expect(reply).toMatchObject({ status: 400, type: 'ValidationException' });
    expect(reply.body.message).toMatch(/"anthropic" .* is not configured: set ANTHROPIC_API_KEY/);
  });

  it('a path the gateway does not serve', async () => {
    const reply = await post('/bedrock/model/openai%2Fgpt-4o/invoke', valid);
    expect(reply).toMatchObject({ status: 404, type: 'UnknownOperationException' });
  });
});

describe('upstream failures keep their meaning and never leak the upstream key', () => {
  const cases = [
    [400, 'ValidationException'],
    // The upstream refused the gateway's own key: the client's key was fine, so it must not read as theirs.
    [401, 'InternalServerException'],
    [404, 'ResourceNotFoundException'],
    [429, 'ThrottlingException'],
    [500, 'InternalServerException'],
    [503, 'ServiceUnavailableException'],
  ] as const;
  it.each(cases)('upstream %i → %s', async (status, type) => {
    harness.mock.scriptFor(`fails-${status}`, {
      steps: [],
      failure: {
        type: 'http-error',
        status,
        message: `Incorrect API key provided: ${upstreamKey.slice(0, 8)}***6789 (status ${status})`,
      },
    });
    const reply = await post(`/bedrock/model/openai%2Ffails-${status}/converse`, valid);
    expect(reply).toMatchObject({ status: status === 401 ? 500 : status, type });
    expect(reply.body.message).toMatch(new RegExp(`^openai: .*\\(status ${status}\\)`));
    if (status === 401) expect(reply.body.message).toContain("refused the gateway's own credentials");
    expect(JSON.stringify(reply.body)).not.toContain(upstreamKey.slice(0, 8));
  });

  it('logs nothing that contains the upstream key', () => {
    expect(harness.log.raw.join('\n')).not.toContain(upstreamKey.slice(0, 8));
  });
});
