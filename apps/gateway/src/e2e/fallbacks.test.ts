import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converseBody, postConverse, readFrames, textOf } from '../test-support/converse-over-fetch.js';
import { createFailoverConfig } from '../test-support/failover-config.js';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';

let harness: GatewayHarness;
beforeAll(async () => {
  // Model ids without a configured provider prefix go to Bedrock, which is left unconfigured here (a config file may
  // not name a default provider that does not exist, but the implicit one may be missing).
  harness = await startGatewayHarness({
    configFile: createFailoverConfig(),
    environment: { AWS_REGION: '', AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', BEDROCK_BASE_URL: '' },
  });
  harness.mock.scriptFor('standby', { steps: [{ type: 'text', text: 'from the backup' }] });
});
afterAll(() => harness.close());

/** The requests the mock received for one upstream model name. */
const requestsFor = (model: string) =>
  harness.mock.requests.filter((request) => (request.body as { model?: string } | undefined)?.model === model);

const send = (modelId: string, fallbacks: string[], operation?: 'converse' | 'converse-stream') =>
  postConverse({ baseUrl: harness.url, modelId, operation, body: converseBody({ fallbacks }) });

const requestLine = (requestId: string | null) =>
  harness.log.lines.find((line) => line.msg === 'request' && line.requestId === requestId);

describe('fallbacks, before the first byte', () => {
  it('a primary that keeps failing with 503 is retried, then the backup answers and is named', async () => {
    harness.mock.scriptFor('overloaded', {
      steps: [],
      failure: { type: 'http-error', status: 503, message: 'primary is overloaded' },
    });
    const response = await send('primary/overloaded', ['backup/standby']);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-heimdall-model')).toBe('backup/standby');
    expect(textOf(await readFrames(response))).toBe('from the backup');
    expect(requestsFor('overloaded')).toHaveLength(3);
    expect(requestLine(response.headers.get('x-amzn-requestid'))).toMatchObject({
      model: 'primary/overloaded',
      answeredBy: 'backup/standby',
      provider: 'backup',
      failedAttempts: 3,
      status: 200,
    });
  });

  it("when every model fails, the client gets the primary's error type and message", async () => {
    harness.mock.scriptFor('first-down', {
      steps: [],
      failure: { type: 'http-error', status: 503, message: 'primary is down' },
    });
    harness.mock.scriptFor('second-down', {
      steps: [],
      failure: { type: 'http-error', status: 500, message: 'backup broke too' },
    });
    const response = await send('primary/first-down', ['backup/second-down']);
    expect(response.status).toBe(503);
    expect(response.headers.get('x-amzn-errortype')).toBe('ServiceUnavailableException');
    expect(await response.json()).toEqual({ type: 'ServiceUnavailableException', message: 'primary: primary is down' });
    expect(requestsFor('second-down')).toHaveLength(3);
  });

  // answer-with-fallbacks.ts moves on after any Bedrock error, a 400 included: another model may well take a
  // request this one refuses (a longer context, another feature set). A 400 is not retried on the same model.
  it('an upstream 400 is not retried, and the fallback answers', async () => {
    harness.mock.scriptFor('too-long', {
      steps: [],
      failure: { type: 'http-error', status: 400, message: "This model's maximum context length is 8192 tokens" },
    });
    const delaysBefore = harness.retryDelays.length;
    const response = await send('primary/too-long', ['backup/standby']);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-heimdall-model')).toBe('backup/standby');
    expect(requestsFor('too-long')).toHaveLength(1);
    expect(harness.retryDelays.length).toBe(delaysBefore);
  });

  it('a whole-reply Converse whose primary drops mid-reply is answered by the backup', async () => {
    harness.mock.scriptFor('cut-short', { steps: [{ type: 'text', text: 'Par' }, { type: 'drop-connection' }] });
    const response = await send('primary/cut-short', ['backup/standby'], 'converse');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-heimdall-model')).toBe('backup/standby');
    const reply = (await response.json()) as { output: { message: { content: unknown[] } } };
    expect(reply.output.message.content).toEqual([{ text: 'from the backup' }]);
  });

  it('a fallback naming a provider that is not configured is a 400 before any upstream request', async () => {
    const before = harness.mock.requests.length;
    const response = await send('primary/overloaded', ['mistral/mistral-large']);
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toBe('ValidationException');
    expect(((await response.json()) as { message: string }).message).toMatch(
      /^The model "mistral\/mistral-large" names no configured provider .* default provider "bedrock", which is not configured/,
    );
    expect(harness.mock.requests.length).toBe(before);
  });
});

describe('no fallback once the reply has begun', () => {
  it('a stream cut after its first text ends with an exception frame, and the backup is never asked', async () => {
    harness.mock.scriptFor('mid-drop', {
      steps: [{ type: 'text', text: 'Partial answer' }, { type: 'drop-connection' }],
    });
    const response = await send('primary/mid-drop', ['backup/mid-drop-backup']);
    expect(response.status).toBe(200);
    const frames = await readFrames(response);
    expect(textOf(frames)).toBe('Partial answer');
    expect(frames.at(-1)).toMatchObject({ messageType: 'exception', eventType: 'modelStreamErrorException' });
    expect(frames.some((frame) => frame.eventType === 'messageStop')).toBe(false);
    expect(requestsFor('mid-drop')).toHaveLength(1);
    expect(requestsFor('mid-drop-backup')).toHaveLength(0);
  });
});

describe('fallbacks listed more than once', () => {
  it('eight copies of the primary as fallbacks: the primary is tried once with its retries, and nothing more', async () => {
    harness.mock.scriptFor('dead', { steps: [], failure: { type: 'http-error', status: 503, message: 'dead' } });
    const response = await send(
      'primary/dead',
      Array.from({ length: 8 }, () => 'primary/dead'),
    );
    expect(response.status).toBe(503);
    await response.arrayBuffer();
    // One model, its first attempt and two retries: not the 27 calls of nine tries.
    expect(requestsFor('dead')).toHaveLength(3);
  });

  it('a fallback listed eight times is tried once, after the primary', async () => {
    harness.mock.scriptFor('dead-too', { steps: [], failure: { type: 'http-error', status: 500, message: 'gone' } });
    harness.mock.scriptFor('dead-primary', {
      steps: [],
      failure: { type: 'http-error', status: 503, message: 'down' },
    });
    const response = await send(
      'primary/dead-primary',
      Array.from({ length: 8 }, () => 'backup/dead-too'),
    );
    expect(response.status).toBe(503);
    await response.arrayBuffer();
    expect(requestsFor('dead-primary')).toHaveLength(3);
    expect(requestsFor('dead-too')).toHaveLength(3);
  });

  it('more fallbacks than the limit of 8 are refused before any upstream call', async () => {
    const before = harness.mock.requests.length;
    const response = await send(
      'primary/standby',
      Array.from({ length: 9 }, (_, index) => `backup/model-${index}`),
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toBe(
      "fallbacks: 9 entries are more than the gateway's limit of 8",
    );
    expect(harness.mock.requests.length).toBe(before);
  });
});
