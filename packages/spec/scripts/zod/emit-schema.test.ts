import { describe, expect, it } from 'vitest';
import { emitComponent, emitSchema } from './emit-schema.js';

describe('Zod generator', () => {
  it('closes objects the spec closes and keeps others open', () => {
    expect(
      emitSchema({ type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false }, 'x'),
    ).toBe('z.strictObject({ "a": z.string().optional() })');
    expect(emitSchema({ type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }, 'x')).toBe(
      'z.looseObject({ "a": z.string() })',
    );
  });

  it('turns refs into the referenced constant and names components by their OpenAPI id', () => {
    expect(emitSchema({ $ref: '#/components/schemas/ImageBlock' }, 'x')).toBe('ImageBlockSchema');
    expect(emitComponent('StopReason', { type: 'string', enum: ['end_turn'], description: 'Why.' })).toBe(
      'export const StopReasonSchema = z.enum(["end_turn"]).meta({"id":"StopReason","description":"Why."});',
    );
  });

  it('keeps bounds, patterns, base64 and maps', () => {
    expect(emitSchema({ type: 'integer', minimum: 1 }, 'x')).toBe('z.int().min(1)');
    expect(emitSchema({ type: 'string', pattern: '^[a-z]+$', maxLength: 64 }, 'x')).toBe(
      'z.string().max(64).regex(/^[a-z]+$/)',
    );
    expect(emitSchema({ type: 'string', format: 'byte', minLength: 1 }, 'x')).toBe(
      "z.base64().min(1).meta({ format: 'byte' })",
    );
    expect(emitSchema({ type: 'string', format: 'date-time' }, 'x')).toBe(
      "z.iso.datetime({ offset: true }).meta({ format: 'date-time' })",
    );
    expect(emitSchema({ oneOf: [{ type: 'string' }, { type: 'null' }] }, 'x')).toBe('z.union([z.string(), z.null()])');
    expect(emitSchema({ type: 'object', additionalProperties: { type: 'string' } }, 'x')).toBe(
      'z.record(z.string(), z.string())',
    );
  });

  it('refuses a keyword it does not understand instead of dropping it silently', () => {
    const withAllOf = JSON.parse('{"type": "string", "allOf": []}');
    expect(() => emitSchema(withAllOf, '#/components/schemas/X')).toThrow(
      /#\/components\/schemas\/X: the Zod generator does not handle the keyword "allOf"/,
    );
  });
});
