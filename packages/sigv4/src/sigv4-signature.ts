import { createHash, createHmac } from 'node:crypto';
import type { SigningKeys } from './signing-key.js';

export const sigV4Algorithm = 'AWS4-HMAC-SHA256';

/** `2026-11-22T03:15:00.000Z` → `20261122T031500Z`, the `x-amz-date` form. */
export function toAmzDate(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** `20261122/us-east-1/bedrock/aws4_request`. */
export function credentialScope(amzDate: string, region: string, service: string): string {
  return `${amzDate.slice(0, 8)}/${region}/${service}/aws4_request`;
}

/**
 * The hex signature of a canonical request: HMAC, with the derived signing key, of the string to sign (algorithm,
 * date, scope and the canonical request's hash).
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html#calculate-signature
 */
export function sigV4Signature({
  canonicalRequest,
  amzDate,
  region,
  service,
  secretAccessKey,
  signingKeys,
}: {
  canonicalRequest: string;
  amzDate: string;
  region: string;
  service: string;
  secretAccessKey: string;
  signingKeys: SigningKeys;
}): string {
  const requestHash = createHash('sha256').update(canonicalRequest).digest('hex');
  const stringToSign = `${sigV4Algorithm}\n${amzDate}\n${credentialScope(amzDate, region, service)}\n${requestHash}`;
  const key = signingKeys(secretAccessKey, amzDate.slice(0, 8), region, service);
  return createHmac('sha256', key).update(stringToSign).digest('hex');
}
