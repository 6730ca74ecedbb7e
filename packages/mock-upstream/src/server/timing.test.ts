import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { postJson } from '../test-support/raw-http.js';
import { createAnthropicClient, createOpenAiClient, useMockUpstream } from '../test-support/use-mock-upstream.js';

const getMock = useMockUpstream();
const openAiRequest = { model: 'gpt-4o', messages: [{ role: 'user' as const, content: 'hi' }] };
/** Node may fire a timer up to a millisecond early; a pause counts as honoured within this margin. */
const timerMargin = 2;

/** Reads a streamed body, noting when each piece arrived. */
async function readArrivals(response: Response): Promise<{ arrivals: number[]; text: string }> {
  const reader = response.body?.getReader();
  if (reader === undefined) throw new Error('The response has no body');
  const decoder = new TextDecoder();
  const arrivals: number[] = [];
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { arrivals, text };
    arrivals.push(performance.now());
    text += decoder.decode(value, { stream: true });
  }
}

describe('scripted pauses', () => {
  it('holds back the first chunk and spaces the following ones as the script says', async () => {
    getMock().script({
      steps: [
        { type: 'text', text: 'one' },
        { type: 'text', text: ' two' },
        { type: 'text', text: ' three' },
      ],
      timing: { firstChunkDelayMs: 80, betweenChunksDelayMs: 50 },
    });
    const startedAt = performance.now();
    const response = await postJson({
      mock: getMock(),
      path: '/v1/chat/completions',
      body: { ...openAiRequest, stream: true },
    });
    const { arrivals, text } = await readArrivals(response);

    expect(text).toContain('data: [DONE]');
    expect((arrivals[0] ?? 0) - startedAt).toBeGreaterThanOrEqual(80 - timerMargin);
    // Three pauses between the four chunks: the two later words and the closing chunk.
    expect((arrivals.at(-1) ?? 0) - startedAt).toBeGreaterThanOrEqual(80 + 3 * 50 - timerMargin);
  });

  it('adds a delay step on top of the pause between chunks', async () => {
    getMock().script({
      steps: [
        { type: 'text', text: 'before' },
        { type: 'delay', ms: 120 },
        { type: 'text', text: 'after' },
      ],
    });
    const startedAt = performance.now();
    const response = await postJson({
      mock: getMock(),
      path: '/v1/chat/completions',
      body: { ...openAiRequest, stream: true },
    });
    const { arrivals, text } = await readArrivals(response);

    expect(text).toContain('after');
    expect((arrivals.at(-1) ?? 0) - startedAt).toBeGreaterThanOrEqual(120 - timerMargin);
  });

  it('delays the response headers by headersDelayMs', async () => {
    getMock().script({ steps: [{ type: 'text', text: 'late' }], timing: { headersDelayMs: 100 } });
    const startedAt = performance.now();
    const response = await postJson({ mock: getMock(), path: '/v1/chat/completions', body: openAiRequest });

    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(100 - timerMargin);
    expect(response.status).toBe(200);
  });

  it('lets the client time out when the headers come later than it waits, and sees it leave', async () => {
    getMock().script({ steps: [{ type: 'text', text: 'too late' }], timing: { headersDelayMs: 30_000 } });
    const error = await createOpenAiClient(getMock(), { timeout: 150 })
      .chat.completions.create(openAiRequest)
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
    expect(await getMock().requests[0]?.settled).toBe('closed-early');
  });

  it('never answers a no-response failure, so only the client timeout ends the wait', async () => {
    getMock().script({ failure: { type: 'no-response' }, steps: [] });
    const error = await createAnthropicClient(getMock(), { timeout: 150 })
      .messages.create({ ...openAiRequest, model: 'claude-haiku-4-5', max_tokens: 10 })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(Anthropic.APIConnectionTimeoutError);
    expect(await getMock().requests[0]?.settled).toBe('closed-early');
    expect(getMock().requests[0]?.closedEarly).toBe(true);
  });
});
