import { HeimdallError, ModelStreamErrorException } from '@heimdall/eventstream';
import type { Redact } from './redact-secrets.js';
import { UpstreamIdleTimeout } from './upstream-idle-timeout.js';
import { UpstreamMessageTooLarge } from './upstream-message-too-large.js';

/**
 * What a client sees when an upstream fails after its reply began: a {@link ModelStreamErrorException} saying how
 * (cut off, silent for too long, a message too large to read), or the adapter's own error when it already is a Bedrock one.
 */
export function toStreamFailure(error: unknown, provider: string, redact: Redact, idleMs: number): HeimdallError {
  if (error instanceof HeimdallError) {
    return error;
  }
  if (error instanceof UpstreamIdleTimeout) {
    return new ModelStreamErrorException({
      message: `${provider}: the upstream sent nothing for ${idleMs} ms`,
      cause: error,
    });
  }
  if (error instanceof UpstreamMessageTooLarge) {
    return new ModelStreamErrorException({
      message: `${provider}: the upstream sent ${error.what} of more than ${error.limitBytes} bytes, the most the gateway reads`,
      cause: error,
    });
  }
  const detail = error instanceof Error ? ((error as { code?: string }).code ?? error.message) : String(error);
  return new ModelStreamErrorException({
    message: `${provider}: the upstream connection failed mid-reply (${redact(detail)})`,
    cause: error,
  });
}
