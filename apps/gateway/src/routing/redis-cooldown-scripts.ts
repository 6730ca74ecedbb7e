/**
 * The Lua scripts behind the Redis cool-down store; Redis runs each alone, so replicas never interleave a read and a
 * write of one target. Keys, all under the `{cooldowns}` hash tag (one Cluster slot):
 * - `<prefix>{cooldowns}:t:<target>` a hash: `failures` (comma-separated times within the window), `until` and
 *   `reason` of its last cool-down. An `until` in the past means the target is on probation.
 * - `<prefix>{cooldowns}:all` a sorted set of targets by the end of their cool-down, for listing.
 * Every write sets the target's TTL, so state that no longer matters goes away by itself.
 */

/**
 * KEYS: target hash, the sorted set. ARGV: now, target, windowMs, failures, cooldownMs, retry-after wait (ms, 0 for
 * none), how long a target is remembered on probation after its cool-down (ms).
 * Returns `{until, reason}` when this failure set the target aside, nothing otherwise.
 */
export const recordFailureScript = `
local now = tonumber(ARGV[1])
local target = ARGV[2]
local window = tonumber(ARGV[3])
local threshold = tonumber(ARGV[4])
local cooldown = tonumber(ARGV[5])
local retry = tonumber(ARGV[6])
local probation = tonumber(ARGV[7])
local untilAt = tonumber(redis.call('HGET', KEYS[1], 'until') or '')
if untilAt and untilAt > now then return nil end
local function set_aside(forMs, reason)
  local ends = now + forMs
  redis.call('HSET', KEYS[1], 'until', ends, 'reason', reason, 'failures', '')
  redis.call('PEXPIRE', KEYS[1], forMs + probation)
  redis.call('ZADD', KEYS[2], ends, target)
  return {ends, reason}
end
if retry > 0 then return set_aside(retry, 'retry-after') end
local kept = {}
for at in string.gmatch(redis.call('HGET', KEYS[1], 'failures') or '', '[^,]+') do
  if tonumber(at) > now - window then table.insert(kept, at) end
end
table.insert(kept, tostring(now))
if untilAt == nil and #kept < threshold then
  redis.call('HSET', KEYS[1], 'failures', table.concat(kept, ','))
  if redis.call('PTTL', KEYS[1]) < window then redis.call('PEXPIRE', KEYS[1], window) end
  return nil
end
return set_aside(cooldown, 'failures')
`;

/** KEYS: target hash, the sorted set. ARGV: now, target. Forgets the target unless it is cooling down. */
export const recordSuccessScript = `
local untilAt = tonumber(redis.call('HGET', KEYS[1], 'until') or '')
if untilAt and untilAt > tonumber(ARGV[1]) then return 0 end
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[2])
return 1
`;

/**
 * KEYS: the sorted set. ARGV: now, the hash key prefix. Drops cool-downs that ended from the set, then returns every
 * one in force as `{target, until, reason}…`, soonest to end first.
 */
export const listScript = `
local now = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local entries = redis.call('ZRANGEBYSCORE', KEYS[1], '(' .. now, '+inf', 'WITHSCORES')
local reply = {}
for index = 1, #entries, 2 do
  local target = entries[index]
  local reason = redis.call('HGET', ARGV[2] .. target, 'reason')
  if reason then
    table.insert(reply, target)
    table.insert(reply, entries[index + 1])
    table.insert(reply, reason)
  end
end
return reply
`;
