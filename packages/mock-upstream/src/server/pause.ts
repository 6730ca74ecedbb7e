import { setTimeout as wait } from 'node:timers/promises';

/**
 * Waits `ms`, or rejects with an `AbortError` as soon as the connection closes. A zero pause does not wait for a
 * timer at all, so a script without delays streams as fast as the socket takes it.
 */
export async function pause(ms: number | undefined, signal: AbortSignal): Promise<void> {
  signal.throwIfAborted();
  if (ms === undefined || ms <= 0) return;
  await wait(ms, undefined, { signal });
}

/** Resolves when the connection closes; for an upstream that never answers. */
export function untilAborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}
