/**
 * The Amazon eventstream codec of Bedrock's ConverseStream, for browsers, edge runtimes and Node alike: typed events
 * from reply bytes, reply bytes from events, the Converse reply a stream of events adds up to, and the Bedrock error
 * classes both sides share.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html
 */
export { accumulateConverseStream } from './accumulate/accumulate-converse-stream.js';
export { ConverseAccumulator } from './accumulate/converse-accumulator.js';
export { defaultMaxFrameBytes } from './codec/event-stream-codec.js';
export { type ConverseEventBatch, isConverseEventBatch } from './converse-event-batch.js';
export type { ByteSource } from './decode/byte-source.js';
export { ConverseBatchDecoder } from './decode/converse-batch-decoder.js';
export { type DecodeConverseStreamOptions, decodeConverseStream } from './decode/decode-converse-stream.js';
export { decodeConverseStreamBatches } from './decode/decode-converse-stream-batches.js';
export { type EncodeConverseEventOptions, encodeConverseEvent } from './encode/encode-converse-event.js';
export { encodeConverseEventBatch } from './encode/encode-converse-event-batch.js';
export { encodeConverseException } from './encode/encode-converse-exception.js';
export { type EncodeConverseStreamOptions, encodeConverseStream } from './encode/encode-converse-stream.js';
export { maximumPaddingLength, minimumPaddingLength, paddingAlphabet } from './encode/padding.js';
export * from './errors/index.js';
