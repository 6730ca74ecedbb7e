import { describe, expect, it } from 'vitest';
import { createSpecValidator } from './spec-validator.js';

const spec = createSpecValidator();

describe('spec validator', () => {
  it('accepts a valid event and names what is wrong with an invalid one', () => {
    expect(spec.streamEventProblems('messageStop', { stopReason: 'end_turn' })).toEqual([]);
    expect(spec.streamEventProblems('messageStop', { stopReason: 'bored' }).join('\n')).toMatch(
      /MessageStopEvent\/stopReason must be equal to one of the allowed values/,
    );
  });

  it('refuses an event type the spec does not define', () => {
    expect(spec.streamEventProblems('messageMiddle', {})).toEqual(['The spec has no stream event named messageMiddle']);
  });

  it('throws with the problems listed', () => {
    expect(() => spec.assertValid('BedrockError', {})).toThrow(
      /Not a valid BedrockError:\nBedrockError must have required property 'message'/,
    );
  });
});
