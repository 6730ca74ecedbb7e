export * from './recordings.js';
export * from './spec-validator.js';
