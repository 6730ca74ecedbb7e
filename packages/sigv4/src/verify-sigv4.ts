import { createHash, timingSafeEqual } from 'node:crypto';
import { canonicalHeaders, canonicalRequest } from './canonical-request.js';
import { isGeneratedHeader, isUnsignableHeader } from './signable-headers.js';
import { createSigningKeyCache } from './signing-key.js';
import { parseAmzDate, type SigV4Authorization } from './sigv4-authorization.js';
import { sigV4Signature, toAmzDate } from './sigv4-signature.js';

/** What checking a signature needs of the incoming request. */
export interface SignedRequest {
  method: string;
  /** The path as it arrived, still percent-encoded, exactly as the client signed it. */
  path: string;
  query: URLSearchParams;
  /** A header as it was sent (`host`, or `:authority` over HTTP/2, included); `undefined` when absent. */
  header(name: string): string | undefined;
  body: Uint8Array;
}

export type SigV4Verdict = { valid: true } | { valid: false; reason: string };

/** The credential scope the verifier serves: a signature for any other region or service is refused, as AWS does. */
export interface ExpectedScope {
  region: string;
  service: string;
}

/** The payload hash of a request whose body the signature does not cover. */
const unsignedPayload = 'UNSIGNED-PAYLOAD';

/** AWS accepts signatures made up to 15 minutes before or after its own clock. */
const maxClockSkewMs = 15 * 60 * 1000;

const refuse = (reason: string): SigV4Verdict => ({ valid: false, reason });

/** Signing keys of the clients' secrets, one per secret and day for the one scope served: a few dozen at most. */
const signingKeys = createSigningKeyCache(64);

/**
 * Checks a SigV4 signature the way AWS does, by signing the same canonical request again exactly as AWS's JavaScript
 * signer would (see `canonical-request.ts`): the path exactly as it arrived (encoded once more, as every AWS client
 * does for services other than S3), only the headers the client listed as signed, and the body hashed here, with a
 * declared `x-amz-content-sha256` checked against it first, since a signature covers the declared hash only. As AWS does, it also requires the credential scope to name `scope`'s region and
 * service and the host to be signed, so that a signature made for another service, region or host cannot be
 * replayed here; and it refuses a body declared `UNSIGNED-PAYLOAD` unless `allowUnsignedPayload`, since the
 * signature would then let a captured request be replayed with any other body. The reasons are AWS's own where AWS
 * has one, so clients see the messages they know.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
 */
export async function verifySigV4({
  request,
  authorization,
  secretAccessKey,
  scope,
  allowUnsignedPayload = false,
  now = Date.now(),
}: {
  request: SignedRequest;
  authorization: SigV4Authorization;
  secretAccessKey: string;
  scope: ExpectedScope;
  /** Accept `x-amz-content-sha256: UNSIGNED-PAYLOAD`, whose body no signature covers. */
  allowUnsignedPayload?: boolean;
  now?: number;
}): Promise<SigV4Verdict> {
  if (authorization.service !== scope.service) {
    return refuse(`Credential should be scoped to correct service: '${scope.service}'.`);
  }
  if (authorization.region !== scope.region) {
    return refuse(
      `Credential should be scoped to a valid region, not '${authorization.region}'; this endpoint's region is '${scope.region}'.`,
    );
  }
  if (!authorization.signedHeaders.includes('host') && !authorization.signedHeaders.includes(':authority')) {
    return refuse("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
  }
  const amzDate = request.header('x-amz-date') ?? '';
  const signingDate = parseAmzDate(amzDate);
  if (!signingDate || !amzDate.startsWith(authorization.date)) {
    return refuse('The request has no X-Amz-Date matching the date of its credential scope.');
  }
  if (Math.abs(now - signingDate.getTime()) > maxClockSkewMs) {
    return refuse('Signature expired: the request was signed more than 15 minutes away from the server time.');
  }
  const declaredHash = request.header('x-amz-content-sha256');
  if (declaredHash === unsignedPayload && !allowUnsignedPayload) {
    return refuse(
      'The request body must be signed: x-amz-content-sha256 is UNSIGNED-PAYLOAD, which this endpoint does not accept. Sign the SHA-256 of the body.',
    );
  }
  const bodyHash = createHash('sha256').update(request.body).digest('hex');
  if (declaredHash !== undefined && declaredHash !== unsignedPayload && declaredHash !== bodyHash) {
    return refuse('The provided x-amz-content-sha256 header does not match what was computed.');
  }
  // As AWS's signer re-signs it: only the listed headers, except those it writes itself, and its own x-amz-date.
  const listed = new Set(authorization.signedHeaders);
  const signed = new Map<string, string>();
  let payloadHash: string | undefined;
  for (const name of listed) {
    const value = request.header(name);
    if (value === undefined) return refuse(`The signed header ${name} is missing from the request.`);
    const lowerName = name.toLowerCase();
    if (isGeneratedHeader(lowerName) || (isUnsignableHeader(lowerName) && !listed.has(lowerName))) continue;
    if (payloadHash === undefined && lowerName === 'x-amz-content-sha256') payloadHash = value;
    signed.set(lowerName, value);
  }
  const signedAmzDate = toAmzDate(signingDate);
  signed.set('x-amz-date', signedAmzDate);
  const expected = sigV4Signature({
    canonicalRequest: canonicalRequest({
      method: request.method,
      path: request.path,
      query: request.query,
      headers: canonicalHeaders(signed),
      // A declared hash is signed as declared (it equals the body's, or is UNSIGNED-PAYLOAD, checked above).
      payloadHash: payloadHash ?? bodyHash,
    }),
    amzDate: signedAmzDate,
    region: authorization.region,
    service: authorization.service,
    secretAccessKey,
    signingKeys,
  });
  const matches =
    expected.length === authorization.signature.length &&
    timingSafeEqual(Buffer.from(expected), Buffer.from(authorization.signature));
  return matches
    ? { valid: true }
    : refuse(
        'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.',
      );
}
