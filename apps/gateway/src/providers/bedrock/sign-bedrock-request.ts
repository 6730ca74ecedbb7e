import { loadSigningLibrary } from '@heimdall/sigv4';
import type { SignatureV4 } from '@smithy/signature-v4';
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
 * (which the signer encodes once more), `host`, every header given, `x-amz-date`, `x-amz-content-sha256` (added, the
 * body's hash) and `x-amz-security-token` for temporary credentials. The `host` header is part of the result so that
 * exactly what was signed is sent.
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
  let signer: SignatureV4 | undefined;
  return async ({ url, headers, body }) => {
    const { SignatureV4, HttpRequest, Sha256 } = await loadSigningLibrary();
    signer ??= new SignatureV4({ credentials, region, service: signingService, sha256: Sha256 });
    const query: Record<string, string[]> = {};
    for (const key of new Set(url.searchParams.keys())) query[key] = url.searchParams.getAll(key);
    const signed = await signer.sign(
      new HttpRequest({
        method: 'POST',
        protocol: url.protocol,
        hostname: url.hostname,
        port: url.port === '' ? undefined : Number(url.port),
        path: url.pathname,
        query,
        headers: { ...headers, host: url.host },
        body,
      }),
      { signingDate: now() },
    );
    return Object.fromEntries(Object.entries(signed.headers).map(([name, value]) => [name, String(value)]));
  };
}

/** Authenticates with a Bedrock API key: `Authorization: Bearer`, and no signature. */
export function createBearerSigner(token: string): BedrockRequestSigner {
  return async ({ headers }) => ({ ...headers, authorization: `Bearer ${token}` });
}
