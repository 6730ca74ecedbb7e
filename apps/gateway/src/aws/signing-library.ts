import type { HttpRequest } from '@smithy/protocol-http';
import type { SignatureV4 } from '@smithy/signature-v4';

/** The AWS signing pieces, loaded together. */
export interface SigningLibrary {
  SignatureV4: typeof SignatureV4;
  HttpRequest: typeof HttpRequest;
  Sha256: typeof import('@aws-crypto/sha256-js').Sha256;
}

let loading: Promise<SigningLibrary> | undefined;

/**
 * Loads the AWS signer on first use. Most gateways never sign (no Bedrock upstream) nor check a signature (no SigV4
 * client), and the library weighs several megabytes of memory, so it stays out until a request needs it.
 */
export function loadSigningLibrary(): Promise<SigningLibrary> {
  loading ??= Promise.all([
    import('@smithy/signature-v4'),
    import('@smithy/protocol-http'),
    import('@aws-crypto/sha256-js'),
  ]).then(([signature, http, sha256]) => ({
    SignatureV4: signature.SignatureV4,
    HttpRequest: http.HttpRequest,
    Sha256: sha256.Sha256,
  }));
  return loading;
}
