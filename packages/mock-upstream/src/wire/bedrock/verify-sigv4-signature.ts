import { createHash, timingSafeEqual } from 'node:crypto';
import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import type { IncomingRequestView } from '../wire-format.js';
import { parseAmzDate, type SigV4AuthorizationHeader } from './sigv4-authorization-header.js';

/** AWS accepts signatures made up to 15 minutes before or after its own clock. */
const maxClockSkewMs = 15 * 60 * 1000;

/**
 * Checks a SigV4 signature the way AWS does, by signing the same canonical request again with AWS's own signer: the
 * path exactly as it arrived (still percent-encoded; the signer encodes it once more, as every AWS client does for
 * services other than S3), only the headers the client listed as signed, and the body hashed here, because the
 * signer would trust `x-amz-content-sha256` instead. Resolves to the reason it fails, or `undefined` when it holds.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
 */
export async function verifySigV4Signature({
  request,
  authorization,
  secretAccessKey,
  now = Date.now(),
}: {
  request: IncomingRequestView;
  authorization: SigV4AuthorizationHeader;
  secretAccessKey: string;
  now?: number;
}): Promise<string | undefined> {
  const amzDate = headerValue(request, 'x-amz-date') ?? '';
  const signingDate = parseAmzDate(amzDate);
  if (signingDate === undefined || !amzDate.startsWith(authorization.scopeDate)) {
    return 'The request has no X-Amz-Date matching the date of its credential scope.';
  }
  if (Math.abs(now - signingDate.getTime()) > maxClockSkewMs) {
    return 'Signature expired: the request was signed more than 15 minutes away from the server time.';
  }
  const declaredHash = headerValue(request, 'x-amz-content-sha256');
  const bodyHash = createHash('sha256').update(request.rawBody).digest('hex');
  if (declaredHash !== undefined && declaredHash !== 'UNSIGNED-PAYLOAD' && declaredHash !== bodyHash) {
    return 'The provided x-amz-content-sha256 header does not match what was computed.';
  }
  const headers: Record<string, string> = {};
  for (const name of authorization.signedHeaders) {
    const value = headerValue(request, name);
    if (value === undefined) return `The signed header ${name} is missing from the request.`;
    headers[name] = value;
  }
  const target = new URL(request.url, 'http://mock.invalid');
  const query: Record<string, string[]> = {};
  for (const key of new Set(target.searchParams.keys())) query[key] = target.searchParams.getAll(key);

  const signer = new SignatureV4({
    credentials: { accessKeyId: authorization.accessKeyId, secretAccessKey },
    region: authorization.region,
    service: authorization.service,
    sha256: Sha256,
    // Adding and signing x-amz-content-sha256 would break clients that do not sign it (aws4fetch, boto3).
    applyChecksum: false,
  });
  const signed = await signer.sign(
    new HttpRequest({ method: request.method, path: request.path, query, headers, body: request.rawBody }),
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
    ? undefined
    : 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.';
}

/** A header as one string, the way it was signed; Node lists only a few repeated headers as arrays. */
function headerValue(request: IncomingRequestView, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}
