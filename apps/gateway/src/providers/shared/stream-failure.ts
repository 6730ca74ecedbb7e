import { HeimdallError, ModelStreamErrorException } from '@heimdall/eventstream';
import { redactSecrets } from './redact-secrets.js';
import { UpstreamIdleTimeout } from './upstream-idle-timeout.js';

/**
 * What a client sees when an upstream fails after its reply began: a {@link ModelStreamErrorException} saying how
 * (cut off, silent for too long), or the adapter's own error when it already is a Bedrock one.
 */
export function toStreamFailure(
  error: unknown,
  provider: string,
  secrets: readonly string[],
  idleMs: number,
): HeimdallError {
  if (error instanceof HeimdallError) {
    return error;
  }
  if (error instanceof UpstreamIdleTimeout) {
    return new ModelStreamErrorException({
      message: `${provider}: the upstream sent nothing for ${idleMs} ms`,
      cause: error,
    });
  }
  const detail = error instanceof Error ? ((error as { code?: string }).code ?? error.message) : String(error);
  return new ModelStreamErrorException({
    message: `${provider}: the upstream connection failed mid-reply (${redactSecrets(detail, secrets)})`,
    cause: error,
  });
}
