import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Compares secrets in time that does not depend on where they differ, or on their lengths: both sides are hashed
 * to the same length first.
 */
export function secretsEqual(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * The index of the secret `given` equals, or -1, comparing against every one so that the time tells neither whether
 * nor which one matched.
 */
export function indexOfSecret(given: string, secrets: readonly string[]): number {
  let found = -1;
  for (const [index, secret] of secrets.entries()) {
    if (secretsEqual(given, secret) && found === -1) found = index;
  }
  return found;
}
