import {
  createHeimdallError,
  type HeimdallError,
  ModelErrorException,
  ModelStreamErrorException,
} from '@heimdall/eventstream';
import type { Redact } from '../shared/redact-secrets.js';
import { preStreamErrorType, streamExceptionType } from './bedrock-error-types.js';

/** The members of an upstream error worth carrying on: the status and message the model returned. */
function originalFields(error: HeimdallError): Record<string, unknown> {
  if (error instanceof ModelStreamErrorException) {
    return { originalStatusCode: error.originalStatusCode, originalMessage: error.originalMessage };
  }
  if (error instanceof ModelErrorException) {
    return { originalStatusCode: error.originalStatusCode, resourceName: error.resourceName };
  }
  return {};
}

/**
 * An error a Bedrock upstream sent in an exception frame, with every text of it redacted: its message and the
 * model's original message. Built anew rather than changed, and without the original as its cause, so that the
 * upstream's words are nowhere on it.
 */
export function redactUpstreamError(error: HeimdallError, redact: Redact): HeimdallError {
  const fields = originalFields(error);
  if (typeof fields.originalMessage === 'string') fields.originalMessage = redact(fields.originalMessage);
  return createHeimdallError({
    type: error.type,
    message: redact(error.message),
    status: error.status,
    requestId: error.requestId,
    fields,
  });
}

/** An upstream's exception as the stream exception of a type the spec allows inside a ConverseStream. */
export function asStreamException(error: HeimdallError): HeimdallError {
  const type = streamExceptionType(error.type);
  if (type === error.type) return error;
  return createHeimdallError({
    type,
    message: error.message,
    requestId: error.requestId,
    fields: originalFields(error),
  });
}

/**
 * An upstream's exception that came before any event, as the error reply the gateway answers with: a type the spec
 * lists for replies before a stream, with that type's status.
 */
export function asPreStreamError(error: HeimdallError): HeimdallError {
  const type = preStreamErrorType(error.type, error.status);
  if (type === error.type) return error;
  return createHeimdallError({
    type,
    message: error.message,
    requestId: error.requestId,
    fields: originalFields(error),
  });
}
