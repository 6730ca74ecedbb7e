/**
 * The Lua scripts behind the Redis counter store. Redis runs a script alone, so each reserve and settle is one atomic
 * step across every replica. Keys, all under one hash tag (one Cluster slot):
 * - `<prefix>{tag}:c:<counter>` a hash: `end` of the window (0 for a concurrency counter), `used`, `held`;
 * - `<prefix>{tag}:r:<id>` a hash: `claims` (JSON), `expired` once its lease ran out;
 * - `<prefix>{tag}:leases` a sorted set of live reservation ids by lease expiry.
 * Expired leases of the tag are given back at the start of every call, a bounded number at a time, so nothing
 * needs a background sweeper. Counter keys of an expired reservation are not in KEYS: they share the tag, so they
 * are in the slot the script runs on.
 */

const expireLeases = `
local function expire_leases(leases, prefix, now)
  local ids = redis.call('ZRANGEBYSCORE', leases, '-inf', now, 'LIMIT', 0, 100)
  for _, id in ipairs(ids) do
    local key = prefix .. 'r:' .. id
    local encoded = redis.call('HGET', key, 'claims')
    if encoded then
      for _, claim in ipairs(cjson.decode(encoded)) do
        if tonumber(redis.call('HGET', claim.k, 'end') or '-1') == claim.e then
          redis.call('HINCRBY', claim.k, 'held', -claim.a)
        end
      end
      redis.call('HSET', key, 'expired', '1')
      redis.call('PEXPIRE', key, ARGV[2])
    end
    redis.call('ZREM', leases, id)
  end
end
`;

/**
 * KEYS: leases, reservation, then one counter per claim. ARGV: now, expired-reservation memory (ms), lease (ms), then
 * per claim: amount, limit, the end of the window it would start now (0: a concurrency counter).
 * Returns `{1, used…, end…}` when granted (or already held), `{0, index, used…, end…}` when refused.
 */
export const reserveScript = `
${expireLeases}
local now = tonumber(ARGV[1])
local prefix = string.sub(KEYS[1], 1, -7)
expire_leases(KEYS[1], prefix, now)
local count = #KEYS - 2
local used, ends, fresh = {}, {}, {}
for i = 1, count do
  local values = redis.call('HMGET', KEYS[i + 2], 'end', 'used', 'held')
  local stored_end = tonumber(values[1] or '-1')
  local candidate_end = tonumber(ARGV[3 + 3 * i])
  if stored_end == -1 or (stored_end ~= 0 and stored_end <= now) then
    fresh[i] = true
    ends[i] = candidate_end
    used[i] = 0
  else
    fresh[i] = false
    ends[i] = stored_end
    used[i] = tonumber(values[2] or '0') + tonumber(values[3] or '0')
  end
end
local function answer(head)
  local reply = head
  for i = 1, count do table.insert(reply, used[i]) end
  for i = 1, count do table.insert(reply, ends[i]) end
  return reply
end
if redis.call('EXISTS', KEYS[2]) == 1 then return answer({1}) end
for i = 1, count do
  if used[i] + tonumber(ARGV[1 + 3 * i]) > tonumber(ARGV[2 + 3 * i]) then return answer({0, i - 1}) end
end
local lease = tonumber(ARGV[3])
local claims = {}
for i = 1, count do
  local key = KEYS[i + 2]
  local amount = tonumber(ARGV[1 + 3 * i])
  if fresh[i] then
    redis.call('HSET', key, 'end', ends[i], 'used', 0, 'held', amount)
  else
    redis.call('HINCRBY', key, 'held', amount)
  end
  -- A counter outlives its window by a lease, so a late settle still finds it; a concurrency counter by a lease too.
  -- Relative to the gateway's clock, which is the one windows follow.
  if ends[i] == 0 then
    redis.call('PEXPIRE', key, 2 * lease)
  else
    redis.call('PEXPIRE', key, ends[i] - now + lease)
  end
  used[i] = used[i] + amount
  table.insert(claims, { k = key, a = amount, e = ends[i] })
end
redis.call('HSET', KEYS[2], 'claims', cjson.encode(claims))
redis.call('PEXPIRE', KEYS[2], lease + tonumber(ARGV[2]))
redis.call('ZADD', KEYS[1], now + lease, string.sub(KEYS[2], #prefix + 3))
return answer({1})
`;

/**
 * KEYS: leases, reservation. ARGV: now, expired-reservation memory (ms), what was used as JSON by counter key.
 * Returns 1 when it settled the reservation, 0 when there was none (already settled, or forgotten).
 */
export const settleScript = `
${expireLeases}
local now = tonumber(ARGV[1])
local prefix = string.sub(KEYS[1], 1, -7)
expire_leases(KEYS[1], prefix, now)
local encoded = redis.call('HGET', KEYS[2], 'claims')
if not encoded then return 0 end
local expired = redis.call('HGET', KEYS[2], 'expired') == '1'
local used = cjson.decode(ARGV[3])
for _, claim in ipairs(cjson.decode(encoded)) do
  if tonumber(redis.call('HGET', claim.k, 'end') or '-1') == claim.e then
    if not expired then redis.call('HINCRBY', claim.k, 'held', -claim.a) end
    if claim.e ~= 0 then redis.call('HINCRBY', claim.k, 'used', used[claim.k] or claim.a) end
  end
end
redis.call('DEL', KEYS[2])
redis.call('ZREM', KEYS[1], string.sub(KEYS[2], #prefix + 3))
return 1
`;

/**
 * KEYS: leases, then one counter per claim. ARGV: now, expired-reservation memory (ms), then per claim the end of the
 * window it would start now (0: a concurrency counter). Takes nothing; it gives back expired leases first, as every
 * call does, so that a crashed gateway's reservations do not show as use. Returns `{used…, end…}`.
 */
export const usageScript = `
${expireLeases}
local now = tonumber(ARGV[1])
local prefix = string.sub(KEYS[1], 1, -7)
expire_leases(KEYS[1], prefix, now)
local count = #KEYS - 1
local used, ends = {}, {}
for i = 1, count do
  local values = redis.call('HMGET', KEYS[i + 1], 'end', 'used', 'held')
  local stored_end = tonumber(values[1] or '-1')
  if stored_end == -1 or (stored_end ~= 0 and stored_end <= now) then
    used[i] = 0
    ends[i] = tonumber(ARGV[2 + i])
  else
    used[i] = tonumber(values[2] or '0') + tonumber(values[3] or '0')
    ends[i] = stored_end
  end
end
local reply = {}
for i = 1, count do table.insert(reply, used[i]) end
for i = 1, count do table.insert(reply, ends[i]) end
return reply
`;
