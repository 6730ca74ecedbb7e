import {
  ConverseCommand,
  ModelStreamErrorException,
  ThrottlingException,
  ValidationException,
} from '@aws-sdk/client-bedrock-runtime';
import { describe, expect, it } from 'vitest';
import { bedrockQuestion, createBedrockClient, readSdkStream } from '../../test-support/bedrock-client.js';
import { postJson } from '../../test-support/raw-http.js';
import { useMockUpstream } from '../../test-support/use-mock-upstream.js';

const getMock = useMockUpstream();
const latency = { metrics: { latencyMs: expect.any(Number) } };

describe('AWS SDK ConverseStream against scripted replies', () => {
  it('receives text, reasoning and tool use as Bedrock events, contentBlockStart only for tool use', async () => {
    const mock = getMock();
    mock.scriptFor('openai/gpt-4o', {
      steps: [
        { type: 'reasoning', text: 'The user wants ' },
        { type: 'reasoning', text: 'the weather.' },
        { type: 'reasoning-signature', signature: 'c2lnbmF0dXJl' },
        { type: 'text', text: 'Let me check.' },
        { type: 'ping' },
        { type: 'tool-calls', calls: [{ id: 'tooluse_1', name: 'get_weather', arguments: ['{"city":', '"Paris"}'] }] },
      ],
      usage: { inputTokens: 20, outputTokens: 9, cacheReadTokens: 100 },
    });
    const { events, error } = await readSdkStream(createBedrockClient(mock), 'openai/gpt-4o');

    expect(error).toBeUndefined();
    expect(mock.requests[0]?.path).toBe('/model/openai%2Fgpt-4o/converse-stream');
    expect(events).toEqual([
      { messageStart: { role: 'assistant' } },
      { contentBlockDelta: { contentBlockIndex: 0, delta: { reasoningContent: { text: 'The user wants ' } } } },
      { contentBlockDelta: { contentBlockIndex: 0, delta: { reasoningContent: { text: 'the weather.' } } } },
      { contentBlockDelta: { contentBlockIndex: 0, delta: { reasoningContent: { signature: 'c2lnbmF0dXJl' } } } },
      { contentBlockStop: { contentBlockIndex: 0 } },
      { contentBlockDelta: { contentBlockIndex: 1, delta: { text: 'Let me check.' } } },
      { contentBlockStop: { contentBlockIndex: 1 } },
      {
        contentBlockStart: {
          contentBlockIndex: 2,
          start: { toolUse: { toolUseId: 'tooluse_1', name: 'get_weather' } },
        },
      },
      { contentBlockDelta: { contentBlockIndex: 2, delta: { toolUse: { input: '{"city":' } } } },
      { contentBlockDelta: { contentBlockIndex: 2, delta: { toolUse: { input: '"Paris"}' } } } },
      { contentBlockStop: { contentBlockIndex: 2 } },
      { messageStop: { stopReason: 'tool_use' } },
      {
        metadata: {
          usage: { inputTokens: 20, outputTokens: 9, totalTokens: 129, cacheReadInputTokens: 100 },
          ...latency,
        },
      },
    ]);
  });

  it('sends parallel tool calls one block after another, and redacted reasoning as bytes', async () => {
    const mock = getMock();
    mock.script({
      steps: [
        { type: 'redacted-reasoning', data: 'AQID' },
        {
          type: 'tool-calls',
          order: 'interleaved',
          calls: [
            { id: 'a', name: 'f', arguments: ['{"x":', '1}'] },
            { id: 'b', name: 'g', arguments: ['{}'] },
          ],
        },
      ],
    });
    const { events } = await readSdkStream(createBedrockClient(mock), 'anthropic.claude');

    expect(events.slice(1, 4)).toEqual([
      {
        contentBlockDelta: {
          contentBlockIndex: 0,
          delta: { reasoningContent: { redactedContent: new Uint8Array([1, 2, 3]) } },
        },
      },
      { contentBlockStop: { contentBlockIndex: 0 } },
      { contentBlockStart: { contentBlockIndex: 1, start: { toolUse: { toolUseId: 'a', name: 'f' } } } },
    ]);
    const starts = events.flatMap((event) =>
      event.contentBlockStart ? [event.contentBlockStart.contentBlockIndex] : [],
    );
    expect(starts).toEqual([1, 2]);
  });

  it('reports the stop sequence the way Anthropic models on Bedrock do', async () => {
    getMock().script({ steps: [{ type: 'text', text: 'x' }], finishReason: 'stop-sequence', stopSequence: '###' });
    const { events } = await readSdkStream(createBedrockClient(getMock()), 'm');

    expect(events.at(-2)).toEqual({
      messageStop: { stopReason: 'stop_sequence', additionalModelResponseFields: { stop_sequence: '###' } },
    });
  });

  it('echoes the last user message word by word when nothing is scripted', async () => {
    const { events } = await readSdkStream(createBedrockClient(getMock()), 'm');
    const text = events
      .map((event) =>
        event.contentBlockDelta?.delta && 'text' in event.contentBlockDelta.delta
          ? event.contentBlockDelta.delta.text
          : '',
      )
      .join('');

    expect(text).toBe('You said: What is the weather in Paris?');
  });
});

describe('AWS SDK errors from the Bedrock wire', () => {
  it('throws ThrottlingException with status and request id for a pre-stream 429', async () => {
    getMock().script({ failure: { type: 'http-error', status: 429 }, steps: [] });
    const { error, events } = await readSdkStream(createBedrockClient(getMock()), 'm');

    expect(events).toEqual([]);
    expect(error).toBeInstanceOf(ThrottlingException);
    expect(error).toMatchObject({
      message: 'Too many requests, please wait before trying again.',
      $metadata: { httpStatusCode: 429, requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) },
    });
  });

  it('throws the type a script names before the stream, with its message', async () => {
    getMock().script({
      failure: { type: 'http-error', status: 400, errorType: 'ValidationException', message: 'maxTokens is too big' },
      steps: [],
    });
    const { error } = await readSdkStream(createBedrockClient(getMock()), 'm');

    expect(error).toBeInstanceOf(ValidationException);
    expect((error as Error).message).toBe('maxTokens is too big');
  });

  it('throws ModelStreamErrorException from the iteration after the events that came before it', async () => {
    getMock().script({
      steps: [
        { type: 'text', text: 'Partial' },
        { type: 'stream-error', status: 529, message: 'Overloaded' },
      ],
    });
    const { events, error } = await readSdkStream(createBedrockClient(getMock()), 'm');

    expect(events).toEqual([
      { messageStart: { role: 'assistant' } },
      { contentBlockDelta: { contentBlockIndex: 0, delta: { text: 'Partial' } } },
    ]);
    expect(error).toBeInstanceOf(ModelStreamErrorException);
    expect(error).toMatchObject({ message: 'Overloaded', originalStatusCode: 529, originalMessage: 'Overloaded' });
  });

  it('throws the stream exception type a script names, in any casing', async () => {
    getMock().script({
      steps: [
        { type: 'text', text: 'x' },
        { type: 'stream-error', errorType: 'throttlingException' },
      ],
    });
    const { error } = await readSdkStream(createBedrockClient(getMock()), 'm');

    expect(error).toBeInstanceOf(ThrottlingException);
  });

  it('answers a 500 naming the mistake when a script ends a stream with a type Bedrock never streams', async () => {
    getMock().script({ steps: [{ type: 'stream-error', errorType: 'AccessDeniedException' }] });
    const response = await postJson({ mock: getMock(), path: '/model/m/converse-stream', body: { messages: [] } });

    expect(response.status).toBe(500);
    expect(await response.text()).toMatch(/A Bedrock stream cannot end with AccessDeniedException/);
  });

  it('fails the SDK iteration when the connection drops mid-stream', async () => {
    getMock().script({ steps: [{ type: 'text', text: 'Partial' }, { type: 'drop-connection' }] });
    const { events, error } = await readSdkStream(createBedrockClient(getMock()), 'm');

    expect(events).toHaveLength(2);
    expect(error).toBeInstanceOf(Error);
    expect(await getMock().requests[0]?.settled).toBe('dropped');
  });
});

describe('AWS SDK Converse against scripted replies', () => {
  it('receives the whole ConverseResponse built from the same script', async () => {
    getMock().script({
      steps: [
        { type: 'reasoning', text: 'Hmm.' },
        { type: 'reasoning-signature', signature: 'sig' },
        { type: 'text', text: 'Calling.' },
        { type: 'tool-calls', calls: [{ id: 'tooluse_1', name: 'get_weather', arguments: ['{"city":', '"Rome"}'] }] },
      ],
      usage: { inputTokens: 30, outputTokens: 12 },
    });
    const output = await createBedrockClient(getMock()).send(
      new ConverseCommand({ modelId: 'm', messages: bedrockQuestion }),
    );

    expect(getMock().requests[0]?.path).toBe('/model/m/converse');
    expect(output).toMatchObject({
      output: {
        message: {
          role: 'assistant',
          content: [
            { reasoningContent: { reasoningText: { text: 'Hmm.', signature: 'sig' } } },
            { text: 'Calling.' },
            { toolUse: { toolUseId: 'tooluse_1', name: 'get_weather', input: { city: 'Rome' } } },
          ],
        },
      },
      stopReason: 'tool_use',
      usage: { inputTokens: 30, outputTokens: 12, totalTokens: 42 },
      ...latency,
    });
  });

  it('throws the error of a stream error step instead of a reply', async () => {
    getMock().script({
      steps: [
        { type: 'text', text: 'x' },
        { type: 'stream-error', status: 429 },
      ],
    });
    const error = await createBedrockClient(getMock())
      .send(new ConverseCommand({ modelId: 'm', messages: bedrockQuestion }))
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ThrottlingException);
  });
});
