import { createHash } from 'node:crypto';
import { canonicalHeaders, canonicalRequest } from './canonical-request.js';
import { isGeneratedHeader, isUnsignableHeader } from './signable-headers.js';
import type { SigningKeys } from './signing-key.js';
import { credentialScope, sigV4Algorithm, sigV4Signature, toAmzDate } from './sigv4-signature.js';

/** The credentials a request is signed with; `sessionToken` for temporary ones. */
export interface SigV4Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string | undefined;
}

/**
 * Signs a request with SigV4 in an `Authorization` header, synchronously, with the same result as AWS's JavaScript
 * signer (`@smithy/signature-v4`) with its defaults: any `authorization`, `date` and `x-amz-date` given are replaced
 * by `x-amz-date`; `x-amz-security-token` is added for temporary credentials; `x-amz-content-sha256` is added with
 * the body's hash unless given (its value is then what is signed as the payload hash); every header but the
 * unsignable ones is signed. Resolves to every header to send, the given ones included under their own names.
 */
export function signSigV4Request({
  method,
  path,
  query,
  headers,
  body,
  credentials,
  region,
  service,
  signingDate,
  signingKeys,
}: {
  method: string;
  /** The path as sent, percent-encoded. */
  path: string;
  query: URLSearchParams;
  /** Every header to send, `host` included. */
  headers: Readonly<Record<string, string>>;
  body: string | Uint8Array;
  credentials: SigV4Credentials;
  region: string;
  service: string;
  signingDate: Date;
  signingKeys: SigningKeys;
}): Record<string, string> {
  const amzDate = toAmzDate(signingDate);
  const sent: Record<string, string> = {};
  let payloadHash: string | undefined;
  for (const [name, value] of Object.entries(headers)) {
    const lowerName = name.toLowerCase();
    if (isGeneratedHeader(lowerName)) continue;
    if (payloadHash === undefined && lowerName === 'x-amz-content-sha256') payloadHash = value;
    sent[name] = value;
  }
  sent['x-amz-date'] = amzDate;
  if (credentials.sessionToken) sent['x-amz-security-token'] = credentials.sessionToken;
  if (payloadHash === undefined) {
    payloadHash = createHash('sha256').update(body).digest('hex');
    sent['x-amz-content-sha256'] = payloadHash;
  }

  // In the order of the names as given, so that of two spellings of one header the same one wins as in AWS's signer.
  const signed = new Map<string, string>();
  for (const name of Object.keys(sent).sort()) {
    const lowerName = name.toLowerCase();
    if (!isUnsignableHeader(lowerName)) signed.set(lowerName, sent[name] as string);
  }
  const canonical = canonicalHeaders(signed);
  const signature = sigV4Signature({
    canonicalRequest: canonicalRequest({ method, path, query, headers: canonical, payloadHash }),
    amzDate,
    region,
    service,
    secretAccessKey: credentials.secretAccessKey,
    signingKeys,
  });
  sent.authorization =
    `${sigV4Algorithm} Credential=${credentials.accessKeyId}/${credentialScope(amzDate, region, service)}, ` +
    `SignedHeaders=${canonical.signedHeaders}, Signature=${signature}`;
  return sent;
}
