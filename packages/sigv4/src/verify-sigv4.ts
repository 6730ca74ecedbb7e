import { createHash, timingSafeEqual } from 'node:crypto';
import { loadSigningLibrary } from './signing-library.js';
import { parseAmzDate, type SigV4Authorization } from './sigv4-authorization.js';

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

/**
 * Checks a SigV4 signature the way AWS does, by signing the same canonical request again with AWS's own signer: the
 * path exactly as it arrived (the signer encodes it once more, as every AWS client does for services other than S3),
 * only the headers the client listed as signed, and the body hashed here, because the signer would trust
 * `x-amz-content-sha256` instead. As AWS does, it also requires the credential scope to name `scope`'s region and
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
  const headers: Record<string, string> = {};
  for (const name of authorization.signedHeaders) {
    const value = request.header(name);
    if (value === undefined) return refuse(`The signed header ${name} is missing from the request.`);
    headers[name] = value;
  }
  const query: Record<string, string[]> = {};
  for (const key of new Set(request.query.keys())) query[key] = request.query.getAll(key);

  const { SignatureV4, HttpRequest, Sha256 } = await loadSigningLibrary();
  const signer = new SignatureV4({
    credentials: { accessKeyId: authorization.accessKeyId, secretAccessKey },
    region: authorization.region,
    service: authorization.service,
    sha256: Sha256,
    // Adding and signing x-amz-content-sha256 would break clients that do not sign it (aws4fetch, boto3).
    applyChecksum: false,
  });
  const signed = await signer.sign(
    new HttpRequest({ method: request.method, path: request.path, query, headers, body: request.body }),
    {
      signingDate,
      signingRegion: authorization.region,
      signingService: authorization.service,
      signableHeaders: new Set(authorization.signedHeaders),
    },
  );
  const expected = /Signature=([0-9a-f]{64})/.exec(String(signed.headers.authorization))?.[1] ?? '';
  const matches =
    expected.length === authorization.signature.length &&
    timingSafeEqual(Buffer.from(expected), Buffer.from(authorization.signature));
  return matches
    ? { valid: true }
    : refuse(
        'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.',
      );
}
