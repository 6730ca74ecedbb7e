import { bedrockErrorTypes } from '../generated/constants.gen.js';
import { HeimdallError, type HeimdallErrorOptions } from './heimdall-error.js';

/** What a Bedrock error is built from; its type is fixed by the class and its status defaults to the type's. */
export type BedrockErrorOptions = Omit<HeimdallErrorOptions, 'type'>;

/** A Bedrock error type of the spec, e.g. `ThrottlingException`. */
export type BedrockErrorType = keyof typeof bedrockErrorTypes;

/** The options of the base class for an error of `type`: the status of the spec unless the reply said another. */
export function bedrockErrorInit(type: BedrockErrorType, options: BedrockErrorOptions): HeimdallErrorOptions {
  return { ...options, type, status: options.status ?? bedrockErrorTypes[type].status };
}

/** A class of errors of one type that carry nothing beyond the base's members. */
export type BedrockErrorClass = new (options: BedrockErrorOptions) => HeimdallError;

/**
 * The base the generated class of a type extends when its body carries no fields of its own, so each such class is
 * one line and still a class of its own name, for `instanceof`.
 */
export function bedrockErrorBase(type: BedrockErrorType): BedrockErrorClass {
  return class extends HeimdallError {
    constructor(options: BedrockErrorOptions) {
      super(bedrockErrorInit(type, options));
    }
  };
}
