import { once } from 'node:events';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttp2Server, type Http2Server } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import {
  BedrockRuntimeClient,
  ConverseStreamCommand,
  ThrottlingException as SdkThrottlingException,
} from '@aws-sdk/client-bedrock-runtime';
import type { ConverseStreamEvent } from '@heimdall/spec';
import { ThrottlingException } from '@heimdall/spec/errors';
import { loadRecording } from '@heimdall/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeConverseStream } from './decode/decode-converse-stream.js';
import { encodeConverseStream } from './encode/encode-converse-stream.js';
import { collect } from './test-support/chunks.js';

const recordedEvents = await collect(
  decodeConverseStream(
    (async function* () {
      yield loadRecording('model_stream').eventStream;
    })(),
  ),
);

/** The recorded events, then a throttling failure: what a gateway streams when the upstream gives up half-way. */
async function* eventsThenThrottling(): AsyncGenerator<ConverseStreamEvent> {
  yield* recordedEvents.slice(0, 5);
  throw new ThrottlingException({ message: 'Too many tokens, please wait before trying again.' });
}

const headers = { 'content-type': 'application/vnd.amazon.eventstream', 'x-amzn-requestid': 'loopback-1' };
const urlOf = (server: Server | Http2Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

describe('over real HTTP on loopback', () => {
  let http2Server: Http2Server;
  let httpServer: Server;
  const httpRequestsClosedEarly: boolean[] = [];

  beforeAll(async () => {
    // The AWS SDK speaks HTTP/2 without TLS (prior knowledge) to an http:// endpoint.
    http2Server = createHttp2Server((_request, response) => {
      response.writeHead(200, headers);
      Readable.fromWeb(encodeConverseStream(eventsThenThrottling()) as NodeReadableStream<Uint8Array>).pipe(response);
    });
    // fetch speaks HTTP/1.1; this server streams a long reply slowly and notes whether the client hung up first.
    httpServer = createHttpServer((_request, response) => {
      response.writeHead(200, headers);
      let finished = false;
      response.on('finish', () => {
        finished = true;
      });
      response.on('close', () => httpRequestsClosedEarly.push(!finished));
      const endless = (async function* () {
        for (;;) {
          yield* recordedEvents;
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      })();
      Readable.fromWeb(encodeConverseStream(endless) as NodeReadableStream<Uint8Array>).pipe(response);
    });
    http2Server.listen(0, '127.0.0.1');
    httpServer.listen(0, '127.0.0.1');
    await Promise.all([once(http2Server, 'listening'), once(httpServer, 'listening')]);
  });

  afterAll(async () => {
    httpServer.closeAllConnections();
    await Promise.all([
      new Promise((resolve) => http2Server.close(resolve)),
      new Promise((resolve) => httpServer.close(resolve)),
    ]);
  });

  it('streams events the AWS SDK reads, then a ThrottlingException it throws as its own class', async () => {
    const client = new BedrockRuntimeClient({
      region: 'us-east-1',
      endpoint: urlOf(http2Server),
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      maxAttempts: 1,
    });
    const seen: string[] = [];
    const failure = await (async () => {
      const output = await client.send(
        new ConverseStreamCommand({
          modelId: 'us.amazon.nova-micro-v1:0',
          messages: [{ role: 'user', content: [{ text: 'Hi' }] }],
        }),
      );
      for await (const event of output.stream ?? []) seen.push(Object.keys(event)[0] ?? '');
    })().catch((error: unknown) => error);
    client.destroy();
    expect(seen).toEqual(recordedEvents.slice(0, 5).map((event) => Object.keys(event)[0]));
    expect(failure).toBeInstanceOf(SdkThrottlingException);
    expect(failure).toMatchObject({ message: 'Too many tokens, please wait before trying again.' });
  });

  it('aborts the HTTP request underneath when the reader of a fetch body stops early', async () => {
    const response = await fetch(`${urlOf(httpServer)}/model/m/converse-stream`, { method: 'POST', body: '{}' });
    expect(response.body).not.toBeNull();
    let read = 0;
    for await (const _event of decodeConverseStream(response.body as ReadableStream<Uint8Array>)) {
      if (++read === 40) break;
    }
    while (httpRequestsClosedEarly.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(httpRequestsClosedEarly).toEqual([true]);
  });
});
