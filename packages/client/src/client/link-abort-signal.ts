/** An abort controller that also aborts when an outer signal does, until it is unlinked. */
export interface LinkedAbortController {
  readonly signal: AbortSignal;
  abort(reason?: unknown): void;
  /** Stops following the outer signal, so that a long-lived signal does not keep this request alive. */
  unlink(): void;
}

/**
 * An abort controller that follows `outer`. Written out instead of `AbortSignal.any`, which older browsers and
 * runtimes lack.
 */
export function createLinkedAbortController(outer: AbortSignal | undefined): LinkedAbortController {
  const controller = new AbortController();
  const follow = () => controller.abort(outer?.reason);
  if (outer?.aborted) follow();
  else outer?.addEventListener('abort', follow, { once: true });
  return {
    signal: controller.signal,
    abort: (reason) => controller.abort(reason),
    unlink: () => outer?.removeEventListener('abort', follow),
  };
}
