import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postConverse, readFrames } from '../test-support/converse-over-fetch.js';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';
import {
  eventStreamErrorFrame,
  eventStreamFrame,
  type HostileExchange,
  type HostileUpstream,
  startHostileUpstream,
} from '../test-support/hostile-upstream.js';

const credentials = {
  accessKeyId: 'AKIAHOSTILETEST00042',
  secretAccessKey: 'hostile/Secret+Access+Key0123456789abcdefgh',
  sessionToken: 'hostile-session-token-Zm9vYmFyYmF6cXV4MDEyMzQ1Njc4OQ',
};
const bearerToken = 'ABSKaG9zdGlsZS1iZWRyb2NrLWFwaS1rZXktMDEyMzQ1';

let hostile: HostileUpstream;
let harness: GatewayHarness;
beforeAll(async () => {
  hostile = await startHostileUpstream();
  const common = { type: 'bedrock', region: 'us-east-1', baseUrl: hostile.url, retries: { max: 0 } };
  harness = await startGatewayHarness({
    configFile: {
      providers: {
        hostile: { ...common, credentials },
        'hostile-bearer': { ...common, bearerToken },
      },
    },
  });
});
afterAll(async () => {
  await harness.close();
  await hostile.close();
});

/** Everything of the request's credentials the upstream could echo: the whole header, the key id, the signature. */
function echoOf(exchange: HostileExchange): string {
  const { authorization = '', 'x-amz-security-token': token = '' } = exchange.headers;
  return `Request refused. Authorization: ${authorization} X-Amz-Security-Token: ${token}; secret key ${credentials.secretAccessKey}`;
}

function secretsSeenBy(exchange: HostileExchange): string[] {
  const signature = /Signature=([0-9a-f]+)/.exec(exchange.headers.authorization ?? '')?.[1];
  return [
    credentials.accessKeyId,
    credentials.secretAccessKey,
    credentials.sessionToken,
    bearerToken,
    signature ?? '',
  ].filter((secret) => secret !== '');
}

function streamHead(response: ServerResponse): void {
  response.writeHead(200, { 'content-type': 'application/vnd.amazon.eventstream' });
}

const messageStart = eventStreamFrame('event', 'messageStart', { role: 'assistant' });
const partialText = eventStreamFrame('event', 'contentBlockDelta', { contentBlockIndex: 0, delta: { text: 'Part' } });

const everythingLogged = () => harness.log.raw.join('\n');

describe('a Bedrock upstream that echoes credentials in an exception frame', () => {
  it.each([
    ['SigV4 with a session token', 'hostile'],
    ['a Bedrock API key', 'hostile-bearer'],
  ])('mid-stream (%s): the client and the log see the exception, but no secret', async (_auth, provider) => {
    hostile.behave((exchange) => {
      streamHead(exchange.response);
      const echo = echoOf(exchange);
      exchange.response.end(
        Buffer.concat([
          messageStart,
          partialText,
          eventStreamFrame('exception', 'modelStreamErrorException', {
            message: echo,
            originalMessage: echo,
            originalStatusCode: 500,
          }),
        ]),
      );
    });
    const response = await postConverse({ baseUrl: harness.url, modelId: `${provider}/us.model-v1:0` });
    const bytes = Buffer.from(await response.clone().arrayBuffer()).toString('latin1');
    const frames = await readFrames(response);
    const exchange = hostile.exchanges.at(-1) as HostileExchange;

    expect(response.status).toBe(200);
    // The frames that needed no change still arrive as the upstream sent them.
    expect(bytes.startsWith(Buffer.concat([messageStart, partialText]).toString('latin1'))).toBe(true);
    expect(frames.at(-1)).toMatchObject({
      messageType: 'exception',
      eventType: 'modelStreamErrorException',
      payload: { message: expect.stringContaining('Request refused. Authorization: '), originalStatusCode: 500 },
    });
    expect(JSON.stringify(frames.at(-1)?.payload)).toContain('[redacted]');
    for (const secret of secretsSeenBy(exchange)) {
      expect(bytes).not.toContain(secret);
      expect(everythingLogged()).not.toContain(secret);
    }
  });

  it('in an error frame mid-stream: the client gets a known exception, and no secret', async () => {
    hostile.behave((exchange) => {
      streamHead(exchange.response);
      exchange.response.end(Buffer.concat([messageStart, eventStreamErrorFrame('InternalFailure', echoOf(exchange))]));
    });
    const response = await postConverse({ baseUrl: harness.url, modelId: 'hostile/us.model-v1:0' });
    const bytes = Buffer.from(await response.clone().arrayBuffer()).toString('latin1');
    const frames = await readFrames(response);

    expect(frames.at(-1)).toMatchObject({
      messageType: 'exception',
      eventType: 'internalServerException',
      payload: { message: expect.stringContaining('[redacted]') },
    });
    for (const secret of secretsSeenBy(hostile.exchanges.at(-1) as HostileExchange)) {
      expect(bytes).not.toContain(secret);
      expect(everythingLogged()).not.toContain(secret);
    }
  });

  it('as the first frame: the client gets a 429 ThrottlingException, and neither it nor the log holds a secret', async () => {
    hostile.behave((exchange) => {
      streamHead(exchange.response);
      exchange.response.end(eventStreamFrame('exception', 'throttlingException', { message: echoOf(exchange) }));
    });
    const response = await postConverse({ baseUrl: harness.url, modelId: 'hostile/us.model-v1:0' });
    const body = await response.text();
    const exchange = hostile.exchanges.at(-1) as HostileExchange;

    expect(response.status).toBe(429);
    expect(response.headers.get('x-amzn-errortype')).toBe('ThrottlingException');
    expect(JSON.parse(body)).toMatchObject({
      type: 'ThrottlingException',
      message: expect.stringContaining('[redacted]'),
    });
    expect(exchange.headers.authorization).toMatch(/Signature=[0-9a-f]{64}/);
    for (const secret of secretsSeenBy(exchange)) {
      expect(body).not.toContain(secret);
      expect(everythingLogged()).not.toContain(secret);
    }
  });
});

describe('a Bedrock upstream that sends an error type of its own', () => {
  it('x-amzn-errortype Foo before the stream reaches the client as a type the spec lists', async () => {
    hostile.behave(({ response }) => {
      response.writeHead(400, { 'x-amzn-errortype': 'Foo', 'content-type': 'application/json' });
      response.end('{"message":"Foo went wrong"}');
    });
    const response = await postConverse({ baseUrl: harness.url, modelId: 'hostile/us.model-v1:0' });

    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toBe('ValidationException');
    expect(await response.json()).toEqual({ type: 'ValidationException', message: 'Foo went wrong' });
  });

  it('an exception frame of type fooException as the first frame becomes a 500 InternalServerException', async () => {
    hostile.behave(({ response }) => {
      streamHead(response);
      response.end(eventStreamFrame('exception', 'fooException', { message: 'Foo went wrong' }));
    });
    const response = await postConverse({ baseUrl: harness.url, modelId: 'hostile/us.model-v1:0' });

    expect(response.status).toBe(500);
    expect(response.headers.get('x-amzn-errortype')).toBe('InternalServerException');
    expect(await response.json()).toEqual({ type: 'InternalServerException', message: 'Foo went wrong' });
  });

  it('an exception frame of type fooException mid-stream becomes a modelStreamErrorException frame', async () => {
    hostile.behave(({ response }) => {
      streamHead(response);
      response.end(
        Buffer.concat([messageStart, eventStreamFrame('exception', 'fooException', { message: 'Foo went wrong' })]),
      );
    });
    const frames = await readFrames(await postConverse({ baseUrl: harness.url, modelId: 'hostile/us.model-v1:0' }));

    expect(frames.at(-1)).toMatchObject({
      messageType: 'exception',
      eventType: 'modelStreamErrorException',
      payload: { message: 'Foo went wrong' },
    });
  });
});
