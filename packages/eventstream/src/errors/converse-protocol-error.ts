import { HeimdallError } from '@heimdall/spec/errors';

/** What a {@link ConverseProtocolError} is built from. */
export interface ConverseProtocolErrorOptions {
  message: string;
  /** The HTTP status of the reply, when the problem is in a reply. */
  status?: number | undefined;
  /** The `x-amzn-requestid` of the reply, when known. */
  requestId?: string | undefined;
  cause?: unknown;
}

/**
 * A reply or a sequence of events that breaks the Converse protocol: a success reply that is not an event stream or
 * not JSON, a stream that ends before its `messageStop` and `metadata` events, events that contradict each other
 * (a tool-use delta for a text block, a block started twice), or a tool call whose input is not JSON.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html
 */
export class ConverseProtocolError extends HeimdallError {
  constructor({ message, status, requestId, cause }: ConverseProtocolErrorOptions) {
    super({ type: 'ConverseProtocolError', message, status, requestId, cause });
  }
}
