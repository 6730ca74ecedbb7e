import type { ConverseEventBatch } from '@heimdall/eventstream';
import { describe, expect, it } from 'vitest';
import { observeEvents } from './observe-events.js';

const batch = (text: string): ConverseEventBatch =>
  ({ events: [{ contentBlockDelta: { contentBlockIndex: 0, delta: { text } } }] }) as unknown as ConverseEventBatch;

async function* upstream(failAfter?: number): AsyncGenerator<ConverseEventBatch> {
  for (let index = 0; index < 3; index++) {
    if (failAfter === index) throw new Error('upstream broke');
    yield batch(`part ${index}`);
  }
}

describe('observing a stream of event batches', () => {
  it('tells of a stream read to its end once, with no error', async () => {
    const outcomes: unknown[] = [];
    for await (const _ of observeEvents(upstream(), { onEnd: (outcome) => outcomes.push(outcome) })) {
      // read everything
    }
    expect(outcomes).toEqual([{}]);
  });

  it('tells of a stream whose source failed, with its error', async () => {
    const outcomes: unknown[] = [];
    const reading = (async () => {
      for await (const _ of observeEvents(upstream(1), { onEnd: (outcome) => outcomes.push(outcome) })) {
        // read until it fails
      }
    })();
    await expect(reading).rejects.toThrow('upstream broke');
    expect(outcomes).toEqual([{ error: new Error('upstream broke') }]);
  });

  it('tells of a stream whose reader stopped early (the client left) as cancelled, once', async () => {
    const outcomes: unknown[] = [];
    for await (const _ of observeEvents(upstream(), { onEnd: (outcome) => outcomes.push(outcome) })) {
      break;
    }
    expect(outcomes).toEqual([{ cancelled: true }]);
  });
});
