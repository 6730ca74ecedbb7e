// Generated from openapi/bifrost.yaml by `pnpm generate`. Do not edit.

import { type BedrockErrorOptions, bedrockErrorBase, bedrockErrorInit } from '../errors/bedrock-error-init.js';
import { HeimdallError } from '../errors/heimdall-error.js';

/** What a {@link ModelErrorException} is built from. */
export interface ModelErrorExceptionOptions extends BedrockErrorOptions {
  /** The status the model returned. */
  originalStatusCode?: number | undefined;
  /** The resource that failed. */
  resourceName?: string | undefined;
}

/** What a {@link ModelStreamErrorException} is built from. */
export interface ModelStreamErrorExceptionOptions extends BedrockErrorOptions {
  /** The status the model returned. */
  originalStatusCode?: number | undefined;
  /** The message the model returned. */
  originalMessage?: string | undefined;
}

/**
 * The error type `ValidationException`: the answer with HTTP 400 before a stream begins; inside a stream, the `validationException` exception.
 * It fails again when sent unchanged.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/CommonErrors.html
 */
export class ValidationException extends bedrockErrorBase('ValidationException') {}

/**
 * The error type `ServiceQuotaExceededException`: the answer with HTTP 400 before a stream begins.
 * It fails again when sent unchanged.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/CommonErrors.html
 */
export class ServiceQuotaExceededException extends bedrockErrorBase('ServiceQuotaExceededException') {}

/**
 * The error type `AccessDeniedException`: the answer with HTTP 403 before a stream begins.
 * It fails again when sent unchanged.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/CommonErrors.html
 */
export class AccessDeniedException extends bedrockErrorBase('AccessDeniedException') {}

/**
 * The error type `ResourceNotFoundException`: the answer with HTTP 404 before a stream begins.
 * It fails again when sent unchanged.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/CommonErrors.html
 */
export class ResourceNotFoundException extends bedrockErrorBase('ResourceNotFoundException') {}

/**
 * The error type `UnknownOperationException`: the answer with HTTP 404 before a stream begins.
 * It fails again when sent unchanged.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/CommonErrors.html
 */
export class UnknownOperationException extends bedrockErrorBase('UnknownOperationException') {}

/**
 * The error type `ModelTimeoutException`: the answer with HTTP 408 before a stream begins.
 * It fails again when sent unchanged.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/CommonErrors.html
 */
export class ModelTimeoutException extends bedrockErrorBase('ModelTimeoutException') {}

/**
 * The error type `ModelErrorException`: the answer with HTTP 424 before a stream begins.
 * It fails again when sent unchanged.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/CommonErrors.html
 */
export class ModelErrorException extends HeimdallError {
  /** The status the model returned. */
  readonly originalStatusCode: number | undefined;
  /** The resource that failed. */
  readonly resourceName: string | undefined;

  constructor({ originalStatusCode, resourceName, ...options }: ModelErrorExceptionOptions) {
    super(bedrockErrorInit('ModelErrorException', options));
    this.originalStatusCode = originalStatusCode;
    this.resourceName = resourceName;
  }
}

/**
 * The error type `ThrottlingException`: the answer with HTTP 429 before a stream begins; inside a stream, the `throttlingException` exception.
 * It may succeed when sent again.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/CommonErrors.html
 */
export class ThrottlingException extends bedrockErrorBase('ThrottlingException') {}

/**
 * The error type `ModelNotReadyException`: the answer with HTTP 429 before a stream begins.
 * It may succeed when sent again.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/CommonErrors.html
 */
export class ModelNotReadyException extends bedrockErrorBase('ModelNotReadyException') {}

/**
 * The error type `InternalServerException`: the answer with HTTP 500 before a stream begins; inside a stream, the `internalServerException` exception.
 * It may succeed when sent again.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/CommonErrors.html
 */
export class InternalServerException extends bedrockErrorBase('InternalServerException') {}

/**
 * The error type `ServiceUnavailableException`: the answer with HTTP 503 before a stream begins; inside a stream, the `serviceUnavailableException` exception.
 * It may succeed when sent again.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/CommonErrors.html
 */
export class ServiceUnavailableException extends bedrockErrorBase('ServiceUnavailableException') {}

/**
 * The error type `ModelStreamErrorException`: only ever sent inside a stream (its status: 424).
 * It may succeed when sent again.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/CommonErrors.html
 */
export class ModelStreamErrorException extends HeimdallError {
  /** The status the model returned. */
  readonly originalStatusCode: number | undefined;
  /** The message the model returned. */
  readonly originalMessage: string | undefined;

  constructor({ originalStatusCode, originalMessage, ...options }: ModelStreamErrorExceptionOptions) {
    super(bedrockErrorInit('ModelStreamErrorException', options));
    this.originalStatusCode = originalStatusCode;
    this.originalMessage = originalMessage;
  }
}

/**
 * The class of each Bedrock error type, and the kind of each extra member its body carries, so that an error read
 * from a reply or a stream frame can be built as its own class.
 */
export const bedrockErrorClasses = {
  ValidationException: { errorClass: ValidationException, fields: {} },
  ServiceQuotaExceededException: { errorClass: ServiceQuotaExceededException, fields: {} },
  AccessDeniedException: { errorClass: AccessDeniedException, fields: {} },
  ResourceNotFoundException: { errorClass: ResourceNotFoundException, fields: {} },
  UnknownOperationException: { errorClass: UnknownOperationException, fields: {} },
  ModelTimeoutException: { errorClass: ModelTimeoutException, fields: {} },
  ModelErrorException: {
    errorClass: ModelErrorException,
    fields: { originalStatusCode: 'number', resourceName: 'string' },
  },
  ThrottlingException: { errorClass: ThrottlingException, fields: {} },
  ModelNotReadyException: { errorClass: ModelNotReadyException, fields: {} },
  InternalServerException: { errorClass: InternalServerException, fields: {} },
  ServiceUnavailableException: { errorClass: ServiceUnavailableException, fields: {} },
  ModelStreamErrorException: {
    errorClass: ModelStreamErrorException,
    fields: { originalStatusCode: 'number', originalMessage: 'string' },
  },
} as const;
