import { describe, expect, it } from 'vitest';
import { loadSigningLibrary } from './signing-library.js';
import { parseSigV4Authorization } from './sigv4-authorization.js';
import { type SignedRequest, verifySigV4 } from './verify-sigv4.js';

const body = new TextEncoder().encode('{"messages":[]}');
const path = '/model/openai%2Fgpt-4o/converse-stream';
const scope = { region: 'us-east-1', service: 'bedrock' };

/** A request signed by AWS's signer as the SDKs sign it, seen as the server receives it. */
async function signedRequest(
  secretAccessKey: string,
  signingDate = new Date(),
  options: { region?: string; service?: string; hostUnsigned?: boolean; headers?: Record<string, string> } = {},
) {
  const { SignatureV4, HttpRequest, Sha256 } = await loadSigningLibrary();
  const signer = new SignatureV4({
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey },
    region: options.region ?? 'us-east-1',
    service: options.service ?? 'bedrock',
    sha256: Sha256,
  });
  const headers = { host: 'gateway.test', ...options.headers };
  const signed = await signer.sign(new HttpRequest({ method: 'POST', hostname: 'gateway.test', path, headers, body }), {
    signingDate,
    ...(options.hostUnsigned ? { unsignableHeaders: new Set(['host']) } : {}),
  });
  const received = new Map(Object.entries(signed.headers).map(([name, value]) => [name.toLowerCase(), String(value)]));
  const request: SignedRequest = {
    method: 'POST',
    path,
    query: new URLSearchParams(),
    header: (name) => received.get(name),
    body,
  };
  const authorization = parseSigV4Authorization(received.get('authorization') ?? '');
  if (!authorization) throw new Error('the signer wrote no SigV4 authorization');
  return { request, authorization };
}

describe('SigV4 verification', () => {
  it('accepts a signature made with the same secret, the path kept percent-encoded', async () => {
    const { request, authorization } = await signedRequest('secret');
    expect(await verifySigV4({ request, authorization, secretAccessKey: 'secret', scope })).toEqual({ valid: true });
  });

  it('refuses another secret, another body, and an old date, with AWS wording', async () => {
    const { request, authorization } = await signedRequest('secret');
    expect(await verifySigV4({ request, authorization, secretAccessKey: 'other', scope })).toMatchObject({
      valid: false,
      reason: expect.stringMatching(/^The request signature we calculated does not match/),
    });
    const tampered = { ...request, body: new TextEncoder().encode('{}') };
    expect(await verifySigV4({ request: tampered, authorization, secretAccessKey: 'secret', scope })).toMatchObject({
      valid: false,
    });
    const old = await signedRequest('secret', new Date(Date.now() - 16 * 60 * 1000));
    expect(await verifySigV4({ ...old, secretAccessKey: 'secret', scope })).toMatchObject({
      reason: expect.stringMatching(/^Signature expired/),
    });
  });

  it('refuses a signature scoped to another region or service, as AWS does', async () => {
    const otherRegion = await signedRequest('secret', new Date(), { region: 'eu-west-1' });
    expect(await verifySigV4({ ...otherRegion, secretAccessKey: 'secret', scope })).toEqual({
      valid: false,
      reason: "Credential should be scoped to a valid region, not 'eu-west-1'; this endpoint's region is 'us-east-1'.",
    });
    const otherService = await signedRequest('secret', new Date(), { service: 'bedrock-runtime' });
    expect(await verifySigV4({ ...otherService, secretAccessKey: 'secret', scope })).toEqual({
      valid: false,
      reason: "Credential should be scoped to correct service: 'bedrock'.",
    });
  });

  it('refuses a signature that leaves the host out of its signed headers', async () => {
    const hostUnsigned = await signedRequest('secret', new Date(), { hostUnsigned: true });
    expect(hostUnsigned.authorization.signedHeaders).not.toContain('host');
    expect(await verifySigV4({ ...hostUnsigned, secretAccessKey: 'secret', scope })).toEqual({
      valid: false,
      reason: "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
    });
  });

  it('refuses an UNSIGNED-PAYLOAD body unless told to accept one, and then accepts any body', async () => {
    const unsigned = await signedRequest('secret', new Date(), {
      headers: { 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
    });
    expect(await verifySigV4({ ...unsigned, secretAccessKey: 'secret', scope })).toMatchObject({
      valid: false,
      reason: expect.stringMatching(/^The request body must be signed: x-amz-content-sha256 is UNSIGNED-PAYLOAD/),
    });
    const replayed = { ...unsigned.request, body: new TextEncoder().encode('{"another":"prompt"}') };
    expect(
      await verifySigV4({
        request: replayed,
        authorization: unsigned.authorization,
        secretAccessKey: 'secret',
        scope,
        allowUnsignedPayload: true,
      }),
    ).toEqual({ valid: true });
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
