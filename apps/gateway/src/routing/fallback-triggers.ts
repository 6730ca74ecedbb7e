import type { HeimdallError } from '@heimdall/eventstream';
import type { BedrockErrorType } from '@heimdall/spec/errors';

/**
 * The kinds of failure before a reply begins that a route may answer with its next target, and the Bedrock error
 * types each one covers. A failure of the request itself (a bad request, a refused key, an unknown model) is none of
 * them by default: the next target would most likely refuse it too.
 */
export const fallbackTriggers = {
  // An upstream account's quota spent (Bedrock's ServiceQuotaExceededException) is another provider's chance; the
  // gateway's own budgets refuse before any attempt, so they never get here.
  throttled: ['ThrottlingException', 'ModelNotReadyException', 'ServiceQuotaExceededException'],
  'server-error': ['InternalServerException', 'ServiceUnavailableException', 'ModelErrorException'],
  timeout: ['ModelTimeoutException'],
  // The stream failed in its first frame, before anything reached the client.
  'stream-error': ['ModelStreamErrorException'],
  'bad-request': ['ValidationException', 'ResourceNotFoundException', 'UnknownOperationException'],
  'access-denied': ['AccessDeniedException'],
} as const satisfies Record<string, readonly BedrockErrorType[]>;

export type FallbackTrigger = keyof typeof fallbackTriggers;

export const fallbackTriggerNames = Object.keys(fallbackTriggers) as FallbackTrigger[];

/** What a route falls back on when it does not say. */
export const defaultFallbackTriggers: readonly FallbackTrigger[] = [
  'throttled',
  'server-error',
  'timeout',
  'stream-error',
];

/** Whether an attempt that failed with `error` is one of `triggers`. */
export function triggersFallback(error: HeimdallError, triggers: readonly FallbackTrigger[]): boolean {
  return triggers.some((trigger) => (fallbackTriggers[trigger] as readonly string[]).includes(error.type));
}
