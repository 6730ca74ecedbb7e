import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';

/**
 * Derives (and remembers) the SigV4 signing key of a secret for one day, region and service. It is a KeyObject
 * because an HMAC keyed by one costs a fraction of one keyed by a Buffer, which Node imports anew on every call.
 */
export type SigningKeys = (secretAccessKey: string, date: string, region: string, service: string) => KeyObject;

/**
 * The signing key is four chained HMACs that change only with the day, region, service and secret, so it is derived
 * once and kept, in a map bounded to `maxEntries` (the oldest goes first) since temporary credentials bring a new
 * secret every hour or so. The cache key is the fields themselves, the secret last: no field before it can hold the
 * newline that separates them, so two different tuples never share a key, and looking one up costs no hashing.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html#derive-signing-key
 */
export function createSigningKeyCache(maxEntries = 16): SigningKeys {
  const keys = new Map<string, KeyObject>();
  return (secretAccessKey, date, region, service) => {
    const cacheKey = `${date}\n${region}\n${service}\n${secretAccessKey}`;
    const cached = keys.get(cacheKey);
    if (cached !== undefined) return cached;
    const key = createSecretKey(deriveSigningKey(secretAccessKey, date, region, service));
    if (keys.size >= maxEntries) keys.delete(keys.keys().next().value as string);
    keys.set(cacheKey, key);
    return key;
  };
}

export function deriveSigningKey(secretAccessKey: string, date: string, region: string, service: string): Buffer {
  const dateKey = createHmac('sha256', `AWS4${secretAccessKey}`).update(date).digest();
  const regionKey = createHmac('sha256', dateKey).update(region).digest();
  const serviceKey = createHmac('sha256', regionKey).update(service).digest();
  return createHmac('sha256', serviceKey).update('aws4_request').digest();
}
