import {
  AccessDeniedException,
  type BedrockErrorOptions,
  InternalServerException,
  ModelErrorException,
  ModelNotReadyException,
  ModelStreamErrorException,
  ModelTimeoutException,
  ResourceNotFoundException,
  ServiceUnavailableException,
  ThrottlingException,
  ValidationException,
} from './bedrock-errors.js';
import { errorTypeName } from './error-type-name.js';
import { HeimdallError } from './heimdall-error.js';

/** What {@link createHeimdallError} builds an error from. */
export interface CreateHeimdallErrorOptions {
  /** The error type in any form AWS writes it: `ThrottlingException`, `throttlingException`, `ValidationException:http://…`, `com.amazon.coral#ThrottlingException`. */
  type: string;
  message: string;
  /** The HTTP status to carry; defaults to the status of the type, when it has one. */
  status?: number | undefined;
  requestId?: string | undefined;
  /** Extra members of the error body or exception payload, e.g. `originalStatusCode`; unknown or mistyped ones are ignored. */
  fields?: Readonly<Record<string, unknown>> | undefined;
  cause?: unknown;
}

type Fields = Readonly<Record<string, unknown>>;

const numberField = (fields: Fields, name: string): number | undefined =>
  typeof fields[name] === 'number' ? fields[name] : undefined;
const stringField = (fields: Fields, name: string): string | undefined =>
  typeof fields[name] === 'string' ? fields[name] : undefined;

const errorFactories: Readonly<Record<string, (options: BedrockErrorOptions, fields: Fields) => HeimdallError>> = {
  ValidationException: (options) => new ValidationException(options),
  AccessDeniedException: (options) => new AccessDeniedException(options),
  ResourceNotFoundException: (options) => new ResourceNotFoundException(options),
  ModelTimeoutException: (options) => new ModelTimeoutException(options),
  ModelErrorException: (options, fields) =>
    new ModelErrorException({
      ...options,
      originalStatusCode: numberField(fields, 'originalStatusCode'),
      resourceName: stringField(fields, 'resourceName'),
    }),
  ThrottlingException: (options) => new ThrottlingException(options),
  ModelNotReadyException: (options) => new ModelNotReadyException(options),
  InternalServerException: (options) => new InternalServerException(options),
  ServiceUnavailableException: (options) => new ServiceUnavailableException(options),
  ModelStreamErrorException: (options, fields) =>
    new ModelStreamErrorException({
      ...options,
      originalStatusCode: numberField(fields, 'originalStatusCode'),
      originalMessage: stringField(fields, 'originalMessage'),
    }),
};

const isKnownErrorType = (pascalCase: string): boolean => Object.hasOwn(errorFactories, pascalCase);

/**
 * The error class for a Bedrock error type, so that a client, the gateway and the decoder all raise the same
 * `ThrottlingException` whichever way the type reached them. An unknown type gives a plain {@link HeimdallError}
 * carrying the type name.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/CommonErrors.html
 */
export function createHeimdallError({
  type,
  message,
  status,
  requestId,
  fields = {},
  cause,
}: CreateHeimdallErrorOptions): HeimdallError {
  const name = errorTypeName(type, isKnownErrorType);
  const factory = errorFactories[name];
  if (factory) return factory({ message, status, requestId, cause }, fields);
  return new HeimdallError({ type: name, message, status, requestId, cause });
}

/** The PascalCase Bedrock error type a type name stands for, e.g. `throttlingException` → `ThrottlingException`. */
export function normalizeErrorType(type: string): string {
  return errorTypeName(type, isKnownErrorType);
}
