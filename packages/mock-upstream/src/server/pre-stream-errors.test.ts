import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { postJson } from '../test-support/raw-http.js';
import {
  createAnthropicClient,
  createOpenAiClient,
  testApiKeys,
  useMockUpstream,
} from '../test-support/use-mock-upstream.js';

const getMock = useMockUpstream({ apiKeys: testApiKeys });
const openAiRequest = { model: 'gpt-4o', messages: [{ role: 'user' as const, content: 'hi' }] };
const anthropicRequest = { ...openAiRequest, model: 'claude-haiku-4-5', max_tokens: 100 };

async function openAiFailure(stream: boolean): Promise<InstanceType<typeof OpenAI.APIError>> {
  const error = await createOpenAiClient(getMock())
    .chat.completions.create({ ...openAiRequest, stream })
    .then(
      () => undefined,
      (caught: unknown) => caught,
    );
  if (!(error instanceof OpenAI.APIError)) throw new Error(`Expected an OpenAI APIError, got ${String(error)}`);
  return error;
}

async function anthropicFailure(stream: boolean): Promise<InstanceType<typeof Anthropic.APIError>> {
  const error = await createAnthropicClient(getMock())
    .messages.create({ ...anthropicRequest, stream })
    .then(
      () => undefined,
      (caught: unknown) => caught,
    );
  if (!(error instanceof Anthropic.APIError)) throw new Error(`Expected an Anthropic APIError, got ${String(error)}`);
  return error;
}

describe('errors before the stream, as the OpenAI SDK sees them', () => {
  const cases = [
    { status: 400, errorClass: OpenAI.BadRequestError, type: 'invalid_request_error' },
    { status: 401, errorClass: OpenAI.AuthenticationError, type: 'invalid_request_error' },
    { status: 429, errorClass: OpenAI.RateLimitError, type: 'requests' },
    { status: 500, errorClass: OpenAI.InternalServerError, type: 'server_error' },
    { status: 503, errorClass: OpenAI.InternalServerError, type: 'server_error' },
  ];
  for (const { status, errorClass, type } of cases) {
    it(`raises ${errorClass.name} with OpenAI's error body for a scripted ${status}`, async () => {
      getMock().script({ failure: { type: 'http-error', status, message: `scripted ${status}` }, steps: [] });
      for (const stream of [true, false]) {
        const error = await openAiFailure(stream);
        expect(error).toBeInstanceOf(errorClass);
        expect(error.status).toBe(status);
        expect(error.error).toMatchObject({ message: `scripted ${status}`, type });
        expect(error.requestID).toMatch(/^req_/);
      }
    });
  }

  it('sends retry-after with a 429 and the rate-limit code clients look for', async () => {
    getMock().script({ failure: { type: 'http-error', status: 429, retryAfterSeconds: 7 }, steps: [] });
    const error = await openAiFailure(true);

    expect(error.headers?.get('retry-after')).toBe('7');
    expect(error.code).toBe('rate_limit_exceeded');
  });
});

describe('errors before the stream, as the Anthropic SDK sees them', () => {
  const cases = [
    { status: 400, errorClass: Anthropic.BadRequestError, type: 'invalid_request_error' },
    { status: 401, errorClass: Anthropic.AuthenticationError, type: 'authentication_error' },
    { status: 429, errorClass: Anthropic.RateLimitError, type: 'rate_limit_error' },
    { status: 500, errorClass: Anthropic.InternalServerError, type: 'api_error' },
    { status: 529, errorClass: Anthropic.InternalServerError, type: 'overloaded_error' },
  ];
  for (const { status, errorClass, type } of cases) {
    it(`raises ${errorClass.name} with Anthropic's error body for a scripted ${status}`, async () => {
      getMock().script({ failure: { type: 'http-error', status }, steps: [] });
      for (const stream of [true, false]) {
        const error = await anthropicFailure(stream);
        expect(error).toBeInstanceOf(errorClass);
        expect(error.status).toBe(status);
        expect(error.type).toBe(type);
        expect(error.requestID).toMatch(/^req_/);
      }
    });
  }

  it('answers 529 with the exact overloaded_error body and retry-after', async () => {
    getMock().script({ failure: { type: 'http-error', status: 529, retryAfterSeconds: 3 }, steps: [] });
    const response = await postJson({
      mock: getMock(),
      path: '/v1/messages',
      headers: { 'x-api-key': testApiKeys.anthropic },
      body: { ...anthropicRequest, stream: true },
    });
    const body = await response.json();

    expect(response.status).toBe(529);
    expect(response.headers.get('retry-after')).toBe('3');
    expect(body).toEqual({
      type: 'error',
      error: { type: 'overloaded_error', message: 'Overloaded' },
      request_id: response.headers.get('request-id'),
    });
  });
});

describe('authentication', () => {
  it('rejects a wrong OpenAI key with the invalid_api_key 401', async () => {
    const error = await createOpenAiClient(getMock(), { apiKey: 'sk-wrong' })
      .chat.completions.create(openAiRequest)
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((error as InstanceType<typeof OpenAI.APIError>).code).toBe('invalid_api_key');
    expect(JSON.stringify((error as InstanceType<typeof OpenAI.APIError>).error)).not.toContain('sk-wrong');
  });

  it('rejects a missing Bearer key with a 401 that says how to send one', async () => {
    const response = await postJson({ mock: getMock(), path: '/v1/chat/completions', body: openAiRequest });
    const body = (await response.json()) as { error: { message: string; type: string } };

    expect(response.status).toBe(401);
    expect(body.error.type).toBe('invalid_request_error');
    expect(body.error.message).toContain('Authorization: Bearer');
  });

  it('rejects a wrong or missing x-api-key with authentication_error', async () => {
    const wrong = await createAnthropicClient(getMock(), { apiKey: 'sk-ant-wrong' })
      .messages.create(anthropicRequest)
      .catch((caught: unknown) => caught);
    expect(wrong).toBeInstanceOf(Anthropic.AuthenticationError);
    expect((wrong as InstanceType<typeof Anthropic.APIError>).type).toBe('authentication_error');

    const missing = await postJson({ mock: getMock(), path: '/v1/messages', body: anthropicRequest });
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({
      type: 'error',
      error: { type: 'authentication_error', message: 'x-api-key header is required' },
    });
  });

  it('records requests that failed authentication too', async () => {
    await postJson({ mock: getMock(), path: '/v1/messages', body: anthropicRequest });

    expect(getMock().requests.map((request) => request.path)).toEqual(['/v1/messages']);
  });
});

describe('bad requests', () => {
  const openAiHeaders = { authorization: `Bearer ${testApiKeys.openai}` };
  const anthropicHeaders = { 'x-api-key': testApiKeys.anthropic };

  it('answers OpenAI requests without valid JSON, model or messages with the API 400 bodies', async () => {
    const path = '/v1/chat/completions';
    const invalidJson = await postJson({ mock: getMock(), path, headers: openAiHeaders, body: '{"model":' });
    const noModel = await postJson({ mock: getMock(), path, headers: openAiHeaders, body: { messages: [] } });
    const noMessages = await postJson({ mock: getMock(), path, headers: openAiHeaders, body: { model: 'gpt-4o' } });

    expect([invalidJson.status, noModel.status, noMessages.status]).toEqual([400, 400, 400]);
    expect(await invalidJson.json()).toMatchObject({ error: { type: 'invalid_request_error', param: null } });
    expect(await noModel.json()).toEqual({
      error: { message: 'you must provide a model parameter', type: 'invalid_request_error', param: null, code: null },
    });
    expect(await noMessages.json()).toEqual({
      error: {
        message: "Missing required parameter: 'messages'.",
        type: 'invalid_request_error',
        param: 'messages',
        code: 'missing_required_parameter',
      },
    });
  });

  it('answers Anthropic requests without valid JSON, model, max_tokens or messages with the API 400 bodies', async () => {
    const path = '/v1/messages';
    const send = (body: unknown) => postJson({ mock: getMock(), path, headers: anthropicHeaders, body });
    const replies = await Promise.all([
      send('not json'),
      send({ max_tokens: 5, messages: [] }),
      send({ model: 'claude-haiku-4-5', messages: [] }),
      send({ model: 'claude-haiku-4-5', max_tokens: 5 }),
    ]);
    const bodies = await Promise.all(replies.map((reply) => reply.json()));

    expect(replies.map((reply) => reply.status)).toEqual([400, 400, 400, 400]);
    expect(bodies.map((body) => body.error.type)).toEqual(Array(4).fill('invalid_request_error'));
    expect(bodies.slice(1).map((body) => body.error.message)).toEqual([
      'model: Field required',
      'max_tokens: Field required',
      'messages: Field required',
    ]);
  });

  it('answers an unknown path with a 404 naming it', async () => {
    const response = await postJson({ mock: getMock(), path: '/v1/completions', body: {} });

    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { message: 'Invalid URL (POST /v1/completions)' } });
  });
});
