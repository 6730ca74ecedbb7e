import { describe, expect, it } from 'vitest';
import { BedrockConverseRequestSchema, ConverseStreamEventSchema } from './generated/schemas.gen.js';

const userText = { role: 'user', content: [{ text: 'Hello' }] };

describe('generated request schema', () => {
  it('accepts a minimal request', () => {
    expect(BedrockConverseRequestSchema.safeParse({ messages: [userText] }).success).toBe(true);
  });

  it('rejects a misspelled top-level field by name, as Bedrock does', () => {
    const result = BedrockConverseRequestSchema.safeParse({ messages: [userText], inferenceConfg: {} });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['inferenceConfg'] }),
    ]);
  });

  it('enforces Bedrock limits, e.g. temperature within 0..1', () => {
    const result = BedrockConverseRequestSchema.safeParse({
      messages: [userText],
      inferenceConfig: { temperature: 2 },
    });
    expect(result.error?.issues[0]?.path).toEqual(['inferenceConfig', 'temperature']);
  });

  it('requires exactly one member in a content block', () => {
    const twoMembers = { role: 'user', content: [{ text: 'a', cachePoint: { type: 'default' } }] };
    expect(BedrockConverseRequestSchema.safeParse({ messages: [twoMembers] }).success).toBe(false);
  });

  it('checks that image bytes are base64', () => {
    const image = { format: 'png', source: { bytes: 'not base64!' } };
    const result = BedrockConverseRequestSchema.safeParse({ messages: [{ role: 'user', content: [{ image }] }] });
    expect(result.success).toBe(false);
  });

  it('accepts reasoning with redacted content and a tool result holding JSON', () => {
    const request = {
      messages: [
        userText,
        {
          role: 'assistant',
          content: [
            { reasoningContent: { redactedContent: 'AAEC' } },
            { reasoningContent: { reasoningText: { text: 'thinking', signature: 'sig' } } },
            { toolUse: { toolUseId: 'call_1', name: 'get_weather', input: { city: 'Paris' } } },
          ],
        },
        {
          role: 'user',
          content: [{ toolResult: { toolUseId: 'call_1', content: [{ json: { celsius: 21 } }], status: 'success' } }],
        },
      ],
      fallbacks: ['anthropic/claude-sonnet-4-5'],
    };
    expect(BedrockConverseRequestSchema.safeParse(request).error?.issues ?? []).toEqual([]);
  });
});

describe('generated stream event schema', () => {
  it('keeps unknown fields of a newer Bedrock event instead of dropping them', () => {
    const event = { messageStart: { role: 'assistant', someNewField: 1 } };
    expect(ConverseStreamEventSchema.parse(event)).toEqual(event);
  });

  it('accepts every stop reason Bedrock defines', () => {
    for (const stopReason of [
      'end_turn',
      'tool_use',
      'max_tokens',
      'stop_sequence',
      'guardrail_intervened',
      'content_filtered',
      'malformed_model_output',
      'malformed_tool_use',
      'model_context_window_exceeded',
    ]) {
      expect(ConverseStreamEventSchema.safeParse({ messageStop: { stopReason } }).success).toBe(true);
    }
  });
});
