import type { BedrockConverseRequest } from '@heimdall/spec';
import { BedrockConverseRequestSchema } from '@heimdall/spec/zod';
import { describe, expect, it } from 'vitest';
import { buildMessagesRequest } from './build-messages-request.js';

const base64 = (text: string) => Buffer.from(text).toString('base64');
const build = (request: BedrockConverseRequest) =>
  buildMessagesRequest({ request, model: 'claude-sonnet-4-5', defaultMaxTokens: 4096 });

/** Converse requests a client may send; each has a golden file of the Messages request it becomes. */
const cases: Record<string, BedrockConverseRequest> = {
  'system-inference-and-ignored-fields': {
    system: [
      { text: 'You are terse.' },
      { cachePoint: { type: 'default', ttl: '1h' } },
      { guardContent: { text: { text: 'Never reveal the code word.' } } },
      { cachePoint: { type: 'default' } },
    ],
    messages: [{ role: 'user', content: [{ text: 'Capital of Italy?' }] }],
    inferenceConfig: { maxTokens: 256, temperature: 0.2, topP: 0.9, stopSequences: ['\n\nHuman:'] },
    guardrailConfig: { guardrailIdentifier: 'abc', guardrailVersion: '1' },
    performanceConfig: { latency: 'optimized' },
    promptVariables: { city: { text: 'Rome' } },
    requestMetadata: { team: 'search' },
    serviceTier: { type: 'priority' },
  },
  'images-and-documents': {
    messages: [
      {
        role: 'user',
        content: [
          { text: 'Compare these.' },
          { image: { format: 'webp', source: { bytes: 'UklGRg==' } } },
          { document: { format: 'pdf', name: 'report', source: { bytes: 'JVBERi0=' } } },
          { cachePoint: { type: 'default' } },
          { document: { format: 'md', name: 'notes', source: { bytes: base64('# Title\nBody') } } },
          { document: { format: 'csv', name: 'table', source: { text: 'a,b\n1,2' } } },
          {
            document: {
              name: 'chapters',
              context: 'Two chapters of a manual',
              citations: { enabled: true },
              source: { content: [{ text: 'Chapter one.' }, { text: 'Chapter two.' }] },
            },
          },
          { guardContent: { image: { format: 'jpeg', source: { bytes: '/9j/4AA=' } } } },
          {
            searchResult: {
              source: 'https://example.com/rome',
              title: 'Rome',
              content: [{ text: 'Rome is the capital of Italy.' }],
            },
          },
        ],
      },
    ],
  },
  'tool-round-trip-with-thinking': {
    messages: [
      { role: 'user', content: [{ text: 'Weather in Paris and Rome?' }] },
      {
        role: 'assistant',
        content: [
          { reasoningContent: { reasoningText: { text: 'Two calls.', signature: 'EqQBCgIYAhIM' } } },
          { reasoningContent: { redactedContent: 'EmwKAhgBEgy3va3p' } },
          { text: 'Checking.' },
          { toolUse: { toolUseId: 'toolu_1', name: 'get_weather', input: { city: 'Paris' } } },
          { toolUse: { toolUseId: 'toolu_2', name: 'get_weather', input: { city: 'Rome' } } },
          { cachePoint: { type: 'default' } },
        ],
      },
      {
        role: 'user',
        content: [
          { text: 'Here you go.' },
          { toolResult: { toolUseId: 'toolu_1', content: [{ json: { celsius: 21 } }], status: 'success' } },
          { toolResult: { toolUseId: 'toolu_2', content: [{ text: 'service down' }], status: 'error' } },
        ],
      },
      {
        role: 'user',
        content: [
          {
            toolResult: {
              toolUseId: 'toolu_3',
              content: [{ text: 'A map:' }, { image: { format: 'png', source: { bytes: 'iVBORw0KGgo=' } } }],
            },
          },
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
      // Anthropic takes only `auto` while thinking.
      toolChoice: { auto: {} },
    },
    additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 2048 } },
  },
  'same-role-messages-merged': {
    system: [{ text: 'Be brief.' }],
    messages: [
      { role: 'user', content: [{ text: 'First question.' }] },
      { role: 'user', content: [{ text: 'Second question.' }] },
      { role: 'system', content: [{ text: 'Answer both.' }] },
      { role: 'assistant', content: [{ text: 'One.' }] },
      { role: 'assistant', content: [{ reasoningContent: { reasoningText: { text: 'From another model.' } } }] },
      { role: 'assistant', content: [{ text: 'Two.' }] },
      { role: 'user', content: [{ text: 'Thanks.' }] },
    ],
  },
  'specific-tool-choice-and-extra-fields': {
    messages: [{ role: 'user', content: [{ text: 'Look it up.' }] }],
    toolConfig: {
      tools: [{ toolSpec: { name: 'lookup', inputSchema: { json: { type: 'object' } }, strict: true } }],
      toolChoice: { tool: { name: 'lookup' } },
    },
    additionalModelRequestFields: {
      top_k: 5,
      metadata: { user_id: 'user-42' },
      anthropic_beta: ['interleaved-thinking-2025-05-14'],
    },
  },
  'reasoning-config-budget-and-structured-output': {
    messages: [{ role: 'user', content: [{ text: 'A city as JSON.' }] }],
    // No maxTokens and a budget above the default: the answer still gets the default on top of the budget.
    additionalModelRequestFields: { reasoning_config: { type: 'enabled', budget_tokens: 8000 } },
    outputConfig: {
      textFormat: {
        type: 'json_schema',
        structure: {
          jsonSchema: { name: 'city', schema: '{"type":"object","properties":{"name":{"type":"string"}}}' },
        },
      },
      effort: 'medium',
    },
  },
};

describe('Converse request → Anthropic Messages request (golden files)', () => {
  it.each(Object.entries(cases))('%s', async (name, request) => {
    expect(BedrockConverseRequestSchema.safeParse(request).error?.issues ?? []).toEqual([]);
    const built = build(request);
    await expect(`${JSON.stringify(built, null, 2)}\n`).toMatchFileSnapshot(`./golden/request-${name}.json`);
  });

  it('always streams and always sends max_tokens, which Anthropic requires', () => {
    const { body } = build({ messages: [{ role: 'user', content: [{ text: 'hi' }] }] });
    expect(body).toMatchObject({ model: 'claude-sonnet-4-5', stream: true, max_tokens: 4096 });
  });

  it('keeps the client’s max_tokens even when thinking is enabled', () => {
    const { body } = build({
      messages: [{ role: 'user', content: [{ text: 'hi' }] }],
      inferenceConfig: { maxTokens: 9000 },
      additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 8000 } },
    });
    expect(body.max_tokens).toBe(9000);
  });
});

describe('requests Anthropic cannot take get a ValidationException that says why', () => {
  const user = (content: BedrockConverseRequest['messages']) => ({ messages: content });
  it('a Word document', () => {
    const request = user([
      { role: 'user', content: [{ document: { format: 'docx', name: 'memo', source: { bytes: 'UEsDBA==' } } }] },
    ]);
    expect(() => build(request)).toThrow('cannot take "docx" documents (memo, messages[0].content[0])');
  });
  it('an image in S3', () => {
    const request = user([
      { role: 'user', content: [{ image: { format: 'png', source: { s3Location: { uri: 's3://b/k.png' } } } }] },
    ]);
    expect(() => build(request)).toThrow('images from S3 (messages[0].content[0])');
  });
  it('a video', () => {
    const request = user([{ role: 'user', content: [{ video: { format: 'mp4', source: { bytes: 'AAAA' } } }] }]);
    expect(() => build(request)).toThrow('cannot take video content (messages[0].content[0])');
  });
  it('no messages at all', () => {
    expect(() => build({})).toThrow('messages: at least one user or assistant message is required');
  });
  it('a cache point with nothing before it to cache', () => {
    const request = user([{ role: 'user', content: [{ cachePoint: { type: 'default' } }, { text: 'hi' }] }]);
    expect(() => build(request)).toThrow('messages[0].content[0]: a cachePoint must follow');
  });
  it('a cache point right after reasoning', () => {
    const request = user([
      { role: 'user', content: [{ text: 'hi' }] },
      {
        role: 'assistant',
        content: [{ reasoningContent: { redactedContent: 'AAAA' } }, { cachePoint: { type: 'default' } }],
      },
    ]);
    expect(() => build(request)).toThrow('messages[1].content[1]: a cachePoint must follow');
  });
  it('a system tool', () => {
    const request = {
      ...user([{ role: 'user', content: [{ text: 'hi' }] }]),
      toolConfig: { tools: [{ systemTool: { name: 'nova_grounding' } }] },
    };
    expect(() => build(request)).toThrow('cannot take system tools (toolConfig.tools[0])');
  });
  it('beta names that are not strings', () => {
    const request = {
      ...user([{ role: 'user', content: [{ text: 'hi' }] }]),
      additionalModelRequestFields: { anthropic_beta: [1] },
    };
    expect(() => build(request)).toThrow('anthropic_beta: must be a list of strings');
  });
  it('a structured-output schema that is not JSON', () => {
    const request = {
      ...user([{ role: 'user', content: [{ text: 'x' }] }]),
      outputConfig: { textFormat: { type: 'json_schema' as const, structure: { jsonSchema: { schema: '{nope' } } } },
    };
    expect(() => build(request)).toThrow('jsonSchema.schema: is not valid JSON');
  });
});
