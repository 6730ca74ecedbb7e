import { randomUUID } from 'node:crypto';

/** A request id shaped like Bedrock's `x-amzn-requestid`: a UUID. */
export function createRequestId(): string {
  return randomUUID();
}
