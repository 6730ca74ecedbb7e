import { ValidationException } from '@heimdall/eventstream';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/**
 * Refuses request bodies over `maxBytes` with a ValidationException. A declared Content-Length is checked without
 * touching the body, which keeps the fast path of reading it whole later; a chunked body is counted as it streams.
 */
export function bodySizeLimit(maxBytes: number): MiddlewareHandler {
  const tooLarge = () =>
    new ValidationException({ message: `The request body is larger than the gateway's limit of ${maxBytes} bytes` });
  const streamed = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw tooLarge();
    },
  });
  return async (context, next) => {
    const declared = context.req.header('content-length');
    if (declared === undefined) return streamed(context, next);
    if (Number(declared) > maxBytes) throw tooLarge();
    await next();
  };
}
