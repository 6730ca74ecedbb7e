import { type BedrockErrorOptions, bedrockErrorClasses, HeimdallError } from '@heimdall/spec/errors';
import { errorTypeName } from './error-type-name.js';

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
type KnownErrorType = keyof typeof bedrockErrorClasses;

const isKnownErrorType = (pascalCase: string): pascalCase is KnownErrorType =>
  Object.hasOwn(bedrockErrorClasses, pascalCase);

/** The members of `fields` the type's body carries, of the kind the spec gives them; anything else is dropped. */
function typedFields(type: KnownErrorType, fields: Fields): Record<string, unknown> {
  const kinds: Readonly<Record<string, 'number' | 'string'>> = bedrockErrorClasses[type].fields;
  return Object.fromEntries(
    Object.entries(kinds).map(([name, kind]) => [name, typeof fields[name] === kind ? fields[name] : undefined]),
  );
}

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
  const options: BedrockErrorOptions = { message, status, requestId, cause };
  if (!isKnownErrorType(name)) return new HeimdallError({ type: name, ...options });
  const ErrorClass: new (options: BedrockErrorOptions) => HeimdallError = bedrockErrorClasses[name].errorClass;
  return new ErrorClass({ ...options, ...typedFields(name, fields) });
}

/** The PascalCase Bedrock error type a type name stands for, e.g. `throttlingException` → `ThrottlingException`. */
export function normalizeErrorType(type: string): string {
  return errorTypeName(type, isKnownErrorType);
}
