import type { ConverseEventBatch } from '@heimdall/eventstream';
import type { TokenUsage } from '@heimdall/spec';
import type { UpstreamControl } from '../streaming/upstream-control.js';

/** A whole reply: one body, with what the request's log line records of it. */
export interface BodyReply {
  kind: 'body';
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The upstream request, let go of once the body is ready. */
  upstream?: UpstreamControl;
  usage?: TokenUsage | undefined;
  stopReason?: string | undefined;
}

/** A streamed reply: the upstream's events, batch by batch, still to be written. */
export interface EventsReply {
  kind: 'events';
  headers: Record<string, string>;
  events: AsyncIterable<ConverseEventBatch>;
  /** The upstream request the events are read from: stopped when the reply ends early. */
  upstream: UpstreamControl;
}

/** What a handler returns; `respond()` turns it into the response. */
export type HandlerReply = BodyReply | EventsReply;
