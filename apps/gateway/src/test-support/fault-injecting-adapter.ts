import type { ConverseEventBatch } from '@heimdall/eventstream';
import type { ProviderAdapter } from '../providers/provider-adapter.js';

/**
 * Where a stream breaks: its first read, a later read, an event no frame can hold, or stopping it. Each throws a
 * plain `TypeError`, as a bug in the gateway's own code would, not a Bedrock error.
 */
export type InjectedFault = 'first-read' | 'later-read' | 'unencodable-event' | 'stopping';

/** A text delta whose text is a BigInt, which JSON (and so the event-stream encoder) cannot write. */
const unencodable = { events: [{ contentBlockDelta: { contentBlockIndex: 0, delta: { text: 1n } } }] } as never;

/**
 * The real upstream reply, broken at one stage. The broken source never stops the real reply itself, as a buggy
 * source would not: only the gateway's own clean-up can let go of the upstream request.
 */
function breakStream(
  reply: AsyncIterable<ConverseEventBatch>,
  fault: InjectedFault,
): AsyncIterable<ConverseEventBatch> {
  const source = reply[Symbol.asyncIterator]();
  let reads = 0;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        reads += 1;
        if (fault === 'first-read') throw new TypeError('injected fault: the first read failed');
        if (reads === 2 && fault === 'later-read') throw new TypeError('injected fault: a later read failed');
        if (reads === 2 && fault === 'unencodable-event') return { done: false, value: unencodable };
        return source.next();
      },
      async return() {
        throw new TypeError('injected fault: stopping the stream failed');
      },
    }),
  };
}

/** A real adapter whose streams break where `faultFor` says, by the model the call names. */
export function injectStreamFaults(
  adapter: ProviderAdapter,
  faultFor: (model: string) => InjectedFault | undefined,
): ProviderAdapter {
  return {
    settings: adapter.settings,
    async converseStream(call) {
      const reply = await adapter.converseStream(call);
      const fault = faultFor(call.model);
      return fault ? breakStream(reply, fault) : reply;
    },
  };
}
