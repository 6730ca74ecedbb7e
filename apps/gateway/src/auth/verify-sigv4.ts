import { createHash, timingSafeEqual } from 'node:crypto';
import { loadSigningLibrary } from '../aws/signing-library.js';
import { parseAmzDate, type SigV4Authorization } from './sigv4-authorization.js';

/** What the verifier needs of the incoming request. */
export interface SignedRequest {
  method: string;
  /** The URL as received: its path still percent-encoded, exactly as the client signed it. */
  url: URL;
  headers: Headers;
  body: Uint8Array;
}

export type SigV4Verdict = { valid: true } | { valid: false; reason: string };

/** AWS allows this much clock difference between client and server. */
const maxClockSkewMs = 15 * 60 * 1000;

/**
 * Checks a SigV4 signature by signing the same canonical request with the key's secret, using the AWS signer
 * itself rather than a second implementation. The signer escapes the path once more, as AWS clients do for every
 * service but S3, so the path must be given exactly as it arrived.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
 */
export async function verifySigV4(
  request: SignedRequest,
  authorization: SigV4Authorization,
  secretAccessKey: string,
  now = Date.now(),
): Promise<SigV4Verdict> {
  const amzDate = request.headers.get('x-amz-date') ?? '';
  const signingDate = parseAmzDate(amzDate);
  if (!signingDate || !amzDate.startsWith(authorization.date)) {
    return { valid: false, reason: 'The signed request has no valid X-Amz-Date matching its credential scope' };
  }
  if (Math.abs(now - signingDate.getTime()) > maxClockSkewMs) {
    return { valid: false, reason: 'The request signature is more than 15 minutes away from the gateway clock' };
  }
  // The signer trusts x-amz-content-sha256 when present; the body must really hash to it.
  const payloadHash = createHash('sha256').update(request.body).digest('hex');
  const declaredHash = request.headers.get('x-amz-content-sha256');
  if (declaredHash && declaredHash !== 'UNSIGNED-PAYLOAD' && declaredHash !== payloadHash) {
    return { valid: false, reason: 'The body does not match its x-amz-content-sha256' };
  }

  const headers: Record<string, string> = {};
  for (const name of authorization.signedHeaders) {
    // Over HTTP/2 clients sign the :authority pseudo-header; over HTTP/1.1 the Host header. Both are the URL's host.
    const value = name === 'host' || name === ':authority' ? request.url.host : request.headers.get(name);
    if (value === null) return { valid: false, reason: `The signed header ${name} is missing` };
    headers[name] = value;
  }
  const query: Record<string, string> = {};
  for (const [key, value] of request.url.searchParams) query[key] = value;

  const { SignatureV4, HttpRequest, Sha256 } = await loadSigningLibrary();
  const signer = new SignatureV4({
    credentials: { accessKeyId: authorization.accessKeyId, secretAccessKey },
    region: authorization.region,
    service: authorization.service,
    sha256: Sha256,
    applyChecksum: false,
  });
  const signed = await signer.sign(
    new HttpRequest({
      method: request.method,
      protocol: request.url.protocol,
      hostname: request.url.hostname,
      port: request.url.port ? Number(request.url.port) : undefined,
      path: request.url.pathname,
      query,
      headers,
      body: request.body,
    }),
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
  return matches ? { valid: true } : { valid: false, reason: 'The request signature does not match' };
}
