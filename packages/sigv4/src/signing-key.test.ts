import { describe, expect, it } from 'vitest';
import { createSigningKeyCache, deriveSigningKey } from './signing-key.js';

describe('signing keys', () => {
  it('derives the key AWS documents for its example secret', () => {
    // AWS's example: secret wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY, 20150830, us-east-1, iam.
    expect(
      deriveSigningKey('wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', '20150830', 'us-east-1', 'iam').toString('hex'),
    ).toBe('c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9');
  });

  it('keeps one key per secret, day, region and service, forgetting the oldest beyond its bound', () => {
    const keys = createSigningKeyCache(2);
    const first = keys('secret', '20261122', 'us-east-1', 'bedrock');
    expect(keys('secret', '20261122', 'us-east-1', 'bedrock')).toBe(first);
    expect(keys('secret', '20261123', 'us-east-1', 'bedrock').equals(first)).toBe(false);
    expect(keys('other', '20261122', 'us-east-1', 'bedrock').equals(first)).toBe(false);
    // The first entry was the oldest of three: derived anew, equal but not the same key object.
    const again = keys('secret', '20261122', 'us-east-1', 'bedrock');
    expect(again.equals(first)).toBe(true);
    expect(again).not.toBe(first);
  });
});
