/**
 * Aborts `target` when `source` aborts, until the returned function is called. The listener is built here, away
 * from any request's context, so that a long-lived `source` (or one kept alive by the platform, as Node keeps a
 * request's signal) holds on to nothing but the two controllers.
 */
export function forwardAbort(source: AbortSignal, target: AbortController): () => void {
  if (source.aborted) {
    target.abort(source.reason);
    return () => {};
  }
  const onAbort = () => target.abort(source.reason);
  source.addEventListener('abort', onAbort, { once: true });
  return () => source.removeEventListener('abort', onAbort);
}
