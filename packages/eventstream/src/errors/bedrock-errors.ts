import { bedrockErrorStatuses } from '@heimdall/spec';
import { HeimdallError, type HeimdallErrorOptions } from './heimdall-error.js';

/** What a Bedrock error is built from; its type is fixed by the class and its status defaults to the type's. */
export type BedrockErrorOptions = Omit<HeimdallErrorOptions, 'type'>;

type KnownStatusType = keyof typeof bedrockErrorStatuses;

const withType = (type: KnownStatusType, options: BedrockErrorOptions): HeimdallErrorOptions => ({
  ...options,
  type,
  status: options.status ?? bedrockErrorStatuses[type],
});

/**
 * The status Bedrock's service model gives `ModelStreamErrorException`, which is only ever sent inside a stream and
 * so has no pre-stream status in the spec's table.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html
 */
export const modelStreamErrorStatus = 424;

/** The request is invalid: malformed, against the schema, or not something the model can take. */
export class ValidationException extends HeimdallError {
  constructor(options: BedrockErrorOptions) {
    super(withType('ValidationException', options));
  }
}

/** The caller may not use this model or operation. */
export class AccessDeniedException extends HeimdallError {
  constructor(options: BedrockErrorOptions) {
    super(withType('AccessDeniedException', options));
  }
}

/** The model (or another named resource) does not exist. */
export class ResourceNotFoundException extends HeimdallError {
  constructor(options: BedrockErrorOptions) {
    super(withType('ResourceNotFoundException', options));
  }
}

/** The model took too long to answer. */
export class ModelTimeoutException extends HeimdallError {
  constructor(options: BedrockErrorOptions) {
    super(withType('ModelTimeoutException', options));
  }
}

/** What a {@link ModelErrorException} is built from. */
export interface ModelErrorExceptionOptions extends BedrockErrorOptions {
  /** The status the model returned. */
  originalStatusCode?: number | undefined;
  /** The resource that failed. */
  resourceName?: string | undefined;
}

/** The model failed before the reply began. */
export class ModelErrorException extends HeimdallError {
  /** The status the model returned. */
  readonly originalStatusCode: number | undefined;
  /** The resource that failed. */
  readonly resourceName: string | undefined;

  constructor({ originalStatusCode, resourceName, ...options }: ModelErrorExceptionOptions) {
    super(withType('ModelErrorException', options));
    this.originalStatusCode = originalStatusCode;
    this.resourceName = resourceName;
  }
}

/** Too many requests or tokens. */
export class ThrottlingException extends HeimdallError {
  constructor(options: BedrockErrorOptions) {
    super(withType('ThrottlingException', options));
  }
}

/** The model is not ready to serve yet. */
export class ModelNotReadyException extends HeimdallError {
  constructor(options: BedrockErrorOptions) {
    super(withType('ModelNotReadyException', options));
  }
}

/** Something failed inside the service. */
export class InternalServerException extends HeimdallError {
  constructor(options: BedrockErrorOptions) {
    super(withType('InternalServerException', options));
  }
}

/** The service cannot take the request now. */
export class ServiceUnavailableException extends HeimdallError {
  constructor(options: BedrockErrorOptions) {
    super(withType('ServiceUnavailableException', options));
  }
}

/** What a {@link ModelStreamErrorException} is built from. */
export interface ModelStreamErrorExceptionOptions extends BedrockErrorOptions {
  /** The status the model returned. */
  originalStatusCode?: number | undefined;
  /** The message the model returned. */
  originalMessage?: string | undefined;
}

/** The model failed after the reply had begun; only ever sent inside a stream. */
export class ModelStreamErrorException extends HeimdallError {
  /** The status the model returned. */
  readonly originalStatusCode: number | undefined;
  /** The message the model returned. */
  readonly originalMessage: string | undefined;

  constructor({ originalStatusCode, originalMessage, ...options }: ModelStreamErrorExceptionOptions) {
    super({ ...options, type: 'ModelStreamErrorException', status: options.status ?? modelStreamErrorStatus });
    this.originalStatusCode = originalStatusCode;
    this.originalMessage = originalMessage;
  }
}
