export * from './bedrock-errors.js';
export * from './converse-protocol-error.js';
export * from './create-heimdall-error.js';
export * from './event-stream-decode-error.js';
export * from './heimdall-error.js';
export * from './stream-exceptions.js';
