import { createHeimdallError, type HeimdallError } from '@heimdall/eventstream';
import { bedrockErrorTypeByStatus } from '@heimdall/spec';

/** The error type the spec gives each status it answers with: 429 → ThrottlingException, … */
const typeByStatus: Readonly<Record<number, string>> = bedrockErrorTypeByStatus;

/**
 * Upstream statuses the spec does not answer with, and the spec status whose error type fits them.
 * Statuses in neither table: other 4xx are a ValidationException, other 5xx an InternalServerException.
 */
const specStatusOf: Readonly<Record<number, number>> = {
  401: 403,
  413: 400,
  422: 400,
  502: 503,
  504: 408,
  /** Anthropic's "overloaded". @see https://docs.anthropic.com/en/api/errors */
  529: 503,
};

/** Statuses where trying the same upstream again may succeed. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/** The Bedrock error for an upstream's HTTP error status, of the type the spec gives that status. */
export function errorForStatus(status: number, message: string): HeimdallError {
  const type =
    typeByStatus[specStatusOf[status] ?? status] ?? (status >= 500 ? 'InternalServerException' : 'ValidationException');
  return createHeimdallError({ type, message });
}
