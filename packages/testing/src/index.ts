export * from './decode-frames.js';
export * from './recordings.js';
export * from './spec-validator.js';
