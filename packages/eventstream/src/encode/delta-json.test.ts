import { describe, expect, it } from 'vitest';
import { deltaJson } from './delta-json.js';
import { withPaddingField } from './sorted-keys.js';

const general = (payload: Record<string, unknown>) => JSON.stringify(withPaddingField(payload, 'abc'));

describe('the template for single-string deltas', () => {
  it.each([
    { contentBlockIndex: 0, delta: { text: 'The "capital"\n of\u2028 France 🇫🇷' } },
    { delta: { text: '' }, contentBlockIndex: 12 },
    { contentBlockIndex: 1, delta: { toolUse: { input: '{"city":"Par' } } },
    { contentBlockIndex: 2, delta: { reasoningContent: { text: 'thinking…' } } },
    { contentBlockIndex: 2, delta: { reasoningContent: { signature: 'c2ln' } } },
  ])('writes exactly what the general path writes: %j', (payload) => {
    expect(deltaJson(payload, 'abc')).toBe(general(payload));
  });

  it.each([
    { contentBlockIndex: 0, delta: { text: 'a' }, extra: true },
    { contentBlockIndex: 0, delta: { text: 'a', citation: {} } },
    { contentBlockIndex: 0, delta: { reasoningContent: { redactedContent: 'AAEC' } } },
    { contentBlockIndex: 0, delta: { toolResult: [{ text: 'a' }] } },
    { contentBlockIndex: 0.5, delta: { text: 'a' } },
    { contentBlockIndex: 0, delta: { text: 7 } },
  ])('leaves anything else to the general path: %j', (payload) => {
    expect(deltaJson(payload as Record<string, unknown>, 'abc')).toBeUndefined();
  });
});
