import { forwardAbort } from './forward-abort.js';

/**
 * The upstream side of one request: the signal every attempt is sent with, aborted when the client goes away (its
 * request signal) or when the gateway stops the reply itself (a failure, a cancel, shutdown). `release` stops
 * watching the client's signal once the reply is over, so a long-lived signal holds nothing of the request.
 */
export class UpstreamControl {
  private readonly controller = new AbortController();
  private readonly unwatch: () => void;
  private onRelease: (() => void) | undefined;

  constructor(clientSignal: AbortSignal) {
    this.unwatch = forwardAbort(clientSignal, this.controller);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  abort(reason: unknown): void {
    this.controller.abort(reason);
  }

  /** Runs `run` once, at the first `release`: what counts the reply as in flight stops counting it. */
  whenReleased(run: () => void): void {
    this.onRelease = run;
  }

  release(): void {
    this.unwatch();
    const run = this.onRelease;
    this.onRelease = undefined;
    run?.();
  }
}
