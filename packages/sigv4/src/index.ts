/** AWS Signature Version 4 for Heimdall: AWS's own signer, loaded on first use, and signature checks built on it. */
export * from './signing-library.js';
export * from './sigv4-authorization.js';
export * from './verify-sigv4.js';
