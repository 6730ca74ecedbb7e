import { ValidationException } from '@heimdall/eventstream';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

const tooLarge = (maxBytes: number) =>
  new ValidationException({ message: `The request body is larger than the gateway's limit of ${maxBytes} bytes` });

/**
 * Refuses request bodies over `maxBytes` with a ValidationException. A declared Content-Length is checked without
 * touching the body, which keeps the fast path of reading it whole later; a chunked body is counted as it streams.
 */
export function bodySizeLimit(maxBytes: number): MiddlewareHandler {
  const streamed = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw tooLarge(maxBytes);
    },
  });
  return async (context, next) => {
    const declared = context.req.header('content-length');
    if (declared === undefined) return streamed(context, next);
    if (Number(declared) > maxBytes) throw tooLarge(maxBytes);
    await next();
  };
}

/**
 * Reads the whole request body, but never more than `maxBytes` of it: for checks that need the body before the
 * caller is known (a SigV4 signature covers the body's hash), so that a stranger's upload costs at most the limit.
 * The body read stays readable for the handlers after it.
 */
export async function readBodyWithinLimit(context: Context, maxBytes: number): Promise<Uint8Array> {
  const declared = context.req.header('content-length');
  if (declared !== undefined && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  const body = context.req.raw.body;
  if (!body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    size += next.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(next.value);
  }
  const bytes = Buffer.concat(chunks, size);
  context.req.raw = new Request(context.req.raw, { body: bytes });
  return bytes;
}
