/**
 * A typed client of the Converse and ConverseStream operations of a Heimdall gateway or of Amazon Bedrock, for any
 * JavaScript runtime with `fetch` and web streams: events arrive as typed values, errors as Bedrock's error classes.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html
 */

export {
  accumulateConverseStream,
  ConverseAccumulator,
  ConverseProtocolError,
  type ConverseProtocolErrorOptions,
  EventStreamDecodeError,
} from '@heimdall/eventstream';
export type {
  BedrockConverseRequest,
  ConverseResponse,
  ConverseStreamEvent,
  CreateCustomerRequest,
  CreateTeamRequest,
  CreateVirtualKeyRequest,
  Customer,
  Team,
  UpdateCustomerRequest,
  UpdateTeamRequest,
  UpdateVirtualKeyRequest,
  VirtualKey,
  VirtualKeyQuota,
} from '@heimdall/spec';
// The Bedrock error classes, as the spec generates them: the list of types is the spec's, not restated here.
export * from '@heimdall/spec/errors';
export { collectText, textDeltas } from './accumulate/text-deltas.js';
export type {
  ConverseOptions,
  ConverseStreamOptions,
  HeadersLike,
  HeimdallClient,
  HeimdallClientOptions,
} from './client/client-options.js';
export { createHeimdallClient } from './client/create-heimdall-client.js';
export type { GovernanceClient } from './client/governance-client.js';
export type { ConverseRoutePrefix } from './client/route-prefix.js';
export { ConverseStream, type ConverseStreamIterator } from './stream/converse-stream.js';
