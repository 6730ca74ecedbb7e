import type { ServerResponse } from 'node:http';
import type { Http2ServerResponse } from 'node:http2';

/** Where a streamed reply's bytes go, with the back pressure of what is behind it. */
export interface ByteSink {
  /** Writes bytes; false when the sink wants no more until it calls back through {@link ByteSink.onDrain}. */
  write(bytes: Uint8Array): boolean;
  /** Calls back once, when the sink takes more after a `write` that returned false. */
  onDrain(callback: () => void): void;
  /** Calls back once, when the reader goes away before the reply has ended. */
  onClose(callback: () => void): void;
  /** The reply is complete. */
  end(): void;
  /** The reply cannot be completed: the connection goes. */
  abort(error: unknown): void;
}

/**
 * Node's own response (HTTP/1.1 or HTTP/2) as a sink, written directly: the status and headers go out with the
 * first bytes, in the same write, and every batch is one write on the socket.
 */
export function responseSink(
  outgoing: ServerResponse | Http2ServerResponse,
  status: number,
  headers: Record<string, string>,
): ByteSink {
  // The two responses share these methods, with signatures TypeScript cannot unite.
  const response = outgoing as ServerResponse;
  response.writeHead(status, headers);
  return {
    write: (bytes) => response.write(bytes),
    onDrain: (callback) => void response.once('drain', callback),
    onClose(callback) {
      if (response.destroyed) {
        queueMicrotask(callback);
        return;
      }
      response.once('close', () => {
        if (!response.writableFinished) callback();
      });
    },
    end: () => void response.end(),
    abort: (error) => void response.destroy(error instanceof Error ? error : new Error(String(error))),
  };
}

/**
 * A web stream as a sink, for callers of the app's `fetch` that are not Node's server (tests, other runtimes).
 * Pull-based (`highWaterMark: 0`): each write waits for the reader's next pull.
 */
export function webStreamSink(): { sink: ByteSink; body: ReadableStream<Uint8Array> } {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let drain: (() => void) | undefined;
  let close: (() => void) | undefined;
  let closed = false;
  const body = new ReadableStream<Uint8Array>(
    {
      start(streamController) {
        controller = streamController;
      },
      pull() {
        const callback = drain;
        drain = undefined;
        callback?.();
      },
      cancel() {
        closed = true;
        close?.();
      },
    },
    { highWaterMark: 0 },
  );
  const sink: ByteSink = {
    write(bytes) {
      if (closed) return true;
      controller.enqueue(bytes);
      return (controller.desiredSize ?? 0) > 0;
    },
    onDrain(callback) {
      drain = callback;
    },
    onClose(callback) {
      close = callback;
    },
    end() {
      if (closed) return;
      closed = true;
      controller.close();
    },
    abort(error) {
      if (closed) return;
      closed = true;
      controller.error(error);
    },
  };
  return { sink, body };
}
