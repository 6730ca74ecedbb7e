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
 * Loads AWS's own signer, for tests: they sign with it as AWS SDK clients do, and compare Heimdall's signatures with
 * its. Nothing at run time uses it (Heimdall signs and verifies with `signSigV4Request` and `verifySigV4`), so it is
 * only a development dependency of this package, imported on the first call.
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
