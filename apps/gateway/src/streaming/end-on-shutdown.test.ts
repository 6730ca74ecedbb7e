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
        await new Promise((_, reject) => shutdown.signal.addEventListener('abort', () => reject(new Error('aborted'))));
      } finally {
        upstreamStopped = true;
      }
    }
    const events = endOnShutdown(upstream(), shutdown.signal);
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
    for await (const event of endOnShutdown(upstream(), new AbortController().signal)) seen.push(event);
    expect(seen).toEqual([delta('a'), delta('b')]);
  });
});
