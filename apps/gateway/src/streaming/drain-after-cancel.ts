import type { ConverseEventBatch } from '@heimdall/eventstream';

/** How long a stream whose client left is still read for its usage, and how many such drains may run at once. */
export interface DrainSettings {
  drainMs: number;
  maxDrains: number;
}

export const defaultDrainSettings: DrainSettings = { drainMs: 5_000, maxDrains: 64 };

/** Drains running in this process: bounded, so that many clients leaving at once cannot pin as many upstreams. */
let drainsRunning = 0;

/**
 * Aborts the upstream when the client leaves — not at once, but after `drainMs`, so the stream can still be read to
 * its usage; at once when `maxDrains` drains are already running. Returns the function that stops watching (the
 * stream ended first).
 */
export function abortUpstreamAfterDrain(
  clientSignal: AbortSignal,
  abortUpstream: (reason: unknown) => void,
  { drainMs, maxDrains }: DrainSettings = defaultDrainSettings,
): () => void {
  let timer: NodeJS.Timeout | undefined;
  let draining = false;
  const stopDraining = () => {
    if (!draining) return;
    draining = false;
    drainsRunning -= 1;
    clearTimeout(timer);
  };
  const onAbort = () => {
    if (drainsRunning >= maxDrains) {
      abortUpstream(clientSignal.reason);
      return;
    }
    draining = true;
    drainsRunning += 1;
    timer = setTimeout(() => {
      stopDraining();
      abortUpstream(clientSignal.reason);
    }, drainMs);
  };
  if (clientSignal.aborted) onAbort();
  else clientSignal.addEventListener('abort', onAbort, { once: true });
  return () => {
    clientSignal.removeEventListener('abort', onAbort);
    stopDraining();
  };
}

/**
 * Passes an upstream's batches through; when the reader stops early (the client went away), keeps reading the
 * upstream for up to `drainMs` and hands every further batch to `onDrained`, because usage comes in the last event
 * and a budget must be billed what the request really used. Past the deadline it stops, and the caller bills an
 * estimate; {@link abortUpstreamAfterDrain} bounds how many drains run at once.
 */
export async function* drainAfterCancel(
  batches: AsyncIterable<ConverseEventBatch>,
  onDrained: (batch: ConverseEventBatch) => void,
  { drainMs }: Pick<DrainSettings, 'drainMs'> = defaultDrainSettings,
): AsyncGenerator<ConverseEventBatch> {
  const iterator = batches[Symbol.asyncIterator]();
  let finished = false;
  try {
    for (;;) {
      const next = await iterator.next();
      if (next.done) {
        finished = true;
        return;
      }
      yield next.value;
    }
  } catch (error) {
    finished = true;
    throw error;
  } finally {
    if (!finished) {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<'late'>((resolve) => {
        timer = setTimeout(() => resolve('late'), drainMs);
      });
      try {
        for (;;) {
          const next = await Promise.race([iterator.next(), deadline]);
          if (next === 'late' || next.done) break;
          onDrained(next.value);
        }
      } catch {
        // A failure while draining only means no usage: the estimate stands.
      } finally {
        clearTimeout(timer);
      }
    }
    // Not awaited: an upstream that is still sending is aborted by the stream's end, right after this.
    void iterator.return?.().catch(() => {});
  }
}
