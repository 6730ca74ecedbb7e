import type { ConverseStreamEvent } from '@heimdall/spec';
import type { ByteSource } from './byte-source.js';
import { type DecodeConverseStreamOptions, decodeConverseStreamBatches } from './decode-converse-stream-batches.js';

export type { DecodeConverseStreamOptions };

/**
 * Reads a ConverseStream reply body (`application/vnd.amazon.eventstream`) as typed events. Chunks may be cut
 * anywhere; every frame's CRCs are checked. Each event is the frame's JSON payload under its `:event-type`, without
 * the `p` padding; fields this version does not know are kept, event types it does not know are skipped.
 *
 * Fails with the typed Bedrock error of an exception or error frame (`ThrottlingException`,
 * `ModelStreamErrorException`, …), and with {@link EventStreamDecodeError} for a corrupt, oversized or truncated
 * stream; it never ends quietly after a failure. Stopping early (`break`, `return()`) cancels the source, which
 * aborts the request underneath. The source is opened on the first read.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html
 * @see https://smithy.io/2.0/aws/amazon-eventstream.html
 */
export async function* decodeConverseStream(
  source: ByteSource,
  options: DecodeConverseStreamOptions = {},
): AsyncGenerator<ConverseStreamEvent, void, undefined> {
  for await (const batch of decodeConverseStreamBatches(source, options)) yield* batch.events;
}
