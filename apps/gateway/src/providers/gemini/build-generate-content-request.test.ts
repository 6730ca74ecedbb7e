import type { BedrockConverseRequest } from '@heimdall/spec';
import { BedrockConverseRequestSchema } from '@heimdall/spec/zod';
import { describe, expect, it } from 'vitest';
import { buildGenerateContentRequest } from './build-generate-content-request.js';

const base64 = (text: string) => Buffer.from(text).toString('base64');
const weatherTool = {
  toolSpec: {
    name: 'get_weather',
    description: 'Weather of a city',
    inputSchema: { json: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } },
  },
};

/** Converse requests a client may send; each has a golden file of the generateContent body it becomes. */
const cases: Record<string, BedrockConverseRequest> = {
  'system-inference-and-ignored-fields': {
    system: [
      { text: 'You are terse.' },
      { cachePoint: { type: 'default' } },
      { guardContent: { text: { text: 'Never reveal the code word.' } } },
    ],
    messages: [
      { role: 'user', content: [{ text: 'Capital of Italy?' }] },
      { role: 'system', content: [{ text: 'Answer in French.' }] },
    ],
    inferenceConfig: { maxTokens: 256, temperature: 0.2, topP: 0.9, stopSequences: ['\n\n'] },
    guardrailConfig: { guardrailIdentifier: 'abc', guardrailVersion: '1' },
    performanceConfig: { latency: 'optimized' },
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
          { video: { format: 'three_gp', source: { bytes: 'AAAAGGZ0eXAzZ3A0' } } },
        ],
      },
    ],
  },
  'tool-round-trip-with-thought-signatures': {
    messages: [
      { role: 'user', content: [{ text: 'Weather in Paris and Rome?' }] },
      {
        role: 'assistant',
        content: [
          { reasoningContent: { reasoningText: { text: 'Two cities, two calls.' } } },
          {
            reasoningContent: {
              reasoningText: { text: 'A thought with its own signature.', signature: 'c2lnLXRob3VnaHQ=' },
            },
          },
          { reasoningContent: { reasoningText: { text: '', signature: 'c2lnLWNhbGw=' } } },
          { toolUse: { toolUseId: 'call_paris', name: 'get_weather', input: { city: 'Paris' } } },
          { toolUse: { toolUseId: 'tooluse_gemini_0123456789abcdef_1', name: 'get_weather', input: { city: 'Rome' } } },
          { reasoningContent: { redactedContent: 'EmwKAhgBEgy3va3p' } },
        ],
      },
      {
        role: 'user',
        content: [
          { toolResult: { toolUseId: 'call_paris', content: [{ json: { celsius: 21 } }], status: 'success' } },
          {
            toolResult: {
              toolUseId: 'tooluse_gemini_0123456789abcdef_1',
              content: [{ text: 'service down' }],
              status: 'error',
            },
          },
        ],
      },
      { role: 'user', content: [{ text: 'And tomorrow?' }] },
      {
        role: 'assistant',
        content: [
          { text: 'Also sunny.' },
          { reasoningContent: { reasoningText: { text: '', signature: 'c2lnLWVuZA==' } } },
        ],
      },
      { role: 'user', content: [{ text: 'Thanks.' }] },
    ],
    toolConfig: { tools: [weatherTool, { cachePoint: { type: 'default' } }], toolChoice: { any: {} } },
    additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 2048 } },
  },
  'specific-tool-choice-and-extra-fields': {
    messages: [{ role: 'user', content: [{ text: 'Look it up.' }] }],
    toolConfig: {
      tools: [{ toolSpec: { name: 'lookup', inputSchema: { json: { type: 'object' } } } }, weatherTool],
      toolChoice: { tool: { name: 'lookup' } },
    },
    additionalModelRequestFields: {
      topK: 40,
      seed: 7,
      generationConfig: { candidateCount: 1 },
      safetySettings: [{ category: 'HARM_CATEGORY_HARASSMENT', threshold: 'BLOCK_ONLY_HIGH' }],
    },
  },
  'schema-keywords-gemini-refuses': {
    messages: [{ role: 'user', content: [{ text: 'Book it.' }] }],
    toolConfig: {
      tools: [
        {
          toolSpec: {
            name: 'book',
            inputSchema: {
              json: {
                $schema: 'http://json-schema.org/draft-07/schema#',
                type: 'object',
                additionalProperties: false,
                properties: {
                  email: { type: 'string', format: 'email' },
                  when: { type: 'string', format: 'date-time' },
                  seats: { type: 'integer', exclusiveMinimum: 0, maximum: 9 },
                  note: { type: ['string', 'null'] },
                  kind: { const: 'table' },
                  size: { enum: [1, 2] },
                  tags: { type: 'array', items: { type: 'string' }, uniqueItems: true },
                  where: { $ref: '#/$defs/place' },
                  either: { oneOf: [{ type: 'string' }, { type: 'number' }] },
                  maybe: { anyOf: [{ $ref: '#/definitions/code' }, { type: 'null' }] },
                  both: {
                    allOf: [
                      { properties: { a: { type: 'string' } }, required: ['a'] },
                      { properties: { b: { type: 'number' } } },
                    ],
                  },
                },
                required: ['email', 'ghost'],
                $defs: { place: { type: 'object', properties: { city: { type: 'string' } } } },
                definitions: { code: { type: 'string', pattern: '^[A-Z]{3}$' } },
              },
            },
          },
        },
      ],
    },
  },
  'structured-output-and-effort': {
    messages: [{ role: 'user', content: [{ text: 'A city as JSON.' }] }],
    outputConfig: {
      textFormat: {
        type: 'json_schema',
        structure: {
          jsonSchema: {
            name: 'city',
            schema: '{"type":"object","properties":{"name":{"type":"string"}},"additionalProperties":false}',
          },
        },
      },
      effort: 'low',
    },
  },
};

describe('Converse request → Gemini generateContent request (golden files)', () => {
  it.each(Object.entries(cases))('%s', async (name, request) => {
    expect(BedrockConverseRequestSchema.safeParse(request).error?.issues ?? []).toEqual([]);
    const body = buildGenerateContentRequest(request);
    await expect(`${JSON.stringify(body, null, 2)}\n`).toMatchFileSnapshot(`./golden/request-${name}.json`);
  });

  it('sends each thought signature back on the part it came with', () => {
    const request = cases['tool-round-trip-with-thought-signatures'] as BedrockConverseRequest;
    const { contents } = buildGenerateContentRequest(request);
    expect(contents[1]?.parts).toEqual([
      { text: 'A thought with its own signature.', thought: true, thoughtSignature: 'c2lnLXRob3VnaHQ=' },
      {
        functionCall: { id: 'call_paris', name: 'get_weather', args: { city: 'Paris' } },
        thoughtSignature: 'c2lnLWNhbGw=',
      },
      { functionCall: { name: 'get_weather', args: { city: 'Rome' } } },
    ]);
    expect(contents[3]?.parts).toEqual([{ text: 'Also sunny.' }, { text: '', thoughtSignature: 'c2lnLWVuZA==' }]);
  });

  it('names each function response after the call it answers, the responses to parallel calls in one turn', () => {
    const request = cases['tool-round-trip-with-thought-signatures'] as BedrockConverseRequest;
    const { contents } = buildGenerateContentRequest(request);
    expect(contents[2]).toEqual({
      role: 'user',
      parts: [
        { functionResponse: { id: 'call_paris', name: 'get_weather', response: { output: { celsius: 21 } } } },
        { functionResponse: { name: 'get_weather', response: { error: 'service down' } } },
        { text: 'And tomorrow?' },
      ],
    });
  });
});

describe('requests Gemini cannot take get a ValidationException that says why', () => {
  const user = (content: BedrockConverseRequest['messages']) => ({ messages: content });
  it('a Word document', () => {
    const request = user([
      { role: 'user', content: [{ document: { format: 'docx', name: 'memo', source: { bytes: 'UEsDBA==' } } }] },
    ]);
    expect(() => buildGenerateContentRequest(request)).toThrow(
      'cannot take "docx" documents (memo, messages[0].content[0])',
    );
  });
  it('a Matroska video', () => {
    const request = user([{ role: 'user', content: [{ video: { format: 'mkv', source: { bytes: 'GkXfow==' } } }] }]);
    expect(() => buildGenerateContentRequest(request)).toThrow('cannot take "mkv" videos (messages[0].content[0])');
  });
  it('an image in S3', () => {
    const request = user([
      { role: 'user', content: [{ image: { format: 'png', source: { s3Location: { uri: 's3://b/k.png' } } } }] },
    ]);
    expect(() => buildGenerateContentRequest(request)).toThrow('images from S3 (messages[0].content[0])');
  });
  it('a tool result whose call is not in the conversation', () => {
    const request = user([
      { role: 'user', content: [{ toolResult: { toolUseId: 'call_9', content: [{ text: 'x' }] } }] },
    ]);
    expect(() => buildGenerateContentRequest(request)).toThrow('no earlier toolUse has the id "call_9"');
  });
  it('an image in a tool result', () => {
    const request = user([
      { role: 'user', content: [{ text: 'hi' }] },
      { role: 'assistant', content: [{ toolUse: { toolUseId: 'c', name: 'map', input: {} } }] },
      {
        role: 'user',
        content: [
          {
            toolResult: { toolUseId: 'c', content: [{ image: { format: 'png', source: { bytes: 'iVBORw0KGgo=' } } }] },
          },
        ],
      },
    ]);
    expect(() => buildGenerateContentRequest(request)).toThrow(
      'image in a tool result (messages[2].content[0].content[0])',
    );
  });
  it('a recursive tool schema', () => {
    const request = {
      ...user([{ role: 'user', content: [{ text: 'hi' }] }]),
      toolConfig: {
        tools: [
          {
            toolSpec: {
              name: 'tree',
              inputSchema: {
                json: {
                  type: 'object',
                  properties: { node: { $ref: '#/$defs/node' } },
                  $defs: { node: { type: 'object', properties: { child: { $ref: '#/$defs/node' } } } },
                },
              },
            },
          },
        ],
      },
    };
    expect(() => buildGenerateContentRequest(request)).toThrow(
      'toolConfig.tools[0].toolSpec.inputSchema: Gemini cannot take a recursive schema',
    );
  });
  it('no messages at all', () => {
    expect(() => buildGenerateContentRequest({})).toThrow(
      'messages: at least one user or assistant message is required',
    );
  });
  it('a structured-output schema that is not JSON', () => {
    const request = {
      ...user([{ role: 'user', content: [{ text: 'x' }] }]),
      outputConfig: { textFormat: { type: 'json_schema' as const, structure: { jsonSchema: { schema: '{nope' } } } },
    };
    expect(() => buildGenerateContentRequest(request)).toThrow('jsonSchema.schema: is not valid JSON');
  });
});
