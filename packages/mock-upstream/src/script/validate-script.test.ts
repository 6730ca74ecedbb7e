import { describe, expect, it } from 'vitest';
import { useMockUpstream } from '../test-support/use-mock-upstream.js';
import { ScriptError, validateScript } from './validate-script.js';

const getMock = useMockUpstream();
const call = { id: 'call_1', name: 'f', arguments: ['{}'] };

describe('script validation', () => {
  const badScripts: Array<[string, unknown, string]> = [
    ['a script that is not an object', 'hello', 'script must be an object (got "hello")'],
    ['missing steps', {}, 'script.steps must be an array'],
    ['an unknown step type', { steps: [{ type: 'txt' }] }, 'script.steps[0].type is not a known step type'],
    ['text that is not a string', { steps: [{ type: 'text', text: 3 }] }, 'script.steps[0].text must be a string'],
    [
      'tool arguments that do not join to a JSON object',
      { steps: [{ type: 'tool-calls', calls: [{ ...call, arguments: ['{"a":'] }] }] },
      'script.steps[0].calls[0].arguments must join to a JSON object (got "{\\"a\\":")',
    ],
    [
      'a tool call without an id',
      { steps: [{ type: 'tool-calls', calls: [{ ...call, id: '' }] }] },
      'script.steps[0].calls[0].id must be a non-empty string',
    ],
    ['an empty tool-calls step', { steps: [{ type: 'tool-calls', calls: [] }] }, 'script.steps[0].calls must be'],
    [
      'a signature with no reasoning before it',
      {
        steps: [
          { type: 'text', text: 'x' },
          { type: 'reasoning-signature', signature: 's' },
        ],
      },
      'script.steps[1] must follow a reasoning step',
    ],
    ['a negative delay', { steps: [{ type: 'delay', ms: -1 }] }, 'script.steps[0].ms must be a number >= 0'],
    [
      'a failure status that is not an error',
      { steps: [], failure: { type: 'http-error', status: 200 } },
      'script.failure.status must be an HTTP error status',
    ],
    [
      'fractional token counts',
      { steps: [], usage: { inputTokens: 1.5, outputTokens: 1 } },
      'script.usage.inputTokens must be a whole number',
    ],
    ['an unknown finish reason', { steps: [], finishReason: 'end_turn' }, 'script.finishReason must be one of'],
    [
      'a timing that is not a number',
      { steps: [], timing: { firstChunkDelayMs: '10' } },
      'script.timing.firstChunkDelayMs must be a number >= 0',
    ],
  ];
  for (const [what, script, message] of badScripts) {
    it(`rejects ${what} with a message naming the field`, () => {
      expect(() => validateScript(script)).toThrow(ScriptError);
      expect(() => validateScript(script)).toThrow(message);
    });
  }

  it('rejects a bad script when it is set, before any request uses it', () => {
    expect(() => getMock().script({ steps: [{ type: 'delay', ms: Number.NaN }] })).toThrow(ScriptError);
    expect(() => getMock().scriptFor('m', { steps: [{ type: 'nope' }] } as never)).toThrow(
      'script.steps[0].type is not a known step type',
    );
  });

  it('accepts a script using every kind of step', () => {
    const script = {
      steps: [
        { type: 'reasoning', text: 'r' },
        { type: 'ping' },
        { type: 'reasoning-signature', signature: 's' },
        { type: 'redacted-reasoning', data: 'd' },
        { type: 'text', text: 't' },
        { type: 'tool-calls', order: 'interleaved', calls: [call, { ...call, id: 'call_2' }] },
        { type: 'delay', ms: 0 },
        { type: 'stream-error', status: 529, message: 'm', errorType: 'overloaded_error' },
        { type: 'drop-connection' },
      ],
      usage: { inputTokens: 1, outputTokens: 2, cacheReadTokens: 3, cacheWriteTokens: 4, reasoningTokens: 1 },
      finishReason: 'stop-sequence',
      stopSequence: '###',
      timing: { headersDelayMs: 0, firstChunkDelayMs: 1, betweenChunksDelayMs: 2 },
      failure: { type: 'http-error', status: 429, message: 'slow down', retryAfterSeconds: 1 },
    };
    expect(validateScript(script)).toBe(script);
  });
});
