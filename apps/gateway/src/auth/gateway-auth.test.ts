import { AccessDeniedException } from '@heimdall/eventstream';
import { Hash } from '@smithy/hash-node';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { gatewayKeySchema } from '../config/gateway-key-schema.js';
import { createGatewayAuth } from './gateway-auth.js';

const keys = [{ secret: 'token-one' }, { id: 'team-a', secret: 'secret-a' }].map((key) => gatewayKeySchema.parse(key));
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
  it('accepts a key as a bearer token, x-api-key, x-bf-vk or Basic password, and says which key and how', async () => {
    const principalOf = (headers: Record<string, string>) => auth.authenticate(withHeaders(headers));
    await expect(principalOf({ authorization: 'Bearer token-one' })).resolves.toMatchObject({
      kind: 'gateway-key',
      keyId: 'key-1',
      presentedAs: 'bearer',
    });
    await expect(principalOf({ 'x-api-key': 'secret-a' })).resolves.toMatchObject({
      keyId: 'team-a',
      presentedAs: 'x-api-key',
    });
    await expect(principalOf({ 'x-bf-vk': 'token-one' })).resolves.toMatchObject({
      keyId: 'key-1',
      presentedAs: 'x-bf-vk',
    });
    const basic = Buffer.from('anyone:secret-a').toString('base64');
    await expect(principalOf({ authorization: `Basic ${basic}` })).resolves.toMatchObject({
      keyId: 'team-a',
      presentedAs: 'basic',
    });
  });

  it('refuses a missing or wrong key with AccessDeniedException, without echoing it', async () => {
    await expect(auth.authenticate(withHeaders({}))).rejects.toThrow(/A gateway key is required/);
    const wrong = auth.authenticate(withHeaders({ authorization: 'Bearer token-two' }));
    await expect(wrong).rejects.toBeInstanceOf(AccessDeniedException);
    await expect(wrong).rejects.not.toThrow(/token-two/);
  });

  it('accepts an AWS SigV4 request signed with a gateway key pair', async () => {
    await expect(auth.authenticate(withHeaders(await signedHeaders('team-a', 'secret-a')))).resolves.toMatchObject({
      kind: 'gateway-key',
      keyId: 'team-a',
      presentedAs: 'sigv4',
    });
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

  it('refuses an inactive or expired key, saying why and naming the key, never its secret', async () => {
    const policyKeys = [
      { id: 'old', secret: 'secret-old', expiresAt: '2026-01-31T23:59:59Z' },
      { id: 'off', secret: 'secret-off', active: false },
    ].map((key) => gatewayKeySchema.parse(key));
    const strict = createGatewayAuth({ keys: policyKeys, sigv4, now: () => Date.parse('2026-06-01T00:00:00Z') });
    const expired = strict.authenticate(withHeaders({ authorization: 'Bearer secret-old' }));
    await expect(expired).rejects.toThrow('The gateway key old cannot be used: it expired at 2026-01-31T23:59:59Z');
    await expect(expired).rejects.toBeInstanceOf(AccessDeniedException);
    const inactive = strict.authenticate(withHeaders({ 'x-api-key': 'secret-off' }));
    await expect(inactive).rejects.toThrow('The gateway key off cannot be used: it is inactive');
    await expect(inactive).rejects.not.toThrow(/secret-off/);
  });

  it('lets everyone in as the anonymous principal when no keys are configured', async () => {
    const open = createGatewayAuth({ keys: [], sigv4 });
    expect(open.open).toBe(true);
    await expect(open.authenticate(withHeaders({}))).resolves.toEqual({ kind: 'anonymous' });
  });
});
