import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redact-secrets.js';

describe('secret redaction', () => {
  it('removes configured secrets and key-shaped tokens, even partly masked ones', () => {
    const text = 'Incorrect API key provided: sk-proj-abc***************xyz. Used gsk-groq-secret and Bearer abc.def';
    const redacted = redactSecrets(text, ['gsk-groq-secret']);
    expect(redacted).toBe('Incorrect API key provided: [redacted]. Used [redacted] and [redacted]');
  });
});
