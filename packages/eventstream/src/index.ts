/**
 * The Amazon eventstream codec of Bedrock's ConverseStream, for browsers, edge runtimes and Node alike: typed events
 * from reply bytes, reply bytes from events, and the Bedrock error classes both sides share.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html
 */
export { defaultMaxFrameBytes } from './codec/event-stream-codec.js';
export type { ByteSource } from './decode/byte-source.js';
export { type DecodeConverseStreamOptions, decodeConverseStream } from './decode/decode-converse-stream.js';
export * from './errors/index.js';
