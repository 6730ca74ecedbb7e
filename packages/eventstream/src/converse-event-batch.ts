import type { ConverseStreamEvent } from '@heimdall/spec';

/**
 * The events of one piece of a ConverseStream: what one network read held, or what one upstream chunk gave.
 * Passing events on in batches lets each piece be written in one go, instead of one write per event.
 */
export interface ConverseEventBatch {
  readonly events: readonly ConverseStreamEvent[];
  /**
   * The frames the events were decoded from, exactly as they arrived (frames of event types this version does not
   * know included). The encoder forwards these bytes as they are instead of encoding the events again.
   */
  readonly frames?: readonly Uint8Array[];
}

/** Whether an item of an event source is a batch rather than a single event. */
export function isConverseEventBatch(item: ConverseStreamEvent | ConverseEventBatch): item is ConverseEventBatch {
  // No ConverseStream member is called `events`, so the key tells the two apart.
  return Array.isArray((item as { events?: unknown }).events);
}
