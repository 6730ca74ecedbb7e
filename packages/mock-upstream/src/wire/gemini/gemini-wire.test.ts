import { describe, expect, it } from 'vitest';
import { eventPayloads, parseServerSentEvents, postJson } from '../../test-support/raw-http.js';
import { useMockUpstream } from '../../test-support/use-mock-upstream.js';

const apiKey = 'gemini-test-key-0123456789';
const getMock = useMockUpstream({ apiKeys: { gemini: apiKey } });
const streamPath = '/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse';
const ask = { contents: [{ role: 'user', parts: [{ text: 'Weather in Paris?' }] }] };

function post(path: string, body: unknown = ask, headers: Record<string, string> = { 'x-goog-api-key': apiKey }) {
  return postJson({ mock: getMock(), path, body, headers });
}

/** Ids are random; everything else must match what the API sends. */
const withoutIds = (chunk: Record<string, unknown>) => ({ ...chunk, responseId: 'ID' });

describe('Gemini streamGenerateContent on the wire', () => {
  it('streams one GenerateContentResponse per event, the last with finishReason and usage', async () => {
    getMock().script({
      steps: [{ type: 'text', text: 'Sunny' }, { type: 'ping' }, { type: 'text', text: ' and warm.' }],
      usage: { inputTokens: 8, outputTokens: 4, cacheReadTokens: 100 },
    });
    const response = await post(streamPath);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const events = parseServerSentEvents(await response.text());
    expect(events.every((event) => event.event === undefined)).toBe(true);
    const chunk = (parts: unknown[], finish?: Record<string, unknown>) => ({
      candidates: [{ content: { parts, role: 'model' }, ...(finish ? { finishReason: 'STOP' } : {}), index: 0 }],
      ...(finish ? { usageMetadata: finish } : {}),
      modelVersion: 'gemini-2.5-flash',
      responseId: 'ID',
    });
    expect(eventPayloads(events).map(withoutIds)).toEqual([
      chunk([{ text: 'Sunny' }]),
      chunk([{ text: ' and warm.' }]),
      chunk([{ text: '' }], {
        promptTokenCount: 108,
        candidatesTokenCount: 4,
        totalTokenCount: 112,
        cachedContentTokenCount: 100,
      }),
    ]);
  });

  it('sends the calls of one step whole and together, with the thought signature on the first call', async () => {
    getMock().script({
      steps: [
        { type: 'reasoning', text: 'Two cities.' },
        { type: 'reasoning-signature', signature: 'c2lnbmF0dXJl' },
        {
          type: 'tool-calls',
          calls: [
            { id: 'call_paris', name: 'get_weather', arguments: ['{"city":', '"Paris"}'] },
            { id: 'call_rome', name: 'get_weather', arguments: ['{"city":"Rome"}'] },
          ],
        },
      ],
      usage: { inputTokens: 10, outputTokens: 30, reasoningTokens: 20 },
    });
    const events = eventPayloads(parseServerSentEvents(await (await post(streamPath)).text()));
    const parts = events.map((event) => (event.candidates as { content: { parts: unknown[] } }[])[0]?.content.parts);

    expect(parts).toEqual([
      [{ text: 'Two cities.', thought: true }],
      [
        {
          functionCall: { id: 'call_paris', name: 'get_weather', args: { city: 'Paris' } },
          thoughtSignature: 'c2lnbmF0dXJl',
        },
        { functionCall: { id: 'call_rome', name: 'get_weather', args: { city: 'Rome' } } },
      ],
    ]);
    expect(events.at(-1)?.usageMetadata).toEqual({
      promptTokenCount: 10,
      candidatesTokenCount: 10,
      thoughtsTokenCount: 20,
      totalTokenCount: 40,
    });
  });

  it('ends a failing stream with an error object in its own event', async () => {
    getMock().script({
      steps: [
        { type: 'text', text: 'Part' },
        { type: 'stream-error', status: 503 },
      ],
    });
    const events = eventPayloads(parseServerSentEvents(await (await post(streamPath)).text()));

    expect(events.at(-1)).toEqual({
      error: { code: 503, message: 'The model is overloaded. Please try again later.', status: 'UNAVAILABLE' },
    });
  });

  it('answers generateContent with one response holding every part', async () => {
    getMock().script({
      steps: [
        { type: 'text', text: 'Checking.' },
        { type: 'tool-calls', calls: [{ id: 'call_1', name: 'lookup', arguments: ['{}'] }] },
      ],
      usage: { inputTokens: 3, outputTokens: 2 },
    });
    const response = await post('/v1beta/models/gemini-2.5-pro:generateContent');

    expect(response.status).toBe(200);
    expect(withoutIds(await response.json())).toEqual({
      candidates: [
        {
          content: {
            parts: [{ text: 'Checking.' }, { functionCall: { id: 'call_1', name: 'lookup', args: {} } }],
            role: 'model',
          },
          finishReason: 'STOP',
          index: 0,
        },
      ],
      usageMetadata: { promptTokenCount: 3, candidatesTokenCount: 2, totalTokenCount: 5 },
      modelVersion: 'gemini-2.5-pro',
      responseId: 'ID',
    });
  });
});

describe('Gemini errors on the wire', () => {
  it('refuses a wrong key with 400 API_KEY_INVALID and a missing one with 403, as Google does', async () => {
    const wrong = await post(streamPath, ask, { 'x-goog-api-key': 'not-the-key' });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({
      error: { code: 400, status: 'INVALID_ARGUMENT', details: [{ reason: 'API_KEY_INVALID' }] },
    });

    const missing = await post(streamPath, ask, {});
    expect(missing.status).toBe(403);
    expect(await missing.json()).toMatchObject({ error: { code: 403, status: 'PERMISSION_DENIED' } });
  });

  it('takes the key from the key query parameter too', async () => {
    const response = await post(`${streamPath}&key=${apiKey}`, ask, {});
    expect(response.status).toBe(200);
  });

  it('says how long to wait in a RetryInfo detail of a 429, not in a header', async () => {
    getMock().script({ steps: [], failure: { type: 'http-error', status: 429, retryAfterSeconds: 13 } });
    const response = await post(streamPath);

    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBeNull();
    expect(await response.json()).toMatchObject({
      error: {
        code: 429,
        status: 'RESOURCE_EXHAUSTED',
        details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '13s' }],
      },
    });
  });

  it('refuses a request without contents, and a stream that does not ask for server-sent events', async () => {
    const empty = await post(streamPath, { contents: [] });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({
      error: { message: expect.stringContaining('contents is not specified') },
    });

    const jsonArray = await post('/v1beta/models/gemini-2.5-flash:streamGenerateContent');
    expect(jsonArray.status).toBe(400);
    expect(await jsonArray.json()).toMatchObject({ error: { message: expect.stringContaining('alt=sse') } });
  });

  it('echoes the last user text word by word when nothing is scripted', async () => {
    const events = eventPayloads(
      parseServerSentEvents(
        await (await post(streamPath, { contents: [{ role: 'user', parts: [{ text: 'good morning' }] }] })).text(),
      ),
    );
    const text = events
      .map((event) => (event.candidates as { content: { parts: { text?: string }[] } }[])[0]?.content.parts[0]?.text)
      .join('');
    expect(text).toBe('You said: good morning');
  });
});
