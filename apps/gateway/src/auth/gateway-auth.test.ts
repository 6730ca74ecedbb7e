import { AccessDeniedException } from '@heimdall/eventstream';
import { Hash } from '@smithy/hash-node';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { createGatewayAuth } from './gateway-auth.js';

const keys = [{ secret: 'token-one' }, { id: 'team-a', secret: 'secret-a' }];
const sigv4 = { region: 'us-east-1', service: 'bedrock', allowUnsignedPayload: false };
const auth = createGatewayAuth({ keys, sigv4 });
const url = new URL('http://127.0.0.1:8080/bedrock/model/openai%2Fgpt-4o/converse-stream');
const body = new TextEncoder().encode('{"messages":[]}');

const withHeaders = (headers: Record<string, string>) => ({
  method: 'POST',
  url,
  headers: new Headers(headers),
  body: async () => body,
});

/** Signs like the AWS SDKs do: the path as sent (percent-encoded), signed again-escaped by the signer. */
async function signedHeaders(accessKeyId: string, secretAccessKey: string, signingDate = new Date()) {
  const signer = new SignatureV4({
    credentials: { accessKeyId, secretAccessKey },
    region: 'us-east-1',
    service: 'bedrock',
    sha256: Hash.bind(null, 'sha256'),
  });
  const signed = await signer.sign(
    new HttpRequest({
      method: 'POST',
      protocol: 'http:',
      hostname: url.hostname,
      port: Number(url.port),
      path: url.pathname,
      headers: { host: url.host, 'content-type': 'application/json' },
      body,
    }),
    { signingDate },
  );
  return Object.fromEntries(Object.entries(signed.headers).map(([name, value]) => [name, String(value)]));
}

describe('gateway keys', () => {
  it('accepts a key as a bearer token, x-api-key, x-bf-vk or Basic password', async () => {
    await expect(auth.authenticate(withHeaders({ authorization: 'Bearer token-one' }))).resolves.toBeUndefined();
    await expect(auth.authenticate(withHeaders({ 'x-api-key': 'secret-a' }))).resolves.toBeUndefined();
    await expect(auth.authenticate(withHeaders({ 'x-bf-vk': 'token-one' }))).resolves.toBeUndefined();
    const basic = Buffer.from('anyone:token-one').toString('base64');
    await expect(auth.authenticate(withHeaders({ authorization: `Basic ${basic}` }))).resolves.toBeUndefined();
  });

  it('refuses a missing or wrong key with AccessDeniedException, without echoing it', async () => {
    await expect(auth.authenticate(withHeaders({}))).rejects.toThrow(/A gateway key is required/);
    const wrong = auth.authenticate(withHeaders({ authorization: 'Bearer token-two' }));
    await expect(wrong).rejects.toBeInstanceOf(AccessDeniedException);
    await expect(wrong).rejects.not.toThrow(/token-two/);
  });

  it('accepts an AWS SigV4 request signed with a gateway key pair', async () => {
    await expect(auth.authenticate(withHeaders(await signedHeaders('team-a', 'secret-a')))).resolves.toBeUndefined();
  });

  it('refuses SigV4 with the wrong secret, an unknown key id, a tampered body, or an old date', async () => {
    await expect(auth.authenticate(withHeaders(await signedHeaders('team-a', 'wrong')))).rejects.toThrow(
      'signature we calculated does not match',
    );
    await expect(auth.authenticate(withHeaders(await signedHeaders('team-b', 'secret-a')))).rejects.toThrow(
      'not a gateway key',
    );
    const tampered = {
      ...withHeaders(await signedHeaders('team-a', 'secret-a')),
      body: async () => new TextEncoder().encode('{}'),
    };
    await expect(auth.authenticate(tampered)).rejects.toThrow('x-amz-content-sha256 header does not match');
    const old = await signedHeaders('team-a', 'secret-a', new Date(Date.now() - 20 * 60 * 1000));
    await expect(auth.authenticate(withHeaders(old))).rejects.toThrow('more than 15 minutes');
  });

  it('lets everyone in when no keys are configured', async () => {
    const open = createGatewayAuth({ keys: [], sigv4 });
    expect(open.open).toBe(true);
    await expect(open.authenticate(withHeaders({}))).resolves.toBeUndefined();
  });
});
