import { bedrockErrorTypes } from '../generated/constants.gen.js';
import type { HeimdallErrorOptions } from './heimdall-error.js';

/** What a Bedrock error is built from; its type is fixed by the class and its status defaults to the type's. */
export type BedrockErrorOptions = Omit<HeimdallErrorOptions, 'type'>;

/** A Bedrock error type of the spec, e.g. `ThrottlingException`. */
export type BedrockErrorType = keyof typeof bedrockErrorTypes;

/** The options of the base class for an error of `type`: the status of the spec unless the reply said another. */
export function bedrockErrorInit(type: BedrockErrorType, options: BedrockErrorOptions): HeimdallErrorOptions {
  return { ...options, type, status: options.status ?? bedrockErrorTypes[type].status };
}
