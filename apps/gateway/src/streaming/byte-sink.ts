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

/** Past this many bytes waiting to go out, the sink asks for no more until they have (Node's own default). */
const highWaterMark = 16 * 1024;

/**
 * Node's own response (HTTP/1.1 or HTTP/2) as a sink, written directly: the status and headers go out with the
 * first bytes, in the same write, at once. What is written after that while the event loop reads sockets is
 * gathered and goes out in one write once the loop has read them all (`setImmediate`): an upstream whose chunks
 * arrive together, in several reads, costs the client's socket one write (a system call, the dearest part of a
 * chunk), while a chunk that arrives alone goes out as soon as the loop is done with it.
 */
export function responseSink(
  outgoing: ServerResponse | Http2ServerResponse,
  status: number,
  headers: Record<string, string>,
): ByteSink {
  // The two responses share these methods, with signatures TypeScript cannot unite.
  const response = outgoing as ServerResponse;
  // HTTP/2's response has no `destroyed` of its own: its stream's says whether the client has gone.
  const gone = () => response.destroyed === true || (outgoing as Http2ServerResponse).stream?.destroyed === true;
  response.writeHead(status, headers);
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let scheduled: NodeJS.Immediate | undefined;
  let drained: (() => void) | undefined;
  let ended = false;
  let started = false;
  const take = (): Uint8Array | undefined => {
    if (pending.length === 0) return undefined;
    const bytes = pending.length === 1 ? (pending[0] as Uint8Array) : Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    return bytes;
  };
  const flush = () => {
    scheduled = undefined;
    // A client that left takes nothing more; the stream learns of it from 'close'.
    if (gone()) return;
    const bytes = take();
    const ready = bytes === undefined || response.write(bytes);
    const callback = drained;
    if (!callback) return;
    drained = undefined;
    if (ready) callback();
    else response.once('drain', callback);
  };
  return {
    write(bytes) {
      // The first bytes go out at once, with the status and headers: the client's first token waits for nothing.
      if (!started) {
        started = true;
        return response.write(bytes);
      }
      pending.push(bytes);
      pendingBytes += bytes.byteLength;
      scheduled ??= setImmediate(flush);
      return response.writableLength + pendingBytes < highWaterMark;
    },
    onDrain(callback) {
      // Bytes still gathered go out at the flush, which calls back; the first write went out at once, and only the
      // response can say when it has drained.
      if (scheduled) drained = callback;
      else response.once('drain', callback);
    },
    onClose(callback) {
      // A client gone before the stream began ('close' already fired) is told of at once.
      if (gone()) {
        queueMicrotask(callback);
        return;
      }
      response.once('close', () => {
        if (!response.writableFinished) callback();
      });
    },
    end() {
      if (ended) return;
      ended = true;
      if (scheduled) clearImmediate(scheduled);
      scheduled = undefined;
      const bytes = take();
      if (bytes) response.end(bytes);
      else response.end();
    },
    abort(error) {
      if (scheduled) clearImmediate(scheduled);
      scheduled = undefined;
      pending = [];
      response.destroy(error instanceof Error ? error : new Error(String(error)));
    },
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
