import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import type { CooldownSettings } from '../config/cooldowns-schema.js';
import type { Cooldown, CooldownStore } from './cooldown-store.js';
import { listScript, recordFailureScript, recordSuccessScript } from './redis-cooldown-scripts.js';

export interface RedisCooldownStoreOptions {
  /** `redis://` or `rediss://` URL of a Redis or Valkey server. */
  url: string;
  settings: Omit<CooldownSettings, 'enabled'>;
  /** Prefixes every key, so several gateways (or tests) can share one server. */
  keyPrefix?: string;
  /** How long a command may take before the call fails (and the caller falls back to its own state). */
  commandTimeoutMs?: number;
  /** The gateway's clock, sent to the scripts: cool-downs and windows follow it (tests move it). */
  now?: () => number;
}

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/**
 * Cool-downs shared by every replica: a target set aside by one is set aside by all. Each update is one Lua script
 * (see `redis-cooldown-scripts.ts`), with the same rules as the in-memory store. A target's state expires in Redis by
 * itself; one that ended its cool-down stays on probation for a further cool-down and window, then is forgotten
 * (in memory it stays on probation until it answers). While disconnected a call fails at once: never queued.
 */
export function createRedisCooldownStore({
  url,
  settings,
  keyPrefix = 'heimdall:',
  commandTimeoutMs = 500,
  now = Date.now,
}: RedisCooldownStoreOptions): CooldownStore & { redis: Redis; close(): Promise<void> } {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: commandTimeoutMs,
    retryStrategy: (times) => Math.min(times * 100, 500),
  });
  // Failures are reported by the calls that fail; without a listener they would crash the process.
  redis.on('error', () => {});
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
      return await redis.evalsha(sha1(script), keys.length, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return await redis.eval(script, keys.length, ...keys, ...args);
    }
  };
  const base = `${keyPrefix}{cooldowns}:`;
  const all = `${base}all`;
  const keyOf = (target: string) => `${base}t:${target}`;
  const probationMs = settings.cooldownMs + settings.windowMs;

  return {
    redis,
    async recordFailure(target, options = {}) {
      const retry = options.retryAfterMs ?? 0;
      const retryForMs = retry > 0 ? Math.min(retry, settings.maxRetryAfterMs) : 0;
      const reply = (await run(
        recordFailureScript,
        [keyOf(target), all],
        [now(), target, settings.windowMs, settings.failures, settings.cooldownMs, retryForMs, probationMs],
      )) as [number, Cooldown['reason']] | null;
      if (!reply) return undefined;
      return { target, until: Number(reply[0]), reason: reply[1] };
    },
    async recordSuccess(target) {
      await run(recordSuccessScript, [keyOf(target), all], [now(), target]);
    },
    async coolingDown(targets) {
      if (!connectedOnce) await firstConnection;
      const time = now();
      const pipeline = redis.pipeline();
      for (const target of targets) pipeline.hget(keyOf(target), 'until');
      const replies = (await pipeline.exec()) ?? [];
      const aside = new Set<string>();
      replies.forEach(([error, until], index) => {
        if (error) throw error;
        if (until !== null && Number(until) > time) aside.add(targets[index] as string);
      });
      return aside;
    },
    async list() {
      const time = now();
      const reply = (await run(listScript, [all], [time, `${base}t:`])) as string[];
      const cooldowns: (Cooldown & { retryInMs: number })[] = [];
      for (let index = 0; index < reply.length; index += 3) {
        const until = Number(reply[index + 1]);
        cooldowns.push({
          target: reply[index] as string,
          until,
          reason: reply[index + 2] as Cooldown['reason'],
          retryInMs: until - time,
        });
      }
      return cooldowns;
    },
    async close() {
      redis.disconnect();
    },
  };
}
