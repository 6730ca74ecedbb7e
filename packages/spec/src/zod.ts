/**
 * Zod schemas of the Heimdall API, generated from `openapi/bifrost.yaml`: one `<Name>Schema` per component,
 * carrying its OpenAPI name in `.meta({ id })` so that routes built on them document the same components.
 */

export * from './generated/operations.gen.js';
export * from './generated/schemas.gen.js';
