import type { ContentBlockDelta, ConverseResponse, ConverseStreamEvent } from '@heimdall/spec';
import { ModelStreamErrorException, ThrottlingException } from '@heimdall/spec/errors';
import { createSpecValidator } from '@heimdall/testing';
import { describe, expect, it } from 'vitest';
import { ConverseProtocolError } from '../errors/converse-protocol-error.js';
import { eventsOf } from '../test-support/events-of.js';
import { accumulateConverseStream } from './accumulate-converse-stream.js';
import { ConverseAccumulator } from './converse-accumulator.js';

const validator = createSpecValidator();

const delta = (contentBlockIndex: number, value: ContentBlockDelta): ConverseStreamEvent => ({
  contentBlockDelta: { contentBlockIndex, delta: value },
});
const stop = (contentBlockIndex: number): ConverseStreamEvent => ({ contentBlockStop: { contentBlockIndex } });
const opening: ConverseStreamEvent[] = [{ messageStart: { role: 'assistant' } }];
const messageStop: ConverseStreamEvent = { messageStop: { stopReason: 'end_turn' } };
const metadata: ConverseStreamEvent = {
  metadata: { usage: { inputTokens: 5, outputTokens: 7, totalTokens: 12 }, metrics: { latencyMs: 30 } },
};
const closing = [messageStop, metadata];

/** The reply of a message made of `blocks`, checked against the spec. */
async function replyOf(blocks: ConverseStreamEvent[]): Promise<ConverseResponse> {
  const response = await accumulateConverseStream(eventsOf([...opening, ...blocks, ...closing]));
  expect(validator.problems('ConverseResponse', response)).toEqual([]);
  return response;
}

const contentOf = async (blocks: ConverseStreamEvent[]) => (await replyOf(blocks)).output.message.content;

function accumulatorAfter(events: ConverseStreamEvent[]): ConverseAccumulator {
  const accumulator = new ConverseAccumulator();
  for (const event of events) accumulator.push(event);
  return accumulator;
}

describe('ConverseAccumulator content blocks', () => {
  it('parses the joined input of a tool call and gives a call without input an empty object', async () => {
    const content = await contentOf([
      { contentBlockStart: { contentBlockIndex: 0, start: { toolUse: { toolUseId: 't1', name: 'get_weather' } } } },
      delta(0, { toolUse: { input: '{"city":' } }),
      delta(0, { toolUse: { input: '"Paris","days":[1,2]}' } }),
      stop(0),
      {
        contentBlockStart: {
          contentBlockIndex: 1,
          start: { toolUse: { toolUseId: 't2', name: 'now', type: 'server_tool_use' } },
        },
      },
      stop(1),
    ]);
    expect(content).toEqual([
      { toolUse: { toolUseId: 't1', name: 'get_weather', input: { city: 'Paris', days: [1, 2] } } },
      { toolUse: { toolUseId: 't2', name: 'now', input: {}, type: 'server_tool_use' } },
    ]);
  });

  it('names the tool call whose input is not JSON instead of returning a broken reply', () => {
    const accumulator = accumulatorAfter([
      ...opening,
      { contentBlockStart: { contentBlockIndex: 0, start: { toolUse: { toolUseId: 't9', name: 'search' } } } },
      delta(0, { toolUse: { input: '{"query": "unfinished' } }),
      ...closing,
    ]);
    expect(() => accumulator.response).toThrow(ConverseProtocolError);
    expect(() => accumulator.response).toThrow(/tool call search \(t9, content block 0\) is not valid JSON/);
  });

  it('keeps reasoning text with its signature, and redacted reasoning as its own block', async () => {
    const content = await contentOf([
      delta(0, { reasoningContent: { text: 'Think' } }),
      delta(0, { reasoningContent: { text: 'ing.' } }),
      delta(0, { reasoningContent: { signature: 'c2lnbmF0dXJl' } }),
      stop(0),
      delta(1, { reasoningContent: { redactedContent: 'cmVkYWN0ZWQ=' } }),
      stop(1),
      delta(2, { text: 'Answer' }),
      stop(2),
    ]);
    expect(content).toEqual([
      { reasoningContent: { reasoningText: { text: 'Thinking.', signature: 'c2lnbmF0dXJl' } } },
      { reasoningContent: { redactedContent: 'cmVkYWN0ZWQ=' } },
      { text: 'Answer' },
    ]);
  });

  it('turns a text block with citation deltas into a citationsContent block', async () => {
    const location = { web: { url: 'https://example.com/paris', domain: 'example.com' } };
    const content = await contentOf([
      delta(0, { text: 'Paris is the capital.' }),
      delta(0, { citation: { title: 'Paris', source: 'example.com', sourceContent: [{ text: 'capital' }], location } }),
      delta(0, { citation: { title: 'France', sourceContent: [{}] } }),
      stop(0),
    ]);
    expect(content).toEqual([
      {
        citationsContent: {
          content: [{ text: 'Paris is the capital.' }],
          citations: [
            { title: 'Paris', source: 'example.com', sourceContent: [{ text: 'capital' }], location },
            { title: 'France', sourceContent: [] },
          ],
        },
      },
    ]);
  });

  it('joins the text parts of a streamed tool result and keeps each JSON part whole', async () => {
    const content = await contentOf([
      {
        contentBlockStart: {
          contentBlockIndex: 0,
          start: { toolResult: { toolUseId: 't1', status: 'success', type: 'tool_result' } },
        },
      },
      delta(0, { toolResult: [{ text: '21 ' }, { text: 'degrees' }] }),
      delta(0, { toolResult: [{ json: { unit: 'C' } }, { text: 'done' }] }),
      stop(0),
    ]);
    expect(content).toEqual([
      {
        toolResult: {
          toolUseId: 't1',
          content: [{ text: '21 degrees' }, { json: { unit: 'C' } }, { text: 'done' }],
          status: 'success',
          type: 'tool_result',
        },
      },
    ]);
  });

  it('builds an image block from its start and source deltas, joining base64 pieces', async () => {
    const content = await contentOf([
      { contentBlockStart: { contentBlockIndex: 0, start: { image: { format: 'png' } } } },
      delta(0, { image: { source: { bytes: 'iVBO' } } }),
      delta(0, { image: { source: { bytes: 'Rw0K' } } }),
      stop(0),
    ]);
    expect(content).toEqual([{ image: { format: 'png', source: { bytes: 'iVBORw0K' } } }]);
  });

  it('fails on an image block that never got a source, quoting the image error', () => {
    const accumulator = accumulatorAfter([
      ...opening,
      { contentBlockStart: { contentBlockIndex: 0, start: { image: { format: 'jpeg' } } } },
      delta(0, { image: { error: { message: 'blocked by policy' } } }),
      ...closing,
    ]);
    expect(() => accumulator.response).toThrow(/Image content block 0 ended without a source.*blocked by policy/);
  });

  it('orders blocks by contentBlockIndex, whatever order their events came in', async () => {
    const content = await contentOf([delta(1, { text: 'second' }), delta(0, { text: 'first' }), stop(1), stop(0)]);
    expect(content).toEqual([{ text: 'first' }, { text: 'second' }]);
  });
});

describe('ConverseAccumulator reply fields', () => {
  it('carries additionalModelResponseFields, trace, performanceConfig and serviceTier', async () => {
    const response = await accumulateConverseStream(
      eventsOf([
        ...opening,
        delta(0, { text: 'Hi' }),
        stop(0),
        { messageStop: { stopReason: 'max_tokens', additionalModelResponseFields: { stop_sequence: null } } },
        {
          metadata: {
            usage: { inputTokens: 1, outputTokens: 2, totalTokens: 3, cacheReadInputTokens: 4 },
            metrics: { latencyMs: 9 },
            trace: { promptRouter: { invokedModelId: 'router-model' } },
            performanceConfig: { latency: 'optimized' },
            serviceTier: { type: 'flex' },
          },
        },
      ]),
    );
    expect(response).toEqual({
      output: { message: { role: 'assistant', content: [{ text: 'Hi' }] } },
      stopReason: 'max_tokens',
      usage: { inputTokens: 1, outputTokens: 2, totalTokens: 3, cacheReadInputTokens: 4 },
      metrics: { latencyMs: 9 },
      additionalModelResponseFields: { stop_sequence: null },
      trace: { promptRouter: { invokedModelId: 'router-model' } },
      performanceConfig: { latency: 'optimized' },
      serviceTier: { type: 'flex' },
    });
    expect(validator.problems('ConverseResponse', response)).toEqual([]);
  });

  it('gives a message with no content blocks an empty content list', async () => {
    expect(await contentOf([])).toEqual([]);
  });
});

describe('ConverseAccumulator failures', () => {
  it('throws the Bedrock error class of an exception event', async () => {
    const events: ConverseStreamEvent[] = [
      ...opening,
      { modelStreamErrorException: { message: 'upstream failed', originalStatusCode: 502 } },
    ];
    const failure = accumulateConverseStream(eventsOf(events));
    await expect(failure).rejects.toBeInstanceOf(ModelStreamErrorException);
    await expect(failure).rejects.toMatchObject({ message: 'upstream failed', originalStatusCode: 502 });
    expect(() => accumulatorAfter([{ throttlingException: {} }])).toThrow(ThrottlingException);
  });

  it.each([
    ['messageStart', [delta(0, { text: 'x' }), ...closing], /no messageStart/],
    ['messageStop', [...opening, delta(0, { text: 'x' }), metadata], /before its messageStop/],
    ['metadata', [...opening, delta(0, { text: 'x' }), messageStop], /before its metadata/],
  ] as const)('refuses to make a reply from a stream without its %s event', (_name, events, message) => {
    const accumulator = accumulatorAfter([...events]);
    expect(accumulator.complete).toBe(false);
    expect(() => accumulator.response).toThrow(message);
  });

  it.each([
    [
      'a tool-use delta for a text block',
      [delta(0, { text: 'x' }), delta(0, { toolUse: { input: '{}' } })],
      /block 0 is a text block but got a toolUse delta/,
    ],
    [
      'a tool-use delta with no start',
      [delta(3, { toolUse: { input: '{}' } })],
      /toolUse delta without a contentBlockStart/,
    ],
    [
      'a delta after the block stopped',
      [delta(0, { text: 'x' }), stop(0), delta(0, { text: 'y' })],
      /after its contentBlockStop/,
    ],
    [
      'a block started twice',
      [
        { contentBlockStart: { contentBlockIndex: 0, start: { toolUse: { toolUseId: 'a', name: 'b' } } } },
        { contentBlockStart: { contentBlockIndex: 0, start: { toolUse: { toolUseId: 'a', name: 'b' } } } },
      ],
      /after it had already begun/,
    ],
    [
      'redacted reasoning mixed with reasoning text',
      [delta(0, { reasoningContent: { text: 'x' } }), delta(0, { reasoningContent: { redactedContent: 'eA==' } })],
      /mixes redacted reasoning/,
    ],
    ['a negative block index', [delta(-1, { text: 'x' })], /contentBlockIndex must be a whole number/],
    ['a second messageStop', [messageStop, messageStop], /second messageStop/],
  ] as const)('fails with a ConverseProtocolError on %s', (_name, events, message) => {
    expect(() => accumulatorAfter([...events])).toThrow(ConverseProtocolError);
    expect(() => accumulatorAfter([...events])).toThrow(message);
  });

  it('fails with the error of the source instead of returning part of a reply', async () => {
    async function* failing(): AsyncGenerator<ConverseStreamEvent> {
      yield* opening;
      throw new Error('connection reset');
    }
    await expect(accumulateConverseStream(failing())).rejects.toThrow('connection reset');
  });
});
