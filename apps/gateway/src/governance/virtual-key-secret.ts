import { createHash, randomBytes } from 'node:crypto';

const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** 40 base62 characters: about 238 bits, beyond guessing. */
const secretLength = 40;
/** The prefix Bifrost's virtual keys carry, so that clients written for Bifrost recognise them. */
export const virtualKeyPrefix = 'sk-bf-';

/**
 * A new virtual key secret, `sk-bf-` and 40 base62 characters, each drawn uniformly: bytes of 248 and above are
 * thrown away rather than folded onto the alphabet, which would favour its first characters.
 */
export function generateVirtualKeySecret(): string {
  let body = '';
  while (body.length < secretLength) {
    for (const byte of randomBytes(secretLength * 2)) {
      if (byte < 248 && body.length < secretLength) body += alphabet[byte % 62];
    }
  }
  return virtualKeyPrefix + body;
}

/**
 * What the store keeps of a secret: its SHA-256, in hex. A secret this long needs no salt or slow hash, and a
 * digest can be looked up directly, so a presented key is found without comparing it to every stored one.
 */
export function hashVirtualKeySecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
