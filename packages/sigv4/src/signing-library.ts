import type { HttpRequest } from '@smithy/protocol-http';
import type { SignatureV4, SignatureV4Init } from '@smithy/signature-v4';

/** The AWS signing pieces, loaded together. */
export interface SigningLibrary {
  SignatureV4: typeof SignatureV4;
  HttpRequest: typeof HttpRequest;
  /** SHA-256 on Node's native crypto, as the AWS SDK for JavaScript signs in Node. */
  Sha256: NonNullable<SignatureV4Init['sha256']>;
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
    import('@smithy/hash-node'),
  ]).then(([signature, http, hash]) => ({
    SignatureV4: signature.SignatureV4,
    HttpRequest: http.HttpRequest,
    Sha256: hash.Hash.bind(null, 'sha256'),
  }));
  return loading;
}
