import { isRetryableStatus } from '../shared/status-error-types.js';

/**
 * Whether sending the same request to Bedrock again may succeed, by error type. Types not listed follow their
 * status (429 and 5xx are retried).
 *
 * - Throttling, a model still loading, and the service's own 500/503 pass with time; the AWS SDKs retry them too.
 * - `ModelStreamErrorException` says "Retry your request"; the adapter only ever retries it when it is the first
 *   frame of a stream, before anything reached the client.
 * - `ModelTimeoutException` is not retried: the model already took the whole timeout, and a retry would make the
 *   client wait as long again when a fallback could answer instead. The AWS SDKs do not retry it either.
 * - The request's own faults (validation, access, unknown model, quota, a model error) fail the same way again.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/CommonErrors.html
 * @see https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html
 */
const retryableByErrorType: Readonly<Record<string, boolean>> = {
  ThrottlingException: true,
  ModelNotReadyException: true,
  ServiceUnavailableException: true,
  InternalServerException: true,
  ModelStreamErrorException: true,
  ModelTimeoutException: false,
  ModelErrorException: false,
  ValidationException: false,
  AccessDeniedException: false,
  ResourceNotFoundException: false,
  ServiceQuotaExceededException: false,
  UnrecognizedClientException: false,
};

/** Whether a Bedrock error of this type and status is worth retrying on the same upstream. */
export function isRetryableBedrockError(type: string, status: number | undefined): boolean {
  return retryableByErrorType[type] ?? (status !== undefined && isRetryableStatus(status));
}
