import { createSigningKeyCache, signSigV4Request } from '@heimdall/sigv4';
import type { AwsCredentialProvider } from './bedrock-credentials.js';

/** A request about to go to Bedrock: the exact URL, headers and body bytes that will be sent. */
export interface BedrockHttpRequest {
  url: URL;
  headers: Record<string, string>;
  body: string;
}

/** Adds authentication to a request's headers; resolves to every header to send, `host` included. */
export type BedrockRequestSigner = (request: BedrockHttpRequest) => Promise<Record<string, string>>;

/** Bedrock Runtime signs as `bedrock`, not `bedrock-runtime`. */
const signingService = 'bedrock';

/**
 * Signs with SigV4 for service `bedrock` in `region`, as the AWS SDK does: over the method, the percent-encoded path
 * (which the signer encodes once more), the query, `host`, every header given, `x-amz-date`, `x-amz-content-sha256`
 * (added, the body's hash) and `x-amz-security-token` for temporary credentials. The `host` header is part of the
 * result so that exactly what was signed is sent. Credentials are asked of `credentials` for every request, so that
 * renewed temporary ones are used as soon as the provider has them; the signing key derived from them is kept per
 * day, region and secret, so a request costs two hashes and one HMAC.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
 */
export function createSigV4Signer({
  region,
  credentials,
  now = () => new Date(),
}: {
  region: string;
  credentials: AwsCredentialProvider;
  now?: () => Date;
}): BedrockRequestSigner {
  // A few entries: one secret at a time, two around a renewal of temporary credentials or midnight UTC.
  const signingKeys = createSigningKeyCache(4);
  return async ({ url, headers, body }) => {
    const resolved = await credentials();
    return signSigV4Request({
      method: 'POST',
      path: url.pathname,
      query: url.searchParams,
      headers: { ...headers, host: url.host },
      body,
      credentials: resolved,
      region,
      service: signingService,
      signingDate: now(),
      signingKeys,
    });
  };
}

/** Authenticates with a Bedrock API key: `Authorization: Bearer`, and no signature. */
export function createBearerSigner(token: string): BedrockRequestSigner {
  return async ({ headers }) => ({ ...headers, authorization: `Bearer ${token}` });
}
