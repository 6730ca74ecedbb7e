import {
  ConverseBatchDecoder,
  type ConverseEventBatch,
  EventStreamDecodeError,
  HeimdallError,
  ModelStreamErrorException,
} from '@heimdall/eventstream';
import type { Redact } from '../shared/redact-secrets.js';
import { startingWith } from '../shared/starting-with.js';
import { toStreamFailure } from '../shared/stream-failure.js';
import { translateBody } from '../shared/translate-body.js';
import type { BodyTranslation, UpstreamBody } from '../shared/upstream-body.js';
import { UpstreamFailure } from '../shared/upstream-failure.js';
import { maxUpstreamMessageBytes } from '../shared/upstream-limits.js';
import { isRetryableBedrockError } from './bedrock-retry-policy.js';
import { asPreStreamError, asStreamException, redactUpstreamError } from './bedrock-upstream-errors.js';

/** What reading one Bedrock stream needs to know. */
export interface BedrockStreamSource {
  body: AsyncIterable<Uint8Array> | UpstreamBody;
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
 * forwards byte for byte (every field, known or not, stays), decoded as each chunk arrives. An exception frame
 * comes out as the typed Bedrock error it names, its texts redacted; the gateway encodes that error as a new
 * exception frame, so the upstream's own bytes never reach the client. A cut connection, a corrupt or oversized
 * frame or a stream that ends before `messageStop` is a {@link ModelStreamErrorException}: never a quiet end. After
 * the first batch (which the client gets before the failure), an upstream exception becomes one a ConverseStream
 * may carry.
 */
function bedrockStreamTranslation(source: BedrockStreamSource): BodyTranslation<ConverseEventBatch> {
  // The frames go to the client as they came: their deltas are parsed only if something reads them (a logged body,
  // the text count of a metered stream whose client left).
  const decoder = new ConverseBatchDecoder({
    requestId: source.upstreamRequestId,
    maxFrameBytes: maxUpstreamMessageBytes,
    lazyDeltas: true,
  });
  let started = false;
  let stopped = false;
  const failure = (error: unknown) => asStarted(asReadFailure(error, source), started);
  return {
    chunk(bytes, emit) {
      try {
        decoder.push(bytes, (batch) => {
          if (!stopped) for (const event of batch.events) if ('messageStop' in event) stopped = true;
          started = true;
          emit(batch);
        });
      } catch (error) {
        throw failure(error);
      }
    },
    end() {
      try {
        decoder.finish();
      } catch (error) {
        throw failure(error);
      }
      if (!stopped) {
        throw asStarted(
          new ModelStreamErrorException({
            message: `${source.provider}: the upstream stream ended before messageStop`,
          }),
          started,
        );
      }
    },
    failure,
  };
}

/** What a failure to read the stream tells the client: a corrupt stream, the upstream's own error, a cut. */
function asReadFailure(error: unknown, { provider, redact, idleMs }: BedrockStreamSource): unknown {
  if (error instanceof EventStreamDecodeError) {
    return new ModelStreamErrorException({
      message: `${provider}: the upstream sent a corrupt event stream (${error.message})`,
      cause: error,
    });
  }
  if (error instanceof HeimdallError) return redactUpstreamError(error, redact);
  return toStreamFailure(error, provider, redact, idleMs);
}

/** Once the stream has begun, an upstream exception becomes one a ConverseStream may carry. */
const asStarted = (error: unknown, started: boolean) =>
  started && error instanceof HeimdallError ? asStreamException(error) : error;

/**
 * Opens a Bedrock stream and waits for its first frames before handing them over. Bedrock sends some failures
 * (throttling above all) as the very first frame; read there, they become an {@link UpstreamFailure} that the
 * gateway can still retry or answer with a fallback, since the client has seen nothing yet. The AWS SDKs read the
 * first frame before returning, for the same reason.
 */
export async function openBedrockStream(source: BedrockStreamSource): Promise<AsyncIterable<ConverseEventBatch>> {
  const events = translateBody(source.body, bedrockStreamTranslation(source))[Symbol.asyncIterator]();
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
  return startingWith(first, events);
}
