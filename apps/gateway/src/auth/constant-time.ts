import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Compares secrets in time that does not depend on where they differ, or on their lengths: both sides are hashed
 * to the same length first.
 */
export function secretsEqual(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** Whether `given` equals any of `secrets`, comparing against every one so that the time tells nothing. */
export function matchesAnySecret(given: string, secrets: readonly string[]): boolean {
  let found = false;
  for (const secret of secrets) found = secretsEqual(given, secret) || found;
  return found;
}
