import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import {
  type CounterClaim,
  type CounterState,
  type CounterStore,
  CounterStoreUnavailable,
  concurrencyRetryAfterMs,
  type ReserveResult,
} from './counter-store.js';
import { candidateWindow, type WindowAlignment } from './limit-window.js';
import { expiredReservationMemoryMs } from './memory-counter-store.js';
import { reserveScript, settleScript, usageScript } from './redis-counter-scripts.js';

export interface RedisCounterStoreOptions {
  /** `redis://` or `rediss://` URL of a Redis or Valkey server. */
  url: string;
  /** Prefixes every key, so several gateways can share one server. */
  keyPrefix?: string;
  /** How long a command may take before the store counts as unreachable. */
  commandTimeoutMs?: number;
  /** The gateway's clock, sent to the scripts: windows and leases follow it (tests move it). */
  now?: () => number;
  windows?: WindowAlignment;
}

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/**
 * Counters shared by every replica: each reserve and settle is one Lua script run on the server (see
 * `redis-counter-scripts.ts`), so no two replicas can both take the last unit of a limit. The client never queues a
 * command while disconnected: a call fails at once with {@link CounterStoreUnavailable}, and the fail mode decides.
 */
export function createRedisCounterStore({
  url,
  keyPrefix = 'heimdall:',
  commandTimeoutMs = 1_000,
  now = Date.now,
  windows = 'calendar',
}: RedisCounterStoreOptions): CounterStore & { redis: Redis } {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: commandTimeoutMs,
    lazyConnect: false,
    // Reconnects forever, never faster than every half second, so a Redis that comes back is used again.
    retryStrategy: (times) => Math.min(times * 100, 500),
  });
  // Connection errors are reported by the calls that fail; without a listener they would crash the process.
  redis.on('error', () => {});
  // The first requests after start wait for the first connection (within the command time-out) instead of failing:
  // a gateway that just started is not a Redis outage.
  const firstConnection = new Promise<void>((resolve) => {
    redis.once('ready', () => resolve());
    setTimeout(resolve, commandTimeoutMs).unref();
  });
  let connectedOnce = false;
  void firstConnection.then(() => {
    connectedOnce = true;
  });

  const run = async (script: string, keys: readonly string[], args: readonly (string | number)[]) => {
    if (!connectedOnce) await firstConnection;
    try {
      try {
        return await redis.evalsha(sha1(script), keys.length, ...keys, ...args);
      } catch (error) {
        if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
        return await redis.eval(script, keys.length, ...keys, ...args);
      }
    } catch (error) {
      throw new CounterStoreUnavailable(
        `The Redis counter store did not answer: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
  };

  const base = (tag: string) => `${keyPrefix}{${tag}}:`;

  return {
    redis,
    async reserve({ id, tag, claims, leaseMs }): Promise<ReserveResult> {
      const time = now();
      const prefix = base(tag);
      const keys = [`${prefix}leases`, `${prefix}r:${id}`, ...claims.map((claim) => `${prefix}c:${claim.counter}`)];
      const args: (string | number)[] = [time, expiredReservationMemoryMs, leaseMs];
      for (const claim of claims) {
        const end = claim.period ? candidateWindow(claim.period, windows, time).end : 0;
        args.push(claim.amount, claim.limit, end);
      }
      const reply = (await run(reserveScript, keys, args)) as number[];
      const granted = reply[0] === 1;
      const offset = granted ? 1 : 2;
      const counters: CounterState[] = claims.map((claim, index) => {
        const end = Number(reply[offset + claims.length + index]);
        return {
          counter: claim.counter,
          limit: claim.limit,
          used: Number(reply[offset + index]),
          resetsAt: claim.period ? end : undefined,
          resetsInMs: claim.period ? end - time : undefined,
        };
      });
      if (granted) return { ok: true, counters };
      const refusedIndex = Number(reply[1]);
      const refused = claims[refusedIndex] as CounterClaim;
      const resetsAt = counters[refusedIndex]?.resetsAt;
      return {
        ok: false,
        refused,
        retryAfterMs: resetsAt === undefined ? concurrencyRetryAfterMs : resetsAt - time,
        counters,
      };
    },

    async usage({ tag, claims }) {
      const time = now();
      const prefix = base(tag);
      const keys = [`${prefix}leases`, ...claims.map((claim) => `${prefix}c:${claim.counter}`)];
      const args: (string | number)[] = [time, expiredReservationMemoryMs];
      for (const claim of claims) args.push(claim.period ? candidateWindow(claim.period, windows, time).end : 0);
      const reply = (await run(usageScript, keys, args)) as number[];
      return claims.map((claim, index) => {
        const end = Number(reply[claims.length + index]);
        return {
          counter: claim.counter,
          limit: claim.limit,
          used: Number(reply[index]),
          resetsAt: claim.period ? end : undefined,
          resetsInMs: claim.period ? end - time : undefined,
        };
      });
    },

    async settle({ id, tag, used }) {
      const prefix = base(tag);
      const byKey = Object.fromEntries(
        Object.entries(used).map(([counter, amount]) => [`${prefix}c:${counter}`, Math.round(amount)]),
      );
      await run(
        settleScript,
        [`${prefix}leases`, `${prefix}r:${id}`],
        [now(), expiredReservationMemoryMs, JSON.stringify(byKey)],
      );
    },

    async close() {
      redis.disconnect();
    },
  };
}
