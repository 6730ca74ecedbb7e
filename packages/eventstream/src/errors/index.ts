export * from '@heimdall/spec/errors';
export * from './converse-protocol-error.js';
export * from './create-heimdall-error.js';
export * from './event-stream-decode-error.js';
export * from './model-stream-error-status.js';
export * from './stream-exceptions.js';
