import { UnknownOperationException, ValidationException } from '@heimdall/eventstream';
import { HTTPException } from 'hono/http-exception';
import type { Ingress } from '../../app/ingress.js';
import { createResponder } from '../../app/respond.js';
import { bedrockStreamEncoding } from './bedrock-stream-encoding.js';
import { createConverseHandler } from './converse-handler.js';
import { createConverseStreamHandler } from './converse-stream-handler.js';
import { errorResponse, toClientError } from './error-response.js';
import { validationMessage } from './validation-message.js';

/** Hono's own HTTP errors (a body that is not JSON, a wrong content type) as Bedrock's ValidationException. */
function fromHttpException(error: HTTPException): ValidationException {
  if (error.status === 415) {
    return new ValidationException({
      message: 'The request body must be JSON, sent with Content-Type: application/json',
    });
  }
  const detail = error.message || 'the request could not be read';
  return new ValidationException({
    message: /json/i.test(detail) ? `The request body is not valid JSON (${detail})` : detail,
  });
}

const converseRoutesHint =
  'Converse requests go to /model/{modelId}/converse-stream, optionally under /bedrock, /pydanticai/bedrock, /pydanticai, /langchain or /litellm';

/**
 * Amazon Bedrock's Converse and ConverseStream, as the AWS SDKs, boto3 and everything built on them speak it:
 * eventstream frames for a stream, Bedrock's error types in `x-amzn-errortype` and its error body.
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html
 */
export const bedrockIngress: Ingress = {
  requestIdHeader: 'x-amzn-requestid',
  createHandlers: (dependencies) => {
    const respond = createResponder(dependencies, bedrockStreamEncoding);
    const converse = createConverseHandler(dependencies);
    const converseStream = createConverseStreamHandler(dependencies);
    return {
      converse: async (context) => respond(context, await converse(context)),
      converseStream: async (context) => respond(context, await converseStream(context)),
    };
  },
  clientError: (error, requestId) =>
    toClientError(error instanceof HTTPException ? fromHttpException(error) : error, requestId),
  invalidRequest: (issues) => new ValidationException({ message: validationMessage(issues) }),
  unknownOperation: (method, path, hint = converseRoutesHint) =>
    // The type AWS services answer unknown paths with.
    new UnknownOperationException({ message: `No operation at ${method} ${path}: ${hint}` }),
  errorResponse,
};
