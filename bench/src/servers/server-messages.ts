import type { TimingName } from '../plan/benchmark-plan.js';

/** Sent by a benchmark server process once it listens. */
export interface ServerReadyMessage {
  type: 'ready';
  url: string;
  /** From the upstream only: how many chunks (paced writes) each reply is written in. */
  chunksPerStream?: number;
  /** From the upstream only: the processes that serve it, whose CPU is the upstream's. */
  processIds?: number[];
}

/** Asks the mock upstream to answer every request from now on at this pace; it answers with the same message. */
export interface UseTimingMessage {
  type: 'use-timing';
  timing: TimingName;
}

export function isServerReadyMessage(message: unknown): message is ServerReadyMessage {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === 'ready' &&
    typeof (message as { url?: unknown }).url === 'string'
  );
}

export function isUseTimingMessage(message: unknown): message is UseTimingMessage {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === 'use-timing' &&
    typeof (message as { timing?: unknown }).timing === 'string'
  );
}
