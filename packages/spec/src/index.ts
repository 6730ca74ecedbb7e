/**
 * Types of the Heimdall API, generated from `openapi/bifrost.yaml`: `paths` for typed HTTP clients, and one
 * named type per schema (`BedrockConverseRequest`, `ConverseStreamEvent`, …). Also the few runtime tables
 * that the spec defines through vendor extensions. No runtime dependencies.
 */
export * from './generated/constants.gen.js';
export type * from './generated/types.gen.js';
export * from './stream-event.js';
