/**
 * The error classes of the Heimdall API, generated from `openapi/bifrost.yaml`: one subclass of {@link HeimdallError}
 * per Bedrock error type the spec names, with the status the spec gives it and the fields its body carries. The
 * codec, the client and the gateway all raise these, so `instanceof` holds wherever an error came from.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/CommonErrors.html
 */
export type { BedrockErrorOptions, BedrockErrorType } from './errors/bedrock-error-init.js';
export * from './errors/heimdall-error.js';
export * from './generated/errors.gen.js';
