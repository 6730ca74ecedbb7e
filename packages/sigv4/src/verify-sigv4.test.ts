import { describe, expect, it } from 'vitest';
import { loadSigningLibrary } from './signing-library.js';
import { parseSigV4Authorization } from './sigv4-authorization.js';
import { type SignedRequest, verifySigV4 } from './verify-sigv4.js';

const body = new TextEncoder().encode('{"messages":[]}');
const path = '/model/openai%2Fgpt-4o/converse-stream';

/** A request signed by AWS's signer as the SDKs sign it, seen as the server receives it. */
async function signedRequest(secretAccessKey: string, signingDate = new Date()) {
  const { SignatureV4, HttpRequest, Sha256 } = await loadSigningLibrary();
  const signer = new SignatureV4({
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey },
    region: 'us-east-1',
    service: 'bedrock',
    sha256: Sha256,
  });
  const signed = await signer.sign(
    new HttpRequest({ method: 'POST', hostname: 'gateway.test', path, headers: { host: 'gateway.test' }, body }),
    { signingDate },
  );
  const headers = new Map(Object.entries(signed.headers).map(([name, value]) => [name.toLowerCase(), String(value)]));
  const request: SignedRequest = {
    method: 'POST',
    path,
    query: new URLSearchParams(),
    header: (name) => headers.get(name),
    body,
  };
  const authorization = parseSigV4Authorization(headers.get('authorization') ?? '');
  if (!authorization) throw new Error('the signer wrote no SigV4 authorization');
  return { request, authorization };
}

describe('SigV4 verification', () => {
  it('accepts a signature made with the same secret, the path kept percent-encoded', async () => {
    const { request, authorization } = await signedRequest('secret');
    expect(await verifySigV4({ request, authorization, secretAccessKey: 'secret' })).toEqual({ valid: true });
  });

  it('refuses another secret, another body, and an old date, with AWS wording', async () => {
    const { request, authorization } = await signedRequest('secret');
    expect(await verifySigV4({ request, authorization, secretAccessKey: 'other' })).toMatchObject({
      valid: false,
      reason: expect.stringMatching(/^The request signature we calculated does not match/),
    });
    const tampered = { ...request, body: new TextEncoder().encode('{}') };
    expect(await verifySigV4({ request: tampered, authorization, secretAccessKey: 'secret' })).toMatchObject({
      valid: false,
    });
    const old = await signedRequest('secret', new Date(Date.now() - 16 * 60 * 1000));
    expect(await verifySigV4({ ...old, secretAccessKey: 'secret' })).toMatchObject({
      reason: expect.stringMatching(/^Signature expired/),
    });
  });

  it('reads only well-formed SigV4 authorization headers', () => {
    expect(parseSigV4Authorization('Bearer token')).toBeUndefined();
    expect(
      parseSigV4Authorization(
        'AWS4-HMAC-SHA256 Credential=K/20261122/us-east-1/bedrock/aws4_request, SignedHeaders=host;x-amz-date, Signature=' +
          'a'.repeat(64),
      ),
    ).toMatchObject({
      accessKeyId: 'K',
      region: 'us-east-1',
      service: 'bedrock',
      signedHeaders: ['host', 'x-amz-date'],
    });
  });
});
