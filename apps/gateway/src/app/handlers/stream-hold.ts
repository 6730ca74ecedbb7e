import { HeimdallError } from '@heimdall/eventstream';
import type { RequestRecord } from '../../logging/request-record.js';
import type { GatewayDependencies } from '../gateway-context.js';

/** How a streamed reply ended: read to its end, failed (`error`), or stopped early by its reader (`cancelled`). */
export interface StreamOutcome {
  error?: unknown;
  cancelled?: boolean;
}

export interface StreamHold {
  /** Lets go of everything the stream holds; only the first call counts. */
  end(outcome: StreamOutcome): void;
}

/**
 * Takes what a streamed reply holds until it ends — its place in the open-streams gauge, the watch on the client's
 * connection, the upstream request with its socket, the request's log line — and gives one `end` that lets go of
 * all of it, once, however the stream ends: completed, failed at any stage, cancelled by the client, or never
 * started because building the response failed. Each release runs even when one before it throws.
 */
export function holdStream(options: {
  record: RequestRecord;
  /** The gateway's count of streams in flight (the open-streams gauge, and what shutdown waits for). */
  streams: GatewayDependencies['streams'];
  /** The client's request signal: a stream that stops because the client left is not a failure. */
  clientSignal: AbortSignal;
  release: () => void;
  abortUpstream: (reason: unknown) => void;
}): StreamHold {
  const { record, streams, clientSignal } = options;
  record.deferred = true;
  let ended = false;
  const end = ({ error, cancelled }: StreamOutcome) => {
    if (ended) return;
    ended = true;
    try {
      options.release();
      // An upstream reply not read to its end is let go of now, not when its idle timer fires.
      if (error !== undefined || cancelled) options.abortUpstream(error ?? new Error('The stream was cancelled'));
    } finally {
      try {
        streams.closed();
      } finally {
        if (cancelled || clientSignal.aborted) {
          record.finish({ status: 200, clientClosed: true });
        } else if (error !== undefined) {
          const type = error instanceof HeimdallError ? error.type : 'InternalServerException';
          record.finish({
            status: 200,
            error: { type, message: error instanceof Error ? error.message : String(error) },
          });
        } else {
          record.finish({ status: 200 });
        }
      }
    }
  };
  try {
    streams.opened();
  } catch (error) {
    end({ error });
    throw error;
  }
  return { end };
}
