import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ServiceUnavailableException } from '@heimdall/eventstream';
import type { ConverseStreamEvent } from '@heimdall/spec';
import { describe, expect, it } from 'vitest';
import { endOnShutdown } from './end-on-shutdown.js';

const delta = (text: string): ConverseStreamEvent => ({ contentBlockDelta: { contentBlockIndex: 0, delta: { text } } });

describe('streams cut by shutdown', () => {
  it('end with ServiceUnavailableException and stop the upstream', async () => {
    const shutdown = new AbortController();
    let upstreamStopped = false;
    // Like an adapter: its pending read fails when the request's signal (which includes shutdown) aborts.
    async function* upstream() {
      try {
        yield delta('first');
        await new Promise((_, reject) =>
          upstreamRequest.signal.addEventListener('abort', () => reject(new Error('aborted'))),
        );
      } finally {
        upstreamStopped = true;
      }
    }
    const upstreamRequest = new AbortController();
    const events = endOnShutdown(upstream(), shutdown.signal, (reason) => upstreamRequest.abort(reason));
    expect((await events.next()).value).toEqual(delta('first'));
    const next = events.next();
    shutdown.abort();
    await expect(next).rejects.toBeInstanceOf(ServiceUnavailableException);
    await new Promise((resolve) => setImmediate(resolve));
    expect(upstreamStopped).toBe(true);
  });

  it('pass a complete reply through untouched', async () => {
    async function* upstream() {
      yield delta('a');
      yield delta('b');
    }
    const seen: ConverseStreamEvent[] = [];
    const shutdown = new AbortController();
    for await (const event of endOnShutdown(upstream(), shutdown.signal, () => {})) seen.push(event);
    expect(seen).toEqual([delta('a'), delta('b')]);
  });

  it('leave nothing on the long-lived shutdown signal once they end', async () => {
    const shutdown = new AbortController();
    let listeners = 0;
    const signal = shutdown.signal;
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    signal.addEventListener = ((...args: Parameters<typeof add>) => {
      listeners += 1;
      add(...args);
    }) as typeof add;
    signal.removeEventListener = ((...args: Parameters<typeof remove>) => {
      listeners -= 1;
      remove(...args);
    }) as typeof remove;
    async function* upstream() {
      yield delta('a');
    }
    for (let stream = 0; stream < 3; stream++) {
      for await (const _event of endOnShutdown(upstream(), signal, () => {})) {
        // Read to the end.
      }
    }
    expect(listeners).toBe(0);
  });

  it('let go of the events already passed on while the stream is still open', async () => {
    setFlagsFromString('--expose-gc');
    const collectGarbage = runInNewContext('gc') as () => void;
    const passedOn: WeakRef<object>[] = [];
    async function* upstream() {
      for (let index = 0; index < 200; index += 1) {
        const event = delta(`event ${index}`);
        passedOn.push(new WeakRef(event));
        yield event;
      }
    }
    const shutdown = new AbortController();
    const events = endOnShutdown(upstream(), shutdown.signal, () => {});
    for (let index = 0; index < 200; index += 1) await events.next();
    // Let the last read's promise jobs run, then collect: a long stream must not keep every event it has sent.
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    const stillHeld = passedOn.filter((reference) => reference.deref() !== undefined).length;
    expect(stillHeld).toBeLessThan(5);
    await events.return(undefined);
  });
});
