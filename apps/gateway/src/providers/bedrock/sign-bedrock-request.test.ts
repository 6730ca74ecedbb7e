import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bedrockOperationUrl, encodeModelId } from './bedrock-endpoint.js';
import { type BedrockHttpRequest, createBearerSigner, createSigV4Signer } from './sign-bedrock-request.js';

const signingDate = new Date('2026-11-22T03:15:00Z');
const credentials = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};
const body = JSON.stringify({
  messages: [{ role: 'user', content: [{ text: 'What is the capital of France?' }] }],
  inferenceConfig: { maxTokens: 256 },
});

function request(model: string, baseUrl = 'https://bedrock-runtime.us-east-1.amazonaws.com'): BedrockHttpRequest {
  return {
    url: bedrockOperationUrl({ baseUrl, model, operation: 'converse-stream' }),
    headers: { 'content-type': 'application/json', accept: 'application/vnd.amazon.eventstream' },
    body,
  };
}

async function golden(name: string, sent: BedrockHttpRequest, headers: Record<string, string>): Promise<void> {
  const sorted = Object.fromEntries(Object.entries(headers).sort(([a], [b]) => a.localeCompare(b)));
  const record = { method: 'POST', url: sent.url.href, headers: sorted, body: sent.body };
  await expect(`${JSON.stringify(record, null, 2)}\n`).toMatchFileSnapshot(`./golden/${name}.json`);
}

describe('model ids in the path', () => {
  it('are encoded as one segment, the way the AWS SDKs encode them', () => {
    expect(encodeModelId('us.amazon.nova-micro-v1:0')).toBe('us.amazon.nova-micro-v1%3A0');
    expect(encodeModelId('openai/gpt-4o')).toBe('openai%2Fgpt-4o');
    expect(encodeModelId("a model (v2)!*'")).toBe('a%20model%20%28v2%29%21%2A%27');
    expect(
      bedrockOperationUrl({
        baseUrl: 'http://127.0.0.1:9/prefix/',
        model: 'arn:aws:bedrock:us-east-1:1:inference-profile/x',
        operation: 'converse',
      }).pathname,
    ).toBe('/prefix/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A1%3Ainference-profile%2Fx/converse');
  });
});

describe('signed Bedrock requests (golden files)', () => {
  it('signs host, content type, accept, date and body hash for service bedrock, leaving the body as it is', async () => {
    const sign = createSigV4Signer({
      region: 'us-east-1',
      credentials: async () => credentials,
      now: () => signingDate,
    });
    const sent = request('us.amazon.nova-micro-v1:0');
    const headers = await sign(sent);

    expect(headers['x-amz-content-sha256']).toBe(createHash('sha256').update(body).digest('hex'));
    expect(headers.authorization).toContain('/20261122/us-east-1/bedrock/aws4_request');
    expect(headers.host).toBe('bedrock-runtime.us-east-1.amazonaws.com');
    await golden('signed-request-sigv4', sent, headers);
  });

  it('signs the session token of temporary credentials, and a port in the host', async () => {
    const sign = createSigV4Signer({
      region: 'eu-central-1',
      credentials: async () => ({ ...credentials, sessionToken: 'FwoGZXIvYXdzEXAMPLETOKEN' }),
      now: () => signingDate,
    });
    const sent = request('openai/gpt-4o', 'http://127.0.0.1:8787');
    const headers = await sign(sent);

    expect(headers.host).toBe('127.0.0.1:8787');
    expect(headers.authorization).toContain(
      'SignedHeaders=accept;content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token,',
    );
    await golden('signed-request-session-token', sent, headers);
  });

  it('sends a Bedrock API key as a bearer token without any signature', async () => {
    const sent = request('us.anthropic.claude-sonnet-4-20250514-v1:0');
    const headers = await createBearerSigner('ABSKQmVkcm9ja0FQSUtleS1FWEFNUExF')(sent);

    expect(headers).not.toHaveProperty('x-amz-date');
    await golden('signed-request-bearer', sent, headers);
  });
});

describe('credentials that change', () => {
  it('signs every request with what the provider returns at that moment', async () => {
    const issued = [
      { ...credentials, sessionToken: 'first-token' },
      { accessKeyId: 'ASIAROTATEDEXAMPLE', secretAccessKey: 'rotated-secret', sessionToken: 'second-token' },
    ];
    let calls = 0;
    const sign = createSigV4Signer({
      region: 'us-east-1',
      credentials: async () => issued[Math.min(calls++, issued.length - 1)] ?? credentials,
      now: () => signingDate,
    });
    const sent = request('us.amazon.nova-micro-v1:0');
    const first = await sign(sent);
    const second = await sign(sent);

    expect(first['x-amz-security-token']).toBe('first-token');
    expect(second['x-amz-security-token']).toBe('second-token');
    expect(second.authorization).toContain('Credential=ASIAROTATEDEXAMPLE/20261122/us-east-1/bedrock/aws4_request');
    // Not the first secret's cached key: the signature differs although everything else is the same.
    expect(second.authorization?.slice(-64)).not.toBe(first.authorization?.slice(-64));
  });
});
