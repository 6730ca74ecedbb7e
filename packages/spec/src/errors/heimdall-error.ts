/** What every Heimdall error is built from. */
export interface HeimdallErrorOptions {
  /** The Bedrock error type in PascalCase, e.g. `ThrottlingException`; also the error's `name`. */
  type: string;
  /** What went wrong, for a person to read. */
  message: string;
  /**
   * The HTTP status of the error type: the response status for an error sent before a stream, the status Bedrock's
   * model assigns the type for an exception inside a stream, `undefined` where none applies.
   */
  status?: number | undefined;
  /** The `x-amzn-requestid` of the reply the error belongs to. */
  requestId?: string | undefined;
  /** The error this one stands for, kept for logs; never sent to a client. */
  cause?: unknown;
}

/**
 * The base of every error the Heimdall client, gateway and eventstream codec raise. Subclasses stand for the
 * Bedrock error types; an error type Heimdall does not know is a plain `HeimdallError` carrying the type name.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html#API_runtime_ConverseStream_Errors
 */
export class HeimdallError extends Error {
  /** The Bedrock error type, e.g. `ThrottlingException`. */
  readonly type: string;
  /** The HTTP status of the error type, when one applies. */
  readonly status: number | undefined;
  /** The request id of the failed reply, when known. */
  readonly requestId: string | undefined;

  constructor({ type, message, status, requestId, cause }: HeimdallErrorOptions) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = type;
    this.type = type;
    this.status = status;
    this.requestId = requestId;
  }
}
