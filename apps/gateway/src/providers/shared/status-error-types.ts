import {
  AccessDeniedException,
  type BedrockErrorOptions,
  type HeimdallError,
  InternalServerException,
  ModelTimeoutException,
  ResourceNotFoundException,
  ServiceUnavailableException,
  ThrottlingException,
  ValidationException,
} from '@heimdall/eventstream';

type ErrorClass = new (options: BedrockErrorOptions) => HeimdallError;

/**
 * How an upstream HTTP status becomes a Bedrock error type, for every provider alike.
 * Statuses not listed: other 4xx are ValidationException, other 5xx InternalServerException.
 */
const errorClassByStatus: Record<number, ErrorClass> = {
  400: ValidationException,
  401: AccessDeniedException,
  403: AccessDeniedException,
  404: ResourceNotFoundException,
  408: ModelTimeoutException,
  413: ValidationException,
  422: ValidationException,
  429: ThrottlingException,
  500: InternalServerException,
  502: ServiceUnavailableException,
  503: ServiceUnavailableException,
  504: ModelTimeoutException,
  /** Anthropic's "overloaded". @see https://docs.anthropic.com/en/api/errors */
  529: ServiceUnavailableException,
};

/** Statuses where trying the same upstream again may succeed. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/** The Bedrock error for an upstream's HTTP error status. */
export function errorForStatus(status: number, message: string): HeimdallError {
  const ErrorType = errorClassByStatus[status] ?? (status >= 500 ? InternalServerException : ValidationException);
  return new ErrorType({ message });
}
