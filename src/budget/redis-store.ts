import type { BudgetCounts, BudgetSlot, BudgetStore, ReserveRequest } from './store.js'

/** The ioredis client (or cluster) the budget's Redis store talks to. */
export interface BudgetRedis {
  defineCommand(name: string, definition: { numberOfKeys: number; lua: string }): unknown
}

/**
 * How long a call's final charge is remembered (between this and twice this: markers expire in batches, so the hash
 * is swept for them at most once per this long). ioredis resends a command whose answer a dropped connection lost
 * (`autoResendUnfulfilledCommands`), and the store may have made it already: a resent reservation or final charge
 * that finds its marker changes nothing. With the client set as docs/rate-limits.md advises (`maxRetriesPerRequest: 1`,
 * no offline queue) a command is resent on the first reconnect or fails; the sweep reads the whole hash, so shorter
 * is cheaper for a busy holder.
 */
export const FINAL_CHARGE_REMEMBERED_MS = 2 * 60 * 1000

// One hash per holder and window: `used`, `reserved`, `sweepAt` (earliest open expiry), per open reservation
// `a:<id>` (its amount) and `e:<id>` (its expiry), per call charged before its end `c:<id>` (what it was
// charged, until its final charge), and per call settled in the last minutes `f:<id>` (when the marker expires).
// One key, so a Redis Cluster never splits it.
const SWEEP = `
local function sweep(key, now)
  local sweepAt = tonumber(redis.call('HGET', key, 'sweepAt'))
  if not sweepAt or now < sweepAt then return end
  local fields = redis.call('HGETALL', key)
  local values = {}
  for i = 1, #fields, 2 do values[fields[i]] = fields[i + 1] end
  local freed, nextAt = 0, nil
  for field, value in pairs(values) do
    if string.sub(field, 1, 2) == 'e:' then
      local at = tonumber(value)
      local id = string.sub(field, 3)
      if at <= now then
        freed = freed + tonumber(values['a:' .. id])
        redis.call('HDEL', key, field, 'a:' .. id)
      elseif not nextAt or at < nextAt then
        nextAt = at
      end
    elseif string.sub(field, 1, 2) == 'f:' then
      local at = tonumber(value)
      if at <= now then
        redis.call('HDEL', key, field)
      elseif not nextAt or at < nextAt then
        nextAt = at
      end
    end
  end
  if freed > 0 then redis.call('HINCRBY', key, 'reserved', -freed) end
  if nextAt then redis.call('HSET', key, 'sweepAt', nextAt) else redis.call('HDEL', key, 'sweepAt') end
end
local function sweepBy(key, at)
  local sweepAt = tonumber(redis.call('HGET', key, 'sweepAt'))
  if not sweepAt or at < sweepAt then redis.call('HSET', key, 'sweepAt', at) end
end
local function counts(key)
  return {tonumber(redis.call('HGET', key, 'used') or '0'), tonumber(redis.call('HGET', key, 'reserved') or '0')}
end
`

// KEYS[1] slot; ARGV amount, limit, id, expiresAt, now, keepMs. Check and reserve in one step.
const RESERVE = `${SWEEP}
local key, amount, limit, id = KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[3]
local expiresAt, now = tonumber(ARGV[4]), tonumber(ARGV[5])
sweep(key, now)
local c = counts(key)
-- A resent reservation (held or already settled) is granted again without holding twice.
if redis.call('HEXISTS', key, 'a:' .. id) == 1 or redis.call('HEXISTS', key, 'f:' .. id) == 1 then
  return {1, c[1], c[2]}
end
if c[1] + c[2] + amount > limit then return {0, c[1], c[2]} end
redis.call('HSET', key, 'a:' .. id, amount, 'e:' .. id, expiresAt)
redis.call('HINCRBY', key, 'reserved', amount)
sweepBy(key, expiresAt)
redis.call('PEXPIRE', key, ARGV[6])
return {1, c[1], c[2] + amount}
`

// KEYS[1] slot; ARGV id, total (the call's whole charge so far), now, keepMs, final (1 or 0), rememberMs. `c:<id>`
// keeps what a charge before the final one added, so the final one adds only the rest, whatever the caller saw of
// the first; `f:<id>` makes a resent final charge change nothing.
const SETTLE = `${SWEEP}
local key, id, now = KEYS[1], ARGV[1], tonumber(ARGV[3])
if redis.call('HEXISTS', key, 'f:' .. id) == 1 then
  sweep(key, now)
  return counts(key)
end
local amount = redis.call('HGET', key, 'a:' .. id)
if amount then
  redis.call('HDEL', key, 'a:' .. id, 'e:' .. id)
  redis.call('HINCRBY', key, 'reserved', -tonumber(amount))
end
local actual = tonumber(ARGV[2]) - tonumber(redis.call('HGET', key, 'c:' .. id) or '0')
if ARGV[5] == '1' then
  redis.call('HDEL', key, 'c:' .. id)
  -- Markers set in one period expire together at the end of the next, so they cost one sweep per period.
  local remember = tonumber(ARGV[6])
  local forgetAt = (math.floor(now / remember) + 2) * remember
  redis.call('HSET', key, 'f:' .. id, forgetAt)
  sweepBy(key, forgetAt)
else
  redis.call('HSET', key, 'c:' .. id, ARGV[2])
end
if actual ~= 0 then
  if redis.call('HINCRBY', key, 'used', actual) < 0 then redis.call('HSET', key, 'used', 0) end
end
redis.call('PEXPIRE', key, ARGV[4])
sweep(key, now)
return counts(key)
`

// KEYS[1] slot; ARGV now.
const READ = `${SWEEP}
sweep(KEYS[1], tonumber(ARGV[1]))
return counts(KEYS[1])
`

const COMMANDS = {
  reserve: 'fastifyMistralSecureBudgetReserve',
  settle: 'fastifyMistralSecureBudgetSettle',
  read: 'fastifyMistralSecureBudgetRead',
} as const

type Command = (...args: Array<string | number>) => Promise<number[]>

/** Budgets shared by every instance using the same Redis and name space. Each method is one Lua script. */
export function createRedisBudgetStore(redis: BudgetRedis, nameSpace: string): BudgetStore {
  redis.defineCommand(COMMANDS.reserve, { numberOfKeys: 1, lua: RESERVE })
  redis.defineCommand(COMMANDS.settle, { numberOfKeys: 1, lua: SETTLE })
  redis.defineCommand(COMMANDS.read, { numberOfKeys: 1, lua: READ })
  const commands = redis as unknown as Record<string, Command>
  const run = (name: string, ...args: Array<string | number>) => (commands[name] as Command).apply(redis, args)
  const keyOf = (slot: BudgetSlot) => `${nameSpace}${slot.key}:${slot.windowStart}`
  const countsOf = ([used = 0, reserved = 0]: number[]): BudgetCounts => ({ used, reserved })

  return {
    async reserve(slot, request: ReserveRequest) {
      const { amount, limit, id, expiresAt, now } = request
      const [granted, ...counts] = await run(
        COMMANDS.reserve,
        keyOf(slot),
        amount,
        limit,
        id,
        expiresAt,
        now,
        slot.keepMs,
      )
      return { granted: granted === 1, ...countsOf(counts) }
    },
    async settle(slot, id, total, now, final) {
      return countsOf(
        await run(COMMANDS.settle, keyOf(slot), id, total, now, slot.keepMs, final ? 1 : 0, FINAL_CHARGE_REMEMBERED_MS),
      )
    },
    async read(slot, now) {
      return countsOf(await run(COMMANDS.read, keyOf(slot), now))
    },
  }
}
