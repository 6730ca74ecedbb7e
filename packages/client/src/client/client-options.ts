import type { BedrockConverseRequest, ConverseResponse } from '@heimdall/spec';
import type { ConverseStream } from '../stream/converse-stream.js';
import type { GovernanceClient } from './governance-client.js';
import type { ConverseRoutePrefix } from './route-prefix.js';

/**
 * Request headers in any form `new Headers()` takes: a record, a list of pairs or a `Headers`. Named through
 * `Headers` rather than the DOM's `HeadersInit`, which projects typed for Node alone do not have.
 */
export type HeadersLike = ConstructorParameters<typeof Headers>[0];

/** Options of {@link createHeimdallClient}. */
export interface HeimdallClientOptions {
  /** Where the gateway (or Amazon Bedrock, e.g. `https://bedrock-runtime.us-east-1.amazonaws.com`) answers. */
  baseUrl: string;
  /** A gateway key or an Amazon Bedrock API key, sent as `Authorization: Bearer`. */
  apiKey?: string;
  /** A gateway virtual key, sent as `x-bf-vk`. */
  virtualKey?: string;
  /** An admin key of the gateway, sent as `Authorization: Bearer` with the management API's calls only. */
  adminKey?: string;
  /** The `fetch` to send requests with; `globalThis.fetch` by default. */
  fetch?: (request: Request) => Promise<Response>;
  /** Headers sent with every request. */
  headers?: HeadersLike;
  /** The route prefix of every call, e.g. `/litellm`; `''` (Amazon Bedrock's own paths) by default. */
  prefix?: ConverseRoutePrefix;
}

/** Options of one `converse` call. */
export interface ConverseOptions {
  /** Aborts the request. */
  signal?: AbortSignal;
  /** The route prefix of this call, instead of the client's. */
  prefix?: ConverseRoutePrefix;
  /** Headers of this call, added to the client's. */
  headers?: HeadersLike;
}

/** Options of one `converseStream` call; aborting the signal mid-stream closes the connection. */
export type ConverseStreamOptions = ConverseOptions;

/** A client of the Converse operations of a Heimdall gateway or of Amazon Bedrock. */
export interface HeimdallClient {
  /**
   * Sends a ConverseStream request at once and returns its events as they arrive.
   *
   * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html
   */
  converseStream(modelId: string, request: BedrockConverseRequest, options?: ConverseStreamOptions): ConverseStream;
  /**
   * Sends a Converse request and resolves to the whole reply.
   *
   * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html
   */
  converse(modelId: string, request: BedrockConverseRequest, options?: ConverseOptions): Promise<ConverseResponse>;
  /** The gateway's management API: virtual keys, teams, customers, and a key's own quota. */
  governance: GovernanceClient;
}
