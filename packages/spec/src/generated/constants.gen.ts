// Generated from openapi/bifrost.yaml by `pnpm generate`. Do not edit.

/** The `:event-type` values of a ConverseStream reply, in the order the spec lists them. */
export const converseStreamEventTypes = [
  'messageStart',
  'contentBlockStart',
  'contentBlockDelta',
  'contentBlockStop',
  'messageStop',
  'metadata',
] as const;

/** The `:exception-type` values a ConverseStream reply may end with. */
export const converseStreamExceptionTypes = [
  'internalServerException',
  'modelStreamErrorException',
  'validationException',
  'throttlingException',
  'serviceUnavailableException',
] as const;

/** Each Bedrock error type and the HTTP status it is sent with before a stream begins. */
export const bedrockErrorStatuses = {
  ValidationException: 400,
  ServiceQuotaExceededException: 400,
  AccessDeniedException: 403,
  ResourceNotFoundException: 404,
  UnknownOperationException: 404,
  ModelTimeoutException: 408,
  ModelErrorException: 424,
  ThrottlingException: 429,
  ModelNotReadyException: 429,
  InternalServerException: 500,
  ServiceUnavailableException: 503,
} as const;

/** The Bedrock error type of each status the spec answers with, for an error reply that names no type. */
export const bedrockErrorTypeByStatus = {
  '400': 'ValidationException',
  '403': 'AccessDeniedException',
  '404': 'ResourceNotFoundException',
  '408': 'ModelTimeoutException',
  '424': 'ModelErrorException',
  '429': 'ThrottlingException',
  '500': 'InternalServerException',
  '503': 'ServiceUnavailableException',
} as const;

/** The Bedrock error types that may succeed when the same request is sent again: the ones the gateway retries. */
export const bedrockRetryableErrorTypes = [
  'ThrottlingException',
  'ModelNotReadyException',
  'InternalServerException',
  'ServiceUnavailableException',
  'ModelStreamErrorException',
] as const;

/**
 * Every Bedrock error type of the spec, those sent before a stream and those only ever sent inside one: the HTTP
 * status of the type (for a streamed-only type, the one Bedrock gives it) and whether sending the same request
 * again may succeed.
 */
export const bedrockErrorTypes = {
  ValidationException: { status: 400, retryable: false },
  ServiceQuotaExceededException: { status: 400, retryable: false },
  AccessDeniedException: { status: 403, retryable: false },
  ResourceNotFoundException: { status: 404, retryable: false },
  UnknownOperationException: { status: 404, retryable: false },
  ModelTimeoutException: { status: 408, retryable: false },
  ModelErrorException: { status: 424, retryable: false },
  ThrottlingException: { status: 429, retryable: true },
  ModelNotReadyException: { status: 429, retryable: true },
  InternalServerException: { status: 500, retryable: true },
  ServiceUnavailableException: { status: 503, retryable: true },
  ModelStreamErrorException: { status: 424, retryable: true },
} as const;
