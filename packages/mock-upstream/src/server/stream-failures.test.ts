import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import type { ScriptStep } from '../script/script.js';
import { eventPayloads, parseServerSentEvents, postJson } from '../test-support/raw-http.js';
import { createAnthropicClient, createOpenAiClient, useMockUpstream } from '../test-support/use-mock-upstream.js';

const getMock = useMockUpstream();
const openAiRequest = { model: 'gpt-4o', messages: [{ role: 'user' as const, content: 'hi' }] };
const anthropicRequest = { ...openAiRequest, model: 'claude-haiku-4-5', max_tokens: 100 };
const partialReply: ScriptStep[] = [
  { type: 'text', text: 'Partial' },
  { type: 'text', text: ' answer' },
];

async function collectOpenAiText(stream: AsyncIterable<OpenAI.ChatCompletionChunk>, into: string[]): Promise<void> {
  for await (const chunk of stream) {
    const content = chunk.choices[0]?.delta.content;
    if (content) into.push(content);
  }
}

describe('an error event in the middle of the stream', () => {
  it('makes the OpenAI SDK throw the error after the text that came before it', async () => {
    getMock().script({ steps: [...partialReply, { type: 'stream-error', message: 'The model crashed.' }] });
    const texts: string[] = [];
    const stream = await createOpenAiClient(getMock()).chat.completions.create({ ...openAiRequest, stream: true });
    const error = await collectOpenAiText(stream, texts).catch((caught: unknown) => caught);

    expect(texts).toEqual(['Partial', ' answer']);
    expect(error).toBeInstanceOf(OpenAI.APIError);
    expect((error as InstanceType<typeof OpenAI.APIError>).error).toMatchObject({
      message: 'The model crashed.',
      type: 'server_error',
    });
  });

  it('makes the Anthropic SDK throw an overloaded_error after the text that came before it', async () => {
    getMock().script({ steps: [...partialReply, { type: 'stream-error', status: 529 }] });
    const texts: string[] = [];
    const stream = createAnthropicClient(getMock()).messages.stream(anthropicRequest);
    stream.on('text', (text) => texts.push(text));
    const error = await stream.finalMessage().catch((caught: unknown) => caught);

    expect(texts).toEqual(['Partial', ' answer']);
    expect(error).toBeInstanceOf(Anthropic.APIError);
    expect((error as InstanceType<typeof Anthropic.APIError>).type).toBe('overloaded_error');
    expect((error as InstanceType<typeof Anthropic.APIError>).error).toEqual({
      type: 'error',
      error: { type: 'overloaded_error', message: 'Overloaded' },
    });
  });

  it('ends the Anthropic stream with the error event and nothing after it', async () => {
    getMock().script({ steps: [...partialReply, { type: 'stream-error', status: 529 }, { type: 'text', text: 'x' }] });
    const response = await postJson({
      mock: getMock(),
      path: '/v1/messages',
      body: { ...anthropicRequest, stream: true },
    });
    const events = parseServerSentEvents(await response.text());

    expect(events.at(-1)).toEqual({
      event: 'error',
      data: '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}',
    });
    expect(events.some((event) => event.event === 'message_stop')).toBe(false);
  });

  it('answers a request that is not streamed with the error status and body instead', async () => {
    getMock().script({ steps: [...partialReply, { type: 'stream-error', status: 503 }] });
    const error = await createOpenAiClient(getMock())
      .chat.completions.create(openAiRequest)
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(OpenAI.InternalServerError);
    expect((error as InstanceType<typeof OpenAI.APIError>).status).toBe(503);
  });

  it('never sends [DONE] after an OpenAI error event', async () => {
    getMock().script({ steps: [...partialReply, { type: 'stream-error' }] });
    const response = await postJson({
      mock: getMock(),
      path: '/v1/chat/completions',
      body: { ...openAiRequest, stream: true },
    });
    const events = parseServerSentEvents(await response.text());

    expect(events.map((event) => event.data)).not.toContain('[DONE]');
    expect(eventPayloads(events).at(-1)).toHaveProperty('error');
  });
});

describe('a connection dropped in the middle of the stream', () => {
  it('makes the OpenAI SDK fail instead of ending cleanly', async () => {
    getMock().script({ steps: [...partialReply, { type: 'drop-connection' }] });
    const texts: string[] = [];
    const stream = await createOpenAiClient(getMock()).chat.completions.create({ ...openAiRequest, stream: true });
    const outcome = await collectOpenAiText(stream, texts).then(
      () => 'ended cleanly',
      () => 'failed',
    );

    expect(texts).toEqual(['Partial', ' answer']);
    expect(outcome).toBe('failed');
    expect(await getMock().requests[0]?.settled).toBe('dropped');
  });

  it('makes the Anthropic SDK fail instead of ending cleanly', async () => {
    getMock().script({ steps: [...partialReply, { type: 'drop-connection' }] });
    const stream = createAnthropicClient(getMock()).messages.stream(anthropicRequest);
    const outcome = await stream.finalMessage().then(
      () => 'ended cleanly',
      () => 'failed',
    );

    expect(outcome).toBe('failed');
  });

  it('fails a request that is not streamed with a connection error', async () => {
    getMock().script({ steps: [...partialReply, { type: 'drop-connection' }] });
    const error = await createAnthropicClient(getMock())
      .messages.create(anthropicRequest)
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(Anthropic.APIConnectionError);
  });
});
