import { describe, expect, it } from 'vitest';
import { createOpenAiClient, useMockUpstream } from '../../test-support/use-mock-upstream.js';

const getMock = useMockUpstream();
const messages = [{ role: 'user' as const, content: 'What is the weather in Paris and Oslo?' }];

describe('OpenAI SDK against the mock', () => {
  it('accumulates streamed text, finish reason and usage like a real OpenAI stream', async () => {
    const mock = getMock();
    mock.script({
      steps: [
        { type: 'text', text: 'Hello' },
        { type: 'text', text: ', ' },
        { type: 'text', text: 'world' },
      ],
      usage: { inputTokens: 11, outputTokens: 3, cacheReadTokens: 4, cacheWriteTokens: 2, reasoningTokens: 1 },
    });
    const stream = createOpenAiClient(mock).chat.completions.stream({
      model: 'gpt-4o-mini',
      messages,
      stream_options: { include_usage: true },
    });
    const completion = await stream.finalChatCompletion();

    expect(completion.model).toBe('gpt-4o-mini');
    expect(completion.choices[0]?.message.content).toBe('Hello, world');
    expect(completion.choices[0]?.finish_reason).toBe('stop');
    expect(completion.usage).toMatchObject({
      prompt_tokens: 17,
      completion_tokens: 3,
      total_tokens: 20,
      prompt_tokens_details: { cached_tokens: 4 },
      completion_tokens_details: { reasoning_tokens: 1 },
    });
  });

  it('streams parallel tool calls whose arguments the SDK reassembles by index', async () => {
    const mock = getMock();
    mock.script({
      steps: [
        {
          type: 'tool-calls',
          order: 'interleaved',
          calls: [
            { id: 'call_paris', name: 'get_weather', arguments: ['{"ci', 'ty":"Par', 'is"}'] },
            { id: 'call_oslo', name: 'get_weather', arguments: ['{"city":', '"Oslo"}'] },
          ],
        },
      ],
    });
    const chunks = await createOpenAiClient(mock).chat.completions.create({ model: 'gpt-4o', messages, stream: true });
    const indexesSeen: number[] = [];
    const argumentsByIndex = new Map<number, string>();
    const namesByIndex = new Map<number, string>();
    let finishReason: string | null = null;
    for await (const chunk of chunks) {
      const choice = chunk.choices[0];
      finishReason = choice?.finish_reason ?? finishReason;
      for (const call of choice?.delta.tool_calls ?? []) {
        indexesSeen.push(call.index);
        if (call.function?.name) namesByIndex.set(call.index, call.function.name);
        argumentsByIndex.set(call.index, (argumentsByIndex.get(call.index) ?? '') + (call.function?.arguments ?? ''));
      }
    }

    expect(indexesSeen).toEqual([0, 1, 0, 1, 0, 1, 0]);
    expect(JSON.parse(argumentsByIndex.get(0) ?? '')).toEqual({ city: 'Paris' });
    expect(JSON.parse(argumentsByIndex.get(1) ?? '')).toEqual({ city: 'Oslo' });
    expect([...namesByIndex.values()]).toEqual(['get_weather', 'get_weather']);
    expect(finishReason).toBe('tool_calls');
  });

  it('gives the final tool calls through the stream helper, ids and all', async () => {
    const mock = getMock();
    mock.script({
      steps: [
        { type: 'text', text: 'Checking.' },
        {
          type: 'tool-calls',
          calls: [
            { id: 'call_1', name: 'get_weather', arguments: ['{"city":"Paris"}'] },
            { id: 'call_2', name: 'get_time', arguments: ['{"zone":', '"CET"}'] },
          ],
        },
      ],
    });
    const stream = createOpenAiClient(mock).chat.completions.stream({ model: 'gpt-4o', messages });
    const message = (await stream.finalChatCompletion()).choices[0]?.message;

    expect(message?.content).toBe('Checking.');
    expect(message?.tool_calls).toEqual([
      { id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } },
      { id: 'call_2', type: 'function', function: { name: 'get_time', arguments: '{"zone":"CET"}' } },
    ]);
  });

  it('streams reasoning as reasoning_content before the answer', async () => {
    const mock = getMock();
    mock.script({
      steps: [
        { type: 'reasoning', text: 'Paris is ' },
        { type: 'reasoning', text: 'in France.' },
        { type: 'reasoning-signature', signature: 'not-sent-by-openai' },
        { type: 'redacted-reasoning', data: 'not-sent-either' },
        { type: 'text', text: 'It is sunny.' },
      ],
    });
    const chunks = await createOpenAiClient(mock).chat.completions.create({
      model: 'deepseek-reasoner',
      messages,
      stream: true,
    });
    // The SDK types do not know reasoning_content, an extension of OpenAI-compatible servers, so read it raw.
    const deltas: Array<{ content?: string | null; reasoning_content?: string }> = [];
    for await (const chunk of chunks) if (chunk.choices[0]) deltas.push(chunk.choices[0].delta);

    const reasoning = deltas.map((delta) => delta.reasoning_content ?? '').join('');
    const text = deltas.map((delta) => delta.content ?? '').join('');
    expect(reasoning).toBe('Paris is in France.');
    expect(text).toBe('It is sunny.');
    expect(deltas.findIndex((delta) => delta.content === 'It is sunny.')).toBeGreaterThan(
      deltas.findIndex((delta) => delta.reasoning_content === 'in France.'),
    );
    expect(JSON.stringify(deltas)).not.toContain('not-sent');
  });

  it('answers a request without stream with one chat.completion built from the same script', async () => {
    const mock = getMock();
    mock.script({
      steps: [
        { type: 'tool-calls', calls: [{ id: 'call_1', name: 'get_weather', arguments: ['{"city":', '"Rome"}'] }] },
      ],
      usage: { inputTokens: 20, outputTokens: 9 },
    });
    const completion = await createOpenAiClient(mock).chat.completions.create({ model: 'gpt-4o', messages });

    expect(completion.object).toBe('chat.completion');
    expect(completion.choices[0]?.finish_reason).toBe('tool_calls');
    expect(completion.choices[0]?.message.content).toBeNull();
    expect(completion.choices[0]?.message.tool_calls?.[0]).toMatchObject({
      id: 'call_1',
      function: { name: 'get_weather', arguments: '{"city":"Rome"}' },
    });
    expect(completion.usage).toMatchObject({ prompt_tokens: 20, completion_tokens: 9, total_tokens: 29 });
  });

  it('maps each neutral finish reason to the OpenAI name clients switch on', async () => {
    const mock = getMock();
    const client = createOpenAiClient(mock);
    const expected = { length: 'length', 'content-filter': 'content_filter', 'stop-sequence': 'stop' } as const;
    for (const [finishReason, openAiName] of Object.entries(expected)) {
      mock.script({ steps: [{ type: 'text', text: 'x' }], finishReason: finishReason as keyof typeof expected });
      const completion = await client.chat.completions.create({ model: 'gpt-4o', messages });
      expect(completion.choices[0]?.finish_reason).toBe(openAiName);
    }
  });

  it('echoes the last user message word by word when nothing is scripted', async () => {
    const mock = getMock();
    const contents: string[] = [];
    const chunks = await createOpenAiClient(mock).chat.completions.create({
      model: 'any-model',
      messages: [
        { role: 'user', content: 'first question' },
        { role: 'assistant', content: 'an answer' },
        { role: 'user', content: [{ type: 'text', text: 'hello there' }] },
      ],
      stream: true,
    });
    for await (const chunk of chunks) {
      const content = chunk.choices[0]?.delta.content;
      if (content) contents.push(content);
    }

    expect(contents).toEqual(['You', ' said:', ' hello', ' there']);
  });
});
