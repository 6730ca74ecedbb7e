import { describe, expect, it } from 'vitest';
import { eventPayloads, parseServerSentEvents, postJson } from '../../test-support/raw-http.js';
import { useMockUpstream } from '../../test-support/use-mock-upstream.js';

const getMock = useMockUpstream();
const path = '/v1/chat/completions';
const script = {
  steps: [{ type: 'text' as const, text: 'Hi' }],
  usage: { inputTokens: 5, outputTokens: 1 },
};

async function streamChunks(body: Record<string, unknown>) {
  const response = await postJson({ mock: getMock(), path, body: { model: 'gpt-4o', messages: [], ...body } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
  return parseServerSentEvents(await response.text());
}

describe('OpenAI chat completion stream on the wire', () => {
  it('sends no usage at all when the client did not ask for it', async () => {
    getMock().script(script);
    const events = await streamChunks({ stream: true });
    const chunks = eventPayloads(events);

    expect(events.at(-1)?.data).toBe('[DONE]');
    expect(chunks.every((chunk) => !('usage' in chunk))).toBe(true);
    expect(chunks.map((chunk) => chunk.choices)).toEqual([
      [{ index: 0, delta: { role: 'assistant', content: '', refusal: null }, logprobs: null, finish_reason: null }],
      [{ index: 0, delta: { content: 'Hi' }, logprobs: null, finish_reason: null }],
      [{ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' }],
    ]);
  });

  it('ends with a usage chunk with empty choices when stream_options.include_usage is true', async () => {
    getMock().script(script);
    const chunks = eventPayloads(await streamChunks({ stream: true, stream_options: { include_usage: true } }));
    const last = chunks.at(-1);

    expect(chunks.slice(0, -1).every((chunk) => chunk.usage === null)).toBe(true);
    expect(last?.choices).toEqual([]);
    expect(last?.usage).toMatchObject({ prompt_tokens: 5, completion_tokens: 1, total_tokens: 6 });
  });

  it('gives every chunk of one stream the same id, object, created and model', async () => {
    getMock().script(script);
    const chunks = eventPayloads(await streamChunks({ stream: true, stream_options: { include_usage: true } }));
    const first = chunks[0];

    expect(first?.object).toBe('chat.completion.chunk');
    expect(String(first?.id)).toMatch(/^chatcmpl-/);
    for (const chunk of chunks) {
      expect(chunk).toMatchObject({ id: first?.id, object: first?.object, created: first?.created, model: 'gpt-4o' });
    }
  });

  it('rejects stream_options without stream, as the API does', async () => {
    const response = await postJson({
      mock: getMock(),
      path,
      body: { model: 'gpt-4o', messages: [], stream_options: { include_usage: true } },
    });

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        message: "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
        type: 'invalid_request_error',
        param: 'stream_options',
        code: null,
      },
    });
  });
});
