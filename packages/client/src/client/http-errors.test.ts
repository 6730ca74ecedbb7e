import {
  AccessDeniedException,
  HeimdallError,
  InternalServerException,
  ModelErrorException,
  ServiceUnavailableException,
  ThrottlingException,
  ValidationException,
} from '@heimdall/eventstream';
import { loadRecording } from '@heimdall/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoopbackServer, startLoopbackServer } from '../test-support/loopback-server.js';
import { createHeimdallClient } from './create-heimdall-client.js';

let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer();
});
afterAll(() => server.close());

interface ErrorReply {
  status: number;
  headers?: Record<string, string>;
  body: string;
}

const json = (value: unknown) => JSON.stringify(value);

/** Error replies, each with the class, type and message a caller should see. */
const cases: [string, ErrorReply, abstract new (...args: never[]) => HeimdallError, string, string][] = [
  [
    '400 with AWS’s x-amzn-errortype and its :namespace suffix',
    {
      status: 400,
      headers: { 'x-amzn-errortype': 'ValidationException:http://internal.amazon.com/coral/com.amazon.bedrock/' },
      body: json({ message: 'messages.0.content: must not be empty' }),
    },
    ValidationException,
    'ValidationException',
    'messages.0.content: must not be empty',
  ],
  [
    '403 with the type only in the body',
    { status: 403, body: json({ message: 'Bearer token is invalid', type: 'AccessDeniedException' }) },
    AccessDeniedException,
    'AccessDeniedException',
    'Bearer token is invalid',
  ],
  [
    '429 with the header and a capitalised Message',
    { status: 429, headers: { 'x-amzn-errortype': 'ThrottlingException' }, body: json({ Message: 'Slow down' }) },
    ThrottlingException,
    'ThrottlingException',
    'Slow down',
  ],
  [
    '429 that names no type anywhere',
    { status: 429, body: json({ message: 'Too many requests' }) },
    ThrottlingException,
    'ThrottlingException',
    'Too many requests',
  ],
  [
    '500 with a namespaced __type in the body',
    { status: 500, body: json({ __type: 'com.amazon.coral#InternalServerException', message: 'Internal failure' }) },
    InternalServerException,
    'InternalServerException',
    'Internal failure',
  ],
  [
    '500 with the header winning over a different body type',
    {
      status: 500,
      headers: { 'x-amzn-errortype': 'InternalServerException' },
      body: json({ code: 'ThrottlingException', message: 'gateway failed' }),
    },
    InternalServerException,
    'InternalServerException',
    'gateway failed',
  ],
  [
    '400 with the type as code',
    { status: 400, body: json({ code: 'ValidationException', message: 'bad temperature' }) },
    ValidationException,
    'ValidationException',
    'bad temperature',
  ],
  [
    '503 with an empty body',
    { status: 503, body: '' },
    ServiceUnavailableException,
    'ServiceUnavailableException',
    'The server answered HTTP 503 Service Unavailable with no error message',
  ],
  [
    '502 from a proxy with an HTML body',
    { status: 502, body: '<html><body>Bad gateway</body></html>' },
    HeimdallError,
    'UnknownError',
    'HTTP 502 Bad Gateway: <html><body>Bad gateway</body></html>',
  ],
];

function serveError({ status, headers = {}, body }: ErrorReply): void {
  server.handle((_request, response) => {
    const contentType = body.startsWith('<') ? 'text/html' : 'application/json';
    response.writeHead(status, { 'content-type': contentType, 'x-amzn-requestid': 'request-error', ...headers });
    response.end(body);
  });
}

describe('error replies before the stream', () => {
  it.each(cases)('gives the typed error of a %s to converseStream', async (_name, reply, errorClass, type, message) => {
    serveError(reply);
    const stream = createHeimdallClient({ baseUrl: server.baseUrl }).converseStream('model', { messages: [] });
    const failure = (async () => {
      for await (const _event of stream) throw new Error('An error reply has no events');
    })();
    await expect(failure).rejects.toBeInstanceOf(errorClass);
    await expect(failure).rejects.toMatchObject({ type, message, status: reply.status, requestId: 'request-error' });
    expect(await stream.requestId).toBe('request-error');
  });

  it.each(cases)('gives the typed error of a %s to converse', async (_name, reply, errorClass, type, message) => {
    serveError(reply);
    const failure = createHeimdallClient({ baseUrl: server.baseUrl }).converse('model', { messages: [] });
    await expect(failure).rejects.toBeInstanceOf(errorClass);
    await expect(failure).rejects.toMatchObject({ type, message, status: reply.status, requestId: 'request-error' });
  });

  it('keeps the originalStatusCode of a ModelErrorException', async () => {
    serveError({
      status: 424,
      headers: { 'x-amzn-errortype': 'ModelErrorException' },
      body: json({ message: 'The model returned an error', originalStatusCode: 500, resourceName: 'openai' }),
    });
    const failure = createHeimdallClient({ baseUrl: server.baseUrl }).converse('model', { messages: [] });
    await expect(failure).rejects.toBeInstanceOf(ModelErrorException);
    await expect(failure).rejects.toMatchObject({ originalStatusCode: 500, resourceName: 'openai' });
  });

  it('gives the ValidationException Bedrock sent for an unknown model in the recording', async () => {
    const recording = loadRecording('streaming_error');
    serveError({ status: recording.response.status, body: json(recording.response.body) });
    const failure = createHeimdallClient({ baseUrl: server.baseUrl })
      .converseStream('us.does-not-exist-model-v1:0', recording.request.body)
      .finalResponse();
    await expect(failure).rejects.toBeInstanceOf(ValidationException);
    await expect(failure).rejects.toMatchObject({ message: 'The provided model identifier is invalid.', status: 400 });
  });

  it('cuts a long non-JSON body short in the message', async () => {
    serveError({ status: 502, body: `<${'x'.repeat(5000)}>` });
    const failure = createHeimdallClient({ baseUrl: server.baseUrl }).converse('model', { messages: [] });
    await expect(failure).rejects.toSatisfy((error: Error) => error.message.length < 300);
  });
});
