import { forwardAbort } from './forward-abort.js';

/**
 * The upstream side of one request: the signal every attempt is sent with, aborted when the client goes away (its
 * request signal) or when the gateway stops the reply itself (a failure, a cancel, shutdown). `release` stops
 * watching the client's signal once the reply is over, so a long-lived signal holds nothing of the request.
 */
export class UpstreamControl {
  private readonly controller = new AbortController();
  private readonly unwatch: () => void;
  private released = false;
  private readonly onRelease: (() => void)[] = [];

  constructor(clientSignal: AbortSignal) {
    this.unwatch = forwardAbort(clientSignal, this.controller);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  abort(reason: unknown): void {
    this.controller.abort(reason);
  }

  /** Runs `callback` once, when the reply is over. */
  whenReleased(callback: () => void): void {
    this.onRelease.push(callback);
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    this.unwatch();
    for (const callback of this.onRelease) callback();
  }
}
