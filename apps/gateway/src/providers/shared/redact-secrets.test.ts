import { describe, expect, it } from 'vitest';
import { redactSecrets, SecretRedactor } from './redact-secrets.js';

describe('secret redaction', () => {
  it('removes configured secrets and key-shaped tokens, even partly masked ones', () => {
    const text = 'Incorrect API key provided: sk-proj-abc***************xyz. Used gsk-groq-secret and Bearer abc.def';
    const redacted = redactSecrets(text, ['gsk-groq-secret']);
    expect(redacted).toBe('Incorrect API key provided: [redacted]. Used [redacted] and [redacted]');
  });

  it('removes a configured secret echoed percent-encoded in a URL or escaped in JSON', () => {
    const sessionToken = 'tok/en+with="quotes"';
    const text = `url ?X-Amz-Security=${encodeURIComponent(sessionToken)} json {"t":${JSON.stringify(sessionToken)}}`;
    const redacted = redactSecrets(text, [sessionToken]);
    expect(redacted).not.toContain('tok');
    expect(redacted).toBe('url ?X-Amz-Security=[redacted] json {"t":"[redacted]"}');
  });

  it('removes a quoted SigV4 authorization header: key id, signature, session token', () => {
    const text =
      'Echo: AWS4-HMAC-SHA256 Credential=ASIAQWERTYUIOPASDFGH/20261201/us-east-1/bedrock/aws4_request, ' +
      'SignedHeaders=host;x-amz-date, Signature=0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0 ' +
      'x-amz-security-token: IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQ and AKIAIOSFODNN7EXAMPLE';
    const redacted = new SecretRedactor().redact(text);
    expect(redacted).toBe(
      'Echo: AWS4-HMAC-SHA256 Credential=[redacted]/20261201/us-east-1/bedrock/aws4_request, ' +
        'SignedHeaders=host;x-amz-date, Signature=[redacted] x-amz-security-token: [redacted] and [redacted]',
    );
  });

  it('removes long values of credential-named fields, keeping the names', () => {
    const text =
      '{"secretAccessKey":"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY","sessionToken": "c2Vzc2lvbi10b2tlbi12YWx1ZQ=="} ' +
      'api_key=abcdefghijklmnop1234 token: short';
    expect(new SecretRedactor().redact(text)).toBe(
      '{"secretAccessKey":"[redacted]","sessionToken": "[redacted]"} api_key=[redacted] token: short',
    );
  });

  it('removes Bedrock API keys, and secrets added once they are known', () => {
    const redactor = new SecretRedactor();
    expect(redactor.redact('key ABSKQmVkcm9ja0FQSUtleS1leGFtcGxl')).toBe('key [redacted]');
    expect(redactor.redact('resolved-later-secret')).toBe('resolved-later-secret');
    redactor.add(['resolved-later-secret']);
    expect(redactor.redact('with resolved-later-secret inside')).toBe('with [redacted] inside');
  });

  it('leaves ordinary error messages alone', () => {
    const text = 'maxTokens exceeds the model limit of 4096 for us.anthropic.claude-sonnet-4-5-v1:0';
    expect(new SecretRedactor(['abc']).redact(text)).toBe(text);
  });

  it('removes Google API keys, which Gemini uses, even when the gateway was not given them', () => {
    const text = 'API key AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY is not valid for project 123';
    expect(redactSecrets(text, [])).toBe('API key [redacted] is not valid for project 123');
  });
});
