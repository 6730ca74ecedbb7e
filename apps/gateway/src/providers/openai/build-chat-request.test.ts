import type { BedrockConverseRequest } from '@heimdall/spec';
import { BedrockConverseRequestSchema } from '@heimdall/spec/zod';
import { describe, expect, it } from 'vitest';
import { buildChatRequest } from './build-chat-request.js';

const base64 = (text: string) => Buffer.from(text).toString('base64');

/** Converse requests a client may send; each has a golden file of the Chat Completions body it becomes. */
const cases: Record<string, BedrockConverseRequest> = {
  'system-and-inference-config': {
    system: [{ text: 'You are terse.' }, { cachePoint: { type: 'default' } }, { text: 'Answer in French.' }],
    messages: [{ role: 'user', content: [{ text: 'Capital of Italy?' }] }],
    inferenceConfig: { maxTokens: 256, temperature: 0.2, topP: 0.9, stopSequences: ['\n\n'] },
    guardrailConfig: { guardrailIdentifier: 'abc', guardrailVersion: '1' },
    requestMetadata: { team: 'search' },
  },
  'image-and-text-document': {
    messages: [
      {
        role: 'user',
        content: [
          { text: 'What is in these?' },
          { image: { format: 'png', source: { bytes: 'iVBORw0KGgo=' } } },
          { document: { format: 'md', name: 'notes', source: { bytes: base64('# Title\nBody') } } },
          { document: { format: 'csv', name: 'table', source: { text: 'a,b\n1,2' } } },
        ],
      },
    ],
  },
  'tool-round-trip': {
    messages: [
      { role: 'user', content: [{ text: 'Weather in Paris and Rome?' }] },
      {
        role: 'assistant',
        content: [
          { reasoningContent: { reasoningText: { text: 'Two calls.', signature: 'sig' } } },
          { text: 'Checking.' },
          { toolUse: { toolUseId: 'call_1', name: 'get_weather', input: { city: 'Paris' } } },
          { toolUse: { toolUseId: 'call_2', name: 'get_weather', input: { city: 'Rome' } } },
        ],
      },
      {
        role: 'user',
        content: [
          { toolResult: { toolUseId: 'call_1', content: [{ json: { celsius: 21 } }], status: 'success' } },
          { toolResult: { toolUseId: 'call_2', content: [{ text: 'service down' }], status: 'error' } },
          { text: 'Summarise, please.' },
        ],
      },
    ],
    toolConfig: {
      tools: [
        {
          toolSpec: {
            name: 'get_weather',
            description: 'Weather of a city',
            inputSchema: { json: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } },
          },
        },
        { cachePoint: { type: 'default' } },
      ],
      toolChoice: { any: {} },
    },
  },
  'specific-tool-choice-and-extra-fields': {
    messages: [{ role: 'user', content: [{ text: 'Look it up.' }] }],
    toolConfig: {
      tools: [{ toolSpec: { name: 'lookup', inputSchema: { json: { type: 'object' } }, strict: true } }],
      toolChoice: { tool: { name: 'lookup' } },
    },
    additionalModelRequestFields: { max_completion_tokens: 500, max_tokens: undefined, seed: 7 },
    serviceTier: { type: 'flex' },
  },
  'structured-output-and-effort': {
    messages: [{ role: 'user', content: [{ text: 'A city as JSON.' }] }],
    outputConfig: {
      textFormat: {
        type: 'json_schema',
        structure: {
          jsonSchema: { name: 'city', schema: '{"type":"object","properties":{"name":{"type":"string"}}}' },
        },
      },
      effort: 'low',
    },
  },
};

describe('Converse request → Chat Completions request (golden files)', () => {
  it.each(Object.entries(cases))('%s', async (name, request) => {
    expect(BedrockConverseRequestSchema.safeParse(request).error?.issues ?? []).toEqual([]);
    const body = buildChatRequest(request, 'gpt-4o', true);
    await expect(`${JSON.stringify(body, null, 2)}\n`).toMatchFileSnapshot(`./golden/request-${name}.json`);
  });

  it('asks for usage only when streaming', () => {
    const request = { messages: [{ role: 'user' as const, content: [{ text: 'hi' }] }] };
    expect(buildChatRequest(request, 'm', true).stream_options).toEqual({ include_usage: true });
    expect(buildChatRequest(request, 'm', false).stream_options).toBeUndefined();
  });
});

describe('requests the OpenAI-compatible API cannot take get a ValidationException that says why', () => {
  const user = (content: BedrockConverseRequest['messages']) => ({ messages: content });
  it('a PDF document', () => {
    const request = user([
      { role: 'user', content: [{ document: { format: 'pdf', name: 'report', source: { bytes: 'JVBERi0=' } } }] },
    ]);
    expect(() => buildChatRequest(request, 'm', true)).toThrow('cannot read "pdf" documents (report)');
  });
  it('an image in S3', () => {
    const request = user([
      { role: 'user', content: [{ image: { format: 'png', source: { s3Location: { uri: 's3://b/k.png' } } } }] },
    ]);
    expect(() => buildChatRequest(request, 'm', true)).toThrow('images from S3 (messages[0].content[0])');
  });
  it('a video', () => {
    const request = user([{ role: 'user', content: [{ video: { format: 'mp4', source: { bytes: 'AAAA' } } }] }]);
    expect(() => buildChatRequest(request, 'm', true)).toThrow('cannot take video content (messages[0].content[0])');
  });
  it('no messages at all', () => {
    expect(() => buildChatRequest({}, 'm', true)).toThrow('messages: at least one message is required');
  });
  it('a structured-output schema that is not JSON', () => {
    const request = {
      messages: [{ role: 'user' as const, content: [{ text: 'x' }] }],
      outputConfig: { textFormat: { type: 'json_schema' as const, structure: { jsonSchema: { schema: '{nope' } } } },
    };
    expect(() => buildChatRequest(request, 'm', true)).toThrow('jsonSchema.schema: is not valid JSON');
  });
});
