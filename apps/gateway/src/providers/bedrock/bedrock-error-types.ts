import { normalizeErrorType, streamExceptionMemberName } from '@heimdall/eventstream';
import { bedrockErrorStatuses } from '@heimdall/spec';
import { errorForStatus } from '../shared/status-error-types.js';

/** An error type the spec lets the gateway answer with before a stream, e.g. `ThrottlingException`. */
export type PreStreamErrorType = keyof typeof bedrockErrorStatuses;

/**
 * Types AWS (or a proxy posing as it) sends that Bedrock's model does not list for Converse, and the listed type
 * each one stands for: the signature and token errors every AWS service can answer with, the conflict errors of
 * other Bedrock operations, the names other AWS services use for the same faults.
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/CommonErrors.html
 */
const listedTypeOf: Readonly<Record<string, PreStreamErrorType>> = {
  UnrecognizedClientException: 'AccessDeniedException',
  ExpiredTokenException: 'AccessDeniedException',
  InvalidSignatureException: 'AccessDeniedException',
  IncompleteSignatureException: 'AccessDeniedException',
  MissingAuthenticationTokenException: 'AccessDeniedException',
  InvalidClientTokenId: 'AccessDeniedException',
  SignatureDoesNotMatch: 'AccessDeniedException',
  NotAuthorized: 'AccessDeniedException',
  AccessDenied: 'AccessDeniedException',
  ConflictException: 'ValidationException',
  SerializationException: 'ValidationException',
  ThrottledException: 'ThrottlingException',
  TooManyRequestsException: 'ThrottlingException',
  RequestLimitExceeded: 'ThrottlingException',
  InternalFailure: 'InternalServerException',
  InternalServerError: 'InternalServerException',
  ServiceUnavailable: 'ServiceUnavailableException',
  RequestTimeoutException: 'ModelTimeoutException',
  // Only ever meant for inside a stream; before one, Converse's own word for a failing model.
  ModelStreamErrorException: 'ModelErrorException',
  // The upstream serves no such path: for the client, what it asked for was not found. Sent as it is, it would read
  // as the gateway's own answer to a path it does not serve.
  UnknownOperationException: 'ResourceNotFoundException',
};

const isPreStreamErrorType = (type: string): type is PreStreamErrorType => Object.hasOwn(bedrockErrorStatuses, type);

/**
 * The type the gateway answers with for an upstream error before the stream: the listed type an AWS alias (or a type
 * the gateway keeps for its own answers) stands for, the upstream's own type when the spec lists it, else the type
 * of the HTTP status (a 5xx without a status: `InternalServerException`). Never the upstream's string as sent:
 * clients pick exception classes by it.
 */
export function preStreamErrorType(upstreamType: string | undefined, status: number | undefined): PreStreamErrorType {
  const type = upstreamType === undefined ? undefined : normalizeErrorType(upstreamType);
  const listed = type === undefined ? undefined : listedTypeOf[type];
  if (listed !== undefined) return listed;
  if (type !== undefined && isPreStreamErrorType(type)) return type;
  const byStatus = errorForStatus(status ?? 500, '').type;
  return isPreStreamErrorType(byStatus) ? byStatus : 'InternalServerException';
}

/**
 * The type the gateway sends for an upstream exception inside a stream: one of the spec's stream exceptions. A type
 * Bedrock never streams becomes the stream exception of its listed pre-stream type when there is one
 * (`TooManyRequestsException` → `ThrottlingException`), else `ModelStreamErrorException`: the model's stream failed.
 */
export function streamExceptionType(upstreamType: string): string {
  const type = normalizeErrorType(upstreamType);
  if (streamExceptionMemberName(type)) return type;
  const listed = listedTypeOf[type];
  if (listed !== undefined && streamExceptionMemberName(listed)) return listed;
  return 'ModelStreamErrorException';
}
