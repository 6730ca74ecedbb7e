import { bedrockErrorTypes } from '@heimdall/spec';

/**
 * The status of `ModelStreamErrorException`, which is only ever sent inside a stream and so has no error response
 * of its own: the one the spec gives it, after Bedrock's service model.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html
 */
export const modelStreamErrorStatus = bedrockErrorTypes.ModelStreamErrorException.status;
