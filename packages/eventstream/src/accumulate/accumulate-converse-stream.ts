import type { ConverseResponse, ConverseStreamEvent } from '@heimdall/spec';
import { ConverseAccumulator } from './converse-accumulator.js';

/**
 * Reads every event and resolves to the Converse reply they add up to, as {@link ConverseAccumulator} builds it.
 * Fails with the error of the source, or when the events end before `messageStop` and `metadata`.
 */
export async function accumulateConverseStream(events: AsyncIterable<ConverseStreamEvent>): Promise<ConverseResponse> {
  const accumulator = new ConverseAccumulator();
  for await (const event of events) accumulator.push(event);
  return accumulator.response;
}
