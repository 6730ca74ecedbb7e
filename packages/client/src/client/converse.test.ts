import { ConverseProtocolError } from '@heimdall/eventstream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoopbackServer, startLoopbackServer } from '../test-support/loopback-server.js';
import { recordedResponses } from '../test-support/recorded-responses.js';
import { createHeimdallClient } from './create-heimdall-client.js';

let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer();
});
afterAll(() => server.close());

const toolCallReply = recordedResponses['model_iter_stream-0'];

describe('converse', () => {
  it('resolves to the JSON reply, sent to the Converse path with the model id percent-encoded', async () => {
    server.handle((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'x-amzn-requestid': 'request-json' });
      response.end(JSON.stringify(toolCallReply));
    });
    const client = createHeimdallClient({ baseUrl: server.baseUrl, apiKey: 'bedrock-api-key', prefix: '/pydanticai' });
    const request = { messages: [{ role: 'user' as const, content: [{ text: 'Weather in Paris?' }] }] };
    const response = await client.converse('us.amazon.nova-micro-v1:0', request);
    expect(response).toEqual(toolCallReply);
    const received = server.requests.at(-1);
    expect(received?.rawPath).toBe('/pydanticai/model/us.amazon.nova-micro-v1%3A0/converse');
    expect(received?.headers.authorization).toBe('Bearer bedrock-api-key');
    expect(JSON.parse(received?.body ?? '')).toEqual(request);
  });

  it('fails with ConverseProtocolError, status and request id, on a success reply that is not JSON', async () => {
    server.handle((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain', 'x-amzn-requestid': 'request-text' });
      response.end('OK');
    });
    const failure = createHeimdallClient({ baseUrl: server.baseUrl }).converse('model', { messages: [] });
    await expect(failure).rejects.toBeInstanceOf(ConverseProtocolError);
    await expect(failure).rejects.toMatchObject({ status: 200, requestId: 'request-text' });
    await expect(failure).rejects.toThrow(/not JSON \(HTTP 200, text\/plain\)/);
  });

  it('uses the fetch it was given', async () => {
    const seen: string[] = [];
    const client = createHeimdallClient({
      baseUrl: 'https://bedrock-runtime.us-east-1.amazonaws.com',
      fetch: async (request) => {
        seen.push(`${request.method} ${request.url}`);
        return new Response(JSON.stringify(toolCallReply), { headers: { 'content-type': 'application/json' } });
      },
    });
    expect(await client.converse('anthropic.claude-3-haiku-20240307-v1:0', { messages: [] })).toEqual(toolCallReply);
    expect(seen).toEqual([
      'POST https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-3-haiku-20240307-v1%3A0/converse',
    ]);
  });
});
