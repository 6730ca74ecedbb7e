import {
  type ConverseEventBatch,
  decodeConverseStreamBatches,
  EventStreamDecodeError,
  HeimdallError,
  ModelStreamErrorException,
} from '@heimdall/eventstream';
import type { Redact } from '../shared/redact-secrets.js';
import { toStreamFailure } from '../shared/stream-failure.js';
import { UpstreamFailure } from '../shared/upstream-failure.js';
import { maxUpstreamMessageBytes } from '../shared/upstream-limits.js';
import { isRetryableBedrockError } from './bedrock-retry-policy.js';
import { asPreStreamError, asStreamException, redactUpstreamError } from './bedrock-upstream-errors.js';

/** What reading one Bedrock stream needs to know. */
export interface BedrockStreamSource {
  body: AsyncIterable<Uint8Array>;
  /** Names the provider in error messages. */
  provider: string;
  /** Takes every secret out of what the upstream says in an exception frame. */
  redact: Redact;
  idleMs: number;
  /** Bedrock's `x-amzn-requestid` of the reply, carried by the errors the stream raises. */
  upstreamRequestId: string | undefined;
}

/**
 * Bedrock's events exactly as Bedrock sent them, batch by batch with the frames they came in, which the gateway
 * forwards byte for byte (every field, known or not, stays). An exception frame comes out as the typed Bedrock
 * error it names, its texts redacted; the gateway encodes that error as a new exception frame, so the upstream's
 * own bytes never reach the client. A cut connection, a corrupt or oversized frame or a stream that ends before
 * `messageStop` is a {@link ModelStreamErrorException}: never a quiet end.
 */
async function* bedrockStreamBatches(source: BedrockStreamSource): AsyncGenerator<ConverseEventBatch> {
  const { provider, redact, idleMs } = source;
  let stopped = false;
  try {
    for await (const batch of decodeConverseStreamBatches(source.body, {
      requestId: source.upstreamRequestId,
      maxFrameBytes: maxUpstreamMessageBytes,
    })) {
      if (batch.events.some((event) => 'messageStop' in event)) stopped = true;
      yield batch;
    }
  } catch (error) {
    if (error instanceof EventStreamDecodeError) {
      throw new ModelStreamErrorException({
        message: `${provider}: the upstream sent a corrupt event stream (${error.message})`,
        cause: error,
      });
    }
    if (error instanceof HeimdallError) throw redactUpstreamError(error, redact);
    throw toStreamFailure(error, provider, redact, idleMs);
  }
  if (!stopped) {
    throw new ModelStreamErrorException({ message: `${provider}: the upstream stream ended before messageStop` });
  }
}

/** The first batch, then the rest, whose upstream exceptions become exceptions a ConverseStream may carry. */
async function* startingWith(
  first: ConverseEventBatch,
  rest: AsyncGenerator<ConverseEventBatch>,
): AsyncGenerator<ConverseEventBatch> {
  yield first;
  try {
    yield* rest;
  } catch (error) {
    throw error instanceof HeimdallError ? asStreamException(error) : error;
  }
}

/**
 * Opens a Bedrock stream and waits for its first frames before handing them over. Bedrock sends some failures
 * (throttling above all) as the very first frame; read there, they become an {@link UpstreamFailure} that the
 * gateway can still retry or answer with a fallback, since the client has seen nothing yet. The AWS SDKs read the
 * first frame before returning, for the same reason.
 */
export async function openBedrockStream(source: BedrockStreamSource): Promise<AsyncIterable<ConverseEventBatch>> {
  const events = bedrockStreamBatches(source);
  let first: IteratorResult<ConverseEventBatch>;
  try {
    first = await events.next();
  } catch (error) {
    if (!(error instanceof HeimdallError)) throw error;
    throw new UpstreamFailure({
      error: asPreStreamError(error),
      retryable: isRetryableBedrockError(error.type, error.status),
    });
  }
  // The generator only ends without an event by throwing: an empty stream has no messageStop.
  if (first.done) throw new Error('A Bedrock stream ended without an event or an error');
  return startingWith(first.value, events);
}
