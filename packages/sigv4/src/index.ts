/**
 * AWS Signature Version 4 for Heimdall: signing requests and checking signed ones on Node's crypto, synchronously,
 * exactly as AWS's JavaScript signer does; and that signer itself, loaded on demand, for tests to compare against.
 */
export * from './canonical-request.js';
export * from './sign-sigv4-request.js';
export * from './signing-key.js';
export * from './signing-library.js';
export * from './sigv4-authorization.js';
export * from './sigv4-signature.js';
export * from './verify-sigv4.js';
