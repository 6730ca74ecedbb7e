import { ServiceUnavailableException, ThrottlingException, ValidationException } from '@heimdall/eventstream';
import { describe, expect, it } from 'vitest';
import { UpstreamFailure } from '../providers/shared/upstream-failure.js';
import { withRetries } from './retry-policy.js';

const settings = { max: 2, baseDelayMs: 100, maxDelayMs: 2_000 };

function recorder() {
  const delays: number[] = [];
  return { delays, sleep: async (milliseconds: number) => void delays.push(milliseconds) };
}

const throttled = (retryAfterMs?: number) =>
  new UpstreamFailure({ error: new ThrottlingException({ message: 'slow down' }), retryable: true, retryAfterMs });

describe('retries before the first byte', () => {
  it('retries retryable failures with exponential backoff and full jitter, then stops at the bound', async () => {
    const { delays, sleep } = recorder();
    let attempts = 0;
    const attempt = async () => {
      attempts += 1;
      throw new UpstreamFailure({ error: new ServiceUnavailableException({ message: 'down' }), retryable: true });
    };
    await expect(
      withRetries(attempt, { settings, signal: new AbortController().signal, sleep, random: () => 0.5 }),
    ).rejects.toThrow('down');
    expect(attempts).toBe(3);
    expect(delays).toEqual([50, 100]);
  });

  it('waits what retry-after asks, and gives up when it asks for more than the longest backoff', async () => {
    const { delays, sleep } = recorder();
    let attempts = 0;
    const attempt = async () => {
      attempts += 1;
      if (attempts === 1) throw throttled(1_500);
      if (attempts === 2) throw throttled(60_000);
      return 'never';
    };
    await expect(
      withRetries(attempt, { settings, signal: new AbortController().signal, sleep, random: () => 0 }),
    ).rejects.toThrow('slow down');
    expect(delays).toEqual([1_500]);
    expect(attempts).toBe(2);
  });

  it('returns the first success', async () => {
    const { sleep } = recorder();
    let attempts = 0;
    const attempt = async () => {
      attempts += 1;
      if (attempts < 2) throw throttled();
      return 'answer';
    };
    await expect(
      withRetries(attempt, { settings, signal: new AbortController().signal, sleep, random: () => 1 }),
    ).resolves.toBe('answer');
  });

  it('never retries a request the upstream rejected as invalid', async () => {
    const { delays, sleep } = recorder();
    const attempt = async () => {
      throw new UpstreamFailure({ error: new ValidationException({ message: 'bad' }), retryable: false });
    };
    await expect(
      withRetries(attempt, { settings, signal: new AbortController().signal, sleep, random: () => 1 }),
    ).rejects.toThrow('bad');
    expect(delays).toEqual([]);
  });
});
