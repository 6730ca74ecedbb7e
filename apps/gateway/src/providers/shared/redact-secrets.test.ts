import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redact-secrets.js';

describe('secret redaction', () => {
  it('removes configured secrets and key-shaped tokens, even partly masked ones', () => {
    const text = 'Incorrect API key provided: sk-proj-abc***************xyz. Used gsk-groq-secret and Bearer abc.def';
    const redacted = redactSecrets(text, ['gsk-groq-secret']);
    expect(redacted).toBe('Incorrect API key provided: [redacted]. Used [redacted] and [redacted]');
  });

  it('removes Google API keys, which Gemini uses, even when the gateway was not given them', () => {
    const text = 'API key AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY is not valid for project 123';
    expect(redactSecrets(text, [])).toBe('API key [redacted] is not valid for project 123');
  });
});
