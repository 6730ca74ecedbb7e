import { describe, expect, it } from 'vitest';
import { canonicalPath, canonicalQuery } from './canonical-request.js';
import { parseSigV4Authorization } from './sigv4-authorization.js';
import { verifySigV4 } from './verify-sigv4.js';

/**
 * Cases of AWS's published SigV4 test suite (`aws-sig-v4-test-suite`): its example credentials, `example.amazonaws.com`,
 * region us-east-1, service `service`, signed at 2015-08-30T12:36:00Z.
 */
const secretAccessKey = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
const signedAt = Date.parse('2015-08-30T12:36:00Z');
const scope = { region: 'us-east-1', service: 'service' };

describe('AWS SigV4 test suite', () => {
  it('post-vanilla: the signature AWS publishes is the one computed here', async () => {
    const authorization = parseSigV4Authorization(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, ' +
        'Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b',
    );
    if (!authorization) throw new Error('the published authorization did not parse');
    const headers = new Map([
      ['host', 'example.amazonaws.com'],
      ['x-amz-date', '20150830T123600Z'],
    ]);
    const request = {
      method: 'POST',
      path: '/',
      query: new URLSearchParams(),
      header: (name: string) => headers.get(name),
      body: new Uint8Array(),
    };
    expect(await verifySigV4({ request, authorization, secretAccessKey, scope, now: signedAt })).toEqual({
      valid: true,
    });
    const tampered = { ...request, path: '/other' };
    expect(
      await verifySigV4({ request: tampered, authorization, secretAccessKey, scope, now: signedAt }),
    ).toMatchObject({
      valid: false,
    });
  });

  it('get-utf8 and post-vanilla-empty-query-value: the canonical path and query AWS publishes', () => {
    expect(canonicalPath('/ሴ')).toBe('/%E1%88%B4');
    expect(canonicalQuery(new URLSearchParams('Param1=value1'))).toBe('Param1=value1');
  });
});
