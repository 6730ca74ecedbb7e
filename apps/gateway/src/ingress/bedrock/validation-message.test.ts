import { BedrockConverseRequestSchema } from '@heimdall/spec/zod';
import { describe, expect, it } from 'vitest';
import { validationMessage } from './validation-message.js';

function messageFor(body: unknown): string {
  const result = BedrockConverseRequestSchema.safeParse(body, { reportInput: true });
  if (result.success) throw new Error('expected the body to be invalid');
  return validationMessage(result.error);
}

const user = (content: unknown[]) => ({ messages: [{ role: 'user', content }] });

describe('validation messages name the field at fault', () => {
  it('points into the union member the client meant, not at every alternative', () => {
    const image = { format: 'bmp', source: { bytes: 'AAAA' } };
    expect(messageFor(user([{ image }]))).toBe(
      'messages[0].content[0].image.format: must be one of "png", "jpeg", "gif", "webp"',
    );
  });

  it('lists the members of a content block that has none or two', () => {
    expect(messageFor(user([{}]))).toMatch(
      /^messages\[0\]\.content\[0\]: must have exactly one of the fields text, image, document/,
    );
    expect(messageFor(user([{ text: 'a', cachePoint: { type: 'default' } }]))).toMatch(
      /^messages\[0\]\.content\[0\]: must have exactly one of the fields text, image/,
    );
  });

  it('names a misspelled top-level field', () => {
    expect(messageFor({ ...user([{ text: 'hi' }]), inferenceConfg: {} })).toBe(
      'inferenceConfg: is not a field Bedrock accepts here',
    );
  });

  it('says a required field is missing, and a wrong type is wrong', () => {
    expect(messageFor({ messages: [{ role: 'user' }] })).toBe('messages[0].content: is required');
    expect(messageFor({ messages: 'hello' })).toBe('messages: expected array');
  });

  it('keeps bounds readable', () => {
    expect(messageFor({ ...user([{ text: 'hi' }]), inferenceConfig: { temperature: 3 } })).toMatch(
      /^inferenceConfig\.temperature: Too big: expected number to be <=1$/,
    );
  });

  it('caps a long list of problems', () => {
    const body = {
      messages: [{ role: 'robot', content: 1 }],
      system: 1,
      inferenceConfig: 1,
      toolConfig: 1,
      serviceTier: 1,
      outputConfig: 1,
    };
    expect(messageFor(body)).toMatch(/\(and \d+ more\)$/);
  });
});
