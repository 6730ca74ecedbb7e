import { InternalServerException, ServiceUnavailableException } from '@heimdall/eventstream';
import type { ConverseResponse } from '@heimdall/spec';
import type { Redact } from '../shared/redact-secrets.js';
import { toStreamFailure } from '../shared/stream-failure.js';
import { UpstreamFailure } from '../shared/upstream-failure.js';
import { maxUpstreamMessageBytes } from '../shared/upstream-limits.js';

/**
 * Bedrock's Converse reply as Bedrock gave it, every field kept, fields this version does not know included. It is
 * checked only for the members every reply has (`output.message`, `stopReason`, `usage`, `metrics`), so that a
 * proxy's page or a cut-off body is an error rather than a broken reply sent on to the client. A reply larger than
 * {@link maxUpstreamMessageBytes} is refused as soon as it grows past the limit.
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html#API_runtime_Converse_ResponseSyntax
 */
export async function readConverseResponse({
  body,
  provider,
  redact,
  idleMs,
}: {
  body: AsyncIterable<Uint8Array>;
  provider: string;
  redact: Redact;
  idleMs: number;
}): Promise<ConverseResponse> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for await (const chunk of body) {
      length += chunk.byteLength;
      // Leaving the loop stops the read and lets the connection go.
      if (length > maxUpstreamMessageBytes) break;
      chunks.push(chunk);
    }
  } catch (error) {
    // Nothing reached the client yet, so a reply cut off on the way is worth another try.
    const cause = toStreamFailure(error, provider, redact, idleMs);
    throw new UpstreamFailure({
      error: new ServiceUnavailableException({ message: cause.message, cause: error }),
      retryable: true,
    });
  }
  if (length > maxUpstreamMessageBytes) {
    throw notAConverseResponse(
      provider,
      `it is larger than ${maxUpstreamMessageBytes} bytes, the most the gateway reads`,
    );
  }
  const text = Buffer.concat(chunks).toString('utf8');
  let reply: unknown;
  try {
    reply = JSON.parse(text);
  } catch {
    throw notAConverseResponse(provider, 'it is not JSON');
  }
  const problem = missingMember(reply);
  if (problem !== undefined) throw notAConverseResponse(provider, problem);
  return reply as ConverseResponse;
}

function missingMember(reply: unknown): string | undefined {
  if (!isObject(reply)) return 'it is not a JSON object';
  if (!isObject(reply.output) || !isObject(reply.output.message)) return 'it has no output.message';
  if (typeof reply.stopReason !== 'string') return 'it has no stopReason';
  if (!isObject(reply.usage)) return 'it has no usage';
  if (!isObject(reply.metrics)) return 'it has no metrics';
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function notAConverseResponse(provider: string, problem: string): UpstreamFailure {
  return new UpstreamFailure({
    error: new InternalServerException({
      message: `${provider}: the upstream's Converse reply is unusable: ${problem}`,
    }),
    retryable: false,
  });
}
