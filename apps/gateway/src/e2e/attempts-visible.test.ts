import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converseBody, postConverse, readFrames, textOf } from '../test-support/converse-over-fetch.js';
import { createFailoverConfig } from '../test-support/failover-config.js';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';

let harness: GatewayHarness;
beforeAll(async () => {
  // Cool-downs off: each case counts every attempt its models make, whatever the case before did to them.
  harness = await startGatewayHarness({ configFile: { ...createFailoverConfig(), cooldowns: { enabled: false } } });
  harness.mock.scriptFor('answers', { steps: [{ type: 'text', text: 'hello back' }] });
  harness.mock.scriptFor('overloaded', {
    steps: [],
    failure: { type: 'http-error', status: 503, message: 'overloaded' },
  });
  harness.mock.scriptFor('refuses', {
    steps: [],
    failure: { type: 'http-error', status: 400, message: 'no such parameter' },
  });
});
afterAll(() => harness.close());

const send = (modelId: string, fallbacks: string[], operation: 'converse' | 'converse-stream') =>
  postConverse({ baseUrl: harness.url, modelId, operation, body: converseBody({ fallbacks }) });

const requestLine = (response: Response) =>
  harness.log.lines.find(
    (line) => line.msg === 'request' && line.requestId === response.headers.get('x-amzn-requestid'),
  );

const durationOf = { durationMs: expect.any(Number) };

describe.each(['converse-stream', 'converse'] as const)('the attempts a %s request made', (operation) => {
  it('an answer at the first try says 1 attempt, and the log line names its target', async () => {
    const response = await send('primary/answers', [], operation);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-heimdall-attempts')).toBe('1');
    if (operation === 'converse-stream') expect(textOf(await readFrames(response))).toBe('hello back');
    else await response.json();
    expect(requestLine(response)?.attempts).toEqual([
      { modelId: 'primary/answers', provider: 'primary', model: 'answers', outcome: 'ok', ...durationOf },
    ]);
  });

  it('a primary retried twice then a backup that answers says 4 attempts, each with its outcome', async () => {
    const response = await send('primary/overloaded', ['backup/answers'], operation);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-heimdall-model')).toBe('backup/answers');
    expect(response.headers.get('x-heimdall-attempts')).toBe('4');
    await response.arrayBuffer();
    const failed = {
      modelId: 'primary/overloaded',
      provider: 'primary',
      model: 'overloaded',
      outcome: 'ServiceUnavailableException',
      ...durationOf,
    };
    expect(requestLine(response)?.attempts).toEqual([
      failed,
      failed,
      failed,
      { modelId: 'backup/answers', provider: 'backup', model: 'answers', outcome: 'ok', ...durationOf },
    ]);
  });

  it('an error reply names its attempts too', async () => {
    const response = await send('primary/refuses', ['backup/refuses'], operation);
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toBe('ValidationException');
    expect(response.headers.get('x-heimdall-attempts')).toBe('2');
    await response.arrayBuffer();
    const attempts = requestLine(response)?.attempts as { outcome: string }[] | undefined;
    expect(attempts?.map((attempt) => attempt.outcome)).toEqual(['ValidationException', 'ValidationException']);
  });
});

describe('responses that never reached routing', () => {
  it('a request the gateway refuses before routing carries no attempts header', async () => {
    const response = await postConverse({ baseUrl: harness.url, modelId: 'primary/answers', body: '{' });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-heimdall-attempts')).toBeNull();
  });
});
