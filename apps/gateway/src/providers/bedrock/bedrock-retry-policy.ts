import { bedrockErrorTypes } from '@heimdall/spec';
import { isRetryableStatus } from '../shared/status-error-types.js';

/**
 * Whether the spec lists the type, and so says whether it is worth sending again to the same upstream
 * (`x-heimdall-retryable`): throttling, a model still loading, the service's own 500 and 503, as the AWS SDKs retry
 * them, and `ModelStreamErrorException`, which says "Retry your request" and which the adapter only ever retries when
 * it is the first frame of a stream, before anything reached the client. Not `ModelTimeoutException`: the model
 * already took the whole time-out, and a fallback can answer sooner than a second wait.
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/CommonErrors.html
 * @see https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html
 */
const isListedType = (type: string): type is keyof typeof bedrockErrorTypes => Object.hasOwn(bedrockErrorTypes, type);

/** Whether a Bedrock error of this type (and, for a type the spec does not list, this status) is worth retrying. */
export function isRetryableBedrockError(type: string, status: number | undefined): boolean {
  if (isListedType(type)) return bedrockErrorTypes[type].retryable;
  return status !== undefined && isRetryableStatus(status);
}
