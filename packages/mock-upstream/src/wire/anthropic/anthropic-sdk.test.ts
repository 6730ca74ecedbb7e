import { describe, expect, it } from 'vitest';
import { createAnthropicClient, useMockUpstream } from '../../test-support/use-mock-upstream.js';

const getMock = useMockUpstream();
const request = {
  model: 'claude-sonnet-4-6',
  max_tokens: 1024,
  messages: [{ role: 'user' as const, content: 'What is the weather in Paris and Oslo?' }],
};

describe('Anthropic SDK against the mock', () => {
  it('accumulates streamed text, stop reason and usage like a real Messages stream', async () => {
    const mock = getMock();
    mock.script({
      steps: [{ type: 'text', text: 'Hello' }, { type: 'ping' }, { type: 'text', text: ', world' }],
      usage: { inputTokens: 12, outputTokens: 3, cacheReadTokens: 100, cacheWriteTokens: 7 },
    });
    const texts: string[] = [];
    const stream = createAnthropicClient(mock).messages.stream(request);
    stream.on('text', (text) => texts.push(text));
    const message = await stream.finalMessage();

    expect(texts).toEqual(['Hello', ', world']);
    expect(message.model).toBe('claude-sonnet-4-6');
    expect(message.content).toEqual([{ type: 'text', text: 'Hello, world' }]);
    expect(message.stop_reason).toBe('end_turn');
    expect(message.usage).toMatchObject({
      input_tokens: 12,
      output_tokens: 3,
      cache_read_input_tokens: 100,
      cache_creation_input_tokens: 7,
    });
  });

  it('streams tool use as input_json_delta that the SDK parses into input objects', async () => {
    const mock = getMock();
    mock.script({
      steps: [
        { type: 'text', text: 'Let me check.' },
        {
          type: 'tool-calls',
          // Anthropic shows one block at a time, so the interleaving is undone on this wire.
          order: 'interleaved',
          calls: [
            { id: 'toolu_paris', name: 'get_weather', arguments: ['{"ci', 'ty": "Par', 'is"}'] },
            { id: 'toolu_oslo', name: 'get_weather', arguments: ['{"city":', ' "Oslo"}'] },
          ],
        },
      ],
    });
    const partialInputs: string[] = [];
    const stream = createAnthropicClient(mock).messages.stream(request);
    stream.on('inputJson', (partial) => partialInputs.push(partial));
    const message = await stream.finalMessage();

    expect(message.stop_reason).toBe('tool_use');
    expect(message.content).toEqual([
      { type: 'text', text: 'Let me check.' },
      { type: 'tool_use', id: 'toolu_paris', name: 'get_weather', input: { city: 'Paris' } },
      { type: 'tool_use', id: 'toolu_oslo', name: 'get_weather', input: { city: 'Oslo' } },
    ]);
    expect(partialInputs).toEqual(['{"ci', 'ty": "Par', 'is"}', '{"city":', ' "Oslo"}']);
  });

  it('streams thinking with its signature, and redacted thinking, as blocks the SDK keeps', async () => {
    const mock = getMock();
    mock.script({
      steps: [
        { type: 'reasoning', text: 'The user wants ' },
        { type: 'reasoning', text: 'the weather.' },
        { type: 'reasoning-signature', signature: 'EqQBCgIYAhIM1gbcDa9GJwZA2b3h' },
        { type: 'redacted-reasoning', data: 'EmwKAhgBEgy3va3pzix/LafPsn4a' },
        { type: 'text', text: 'Sunny.' },
      ],
    });
    const thinking: string[] = [];
    const stream = createAnthropicClient(mock).messages.stream(request);
    stream.on('thinking', (delta) => thinking.push(delta));
    const message = await stream.finalMessage();

    expect(thinking).toEqual(['The user wants ', 'the weather.']);
    expect(message.content).toEqual([
      { type: 'thinking', thinking: 'The user wants the weather.', signature: 'EqQBCgIYAhIM1gbcDa9GJwZA2b3h' },
      { type: 'redacted_thinking', data: 'EmwKAhgBEgy3va3pzix/LafPsn4a' },
      { type: 'text', text: 'Sunny.' },
    ]);
  });

  it('reports the matched stop sequence and maps each neutral finish reason to its stop_reason', async () => {
    const mock = getMock();
    const client = createAnthropicClient(mock);
    mock.script({ steps: [{ type: 'text', text: 'x' }], finishReason: 'stop-sequence', stopSequence: '###' });
    const stopped = await client.messages.stream(request).finalMessage();
    expect(stopped.stop_reason).toBe('stop_sequence');
    expect(stopped.stop_sequence).toBe('###');

    const expected = { length: 'max_tokens', 'content-filter': 'refusal', stop: 'end_turn' } as const;
    for (const [finishReason, stopReason] of Object.entries(expected)) {
      mock.script({ steps: [{ type: 'text', text: 'x' }], finishReason: finishReason as keyof typeof expected });
      const message = await client.messages.create(request);
      expect(message.stop_reason).toBe(stopReason);
    }
  });

  it('answers a request without stream with one Message built from the same script', async () => {
    const mock = getMock();
    mock.script({
      steps: [
        { type: 'reasoning', text: 'Hmm.' },
        { type: 'reasoning-signature', signature: 'sig' },
        { type: 'text', text: 'Calling.' },
        { type: 'tool-calls', calls: [{ id: 'toolu_1', name: 'get_weather', arguments: ['{"city":', '"Rome"}'] }] },
      ],
      usage: { inputTokens: 30, outputTokens: 12 },
    });
    const message = await createAnthropicClient(mock).messages.create(request);

    expect(message).toMatchObject({
      type: 'message',
      role: 'assistant',
      model: 'claude-sonnet-4-6',
      stop_reason: 'tool_use',
      stop_sequence: null,
      usage: { input_tokens: 30, output_tokens: 12, cache_read_input_tokens: 0, cache_creation_input_tokens: 0 },
    });
    expect(message.id).toMatch(/^msg_/);
    expect(message.content).toEqual([
      { type: 'thinking', thinking: 'Hmm.', signature: 'sig' },
      { type: 'text', text: 'Calling.' },
      { type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { city: 'Rome' } },
    ]);
  });

  it('echoes the last user message word by word when nothing is scripted', async () => {
    const mock = getMock();
    const texts: string[] = [];
    const stream = createAnthropicClient(mock).messages.stream({
      ...request,
      messages: [{ role: 'user', content: [{ type: 'text', text: 'good morning' }] }],
    });
    stream.on('text', (text) => texts.push(text));
    const message = await stream.finalMessage();

    expect(texts).toEqual(['You', ' said:', ' good', ' morning']);
    expect(message.usage.output_tokens).toBe(4);
  });
});
