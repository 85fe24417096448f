import type { BudgetCounts, BudgetSlot, BudgetStore, ReserveRequest } from './store.js'

interface Bucket extends BudgetCounts {
  /** Reservation id → its amount and expiry. */
  open: Map<string, { amount: number; expiresAt: number }>
  /** Call id → what it was charged before its final charge (a hold charged before it could lapse). */
  charged: Map<string, number>
  /** Earliest expiry among open reservations: nothing to sweep before it. */
  sweepAt: number
  /** When the bucket can be forgotten. */
  keepUntil: number
}

/** Fewest buckets kept before old windows are swept out; the threshold then follows the live count. */
const MIN_SWEEP_SIZE = 1024

/** One instance's budgets, in memory. Single-threaded JavaScript makes each method atomic. */
export function createMemoryBudgetStore(): BudgetStore {
  const buckets = new Map<string, Bucket>()
  let sweepSize = MIN_SWEEP_SIZE

  const forgetOldWindows = (now: number) => {
    if (buckets.size < sweepSize) return
    for (const [name, bucket] of buckets) if (bucket.keepUntil <= now) buckets.delete(name)
    sweepSize = Math.max(MIN_SWEEP_SIZE, buckets.size * 2)
  }

  const bucketOf = (slot: BudgetSlot, now: number): Bucket => {
    const name = `${slot.key}\u0000${slot.windowStart}`
    let bucket = buckets.get(name)
    if (!bucket) {
      forgetOldWindows(now)
      bucket = {
        used: 0,
        reserved: 0,
        open: new Map(),
        charged: new Map(),
        sweepAt: Number.POSITIVE_INFINITY,
        keepUntil: 0,
      }
      buckets.set(name, bucket)
    }
    bucket.keepUntil = Math.max(bucket.keepUntil, now + slot.keepMs)
    if (now >= bucket.sweepAt) expire(bucket, now)
    return bucket
  }

  return {
    async reserve(slot, request: ReserveRequest) {
      const bucket = bucketOf(slot, request.now)
      const granted = bucket.used + bucket.reserved + request.amount <= request.limit
      if (granted) {
        bucket.open.set(request.id, { amount: request.amount, expiresAt: request.expiresAt })
        bucket.reserved += request.amount
        bucket.sweepAt = Math.min(bucket.sweepAt, request.expiresAt)
      }
      return { granted, used: bucket.used, reserved: bucket.reserved }
    },
    async settle(slot, id, total, now, final) {
      const bucket = bucketOf(slot, now)
      const open = bucket.open.get(id)
      if (open) {
        bucket.open.delete(id)
        bucket.reserved -= open.amount
      }
      bucket.used = Math.max(0, bucket.used + total - (bucket.charged.get(id) ?? 0))
      if (final) bucket.charged.delete(id)
      else bucket.charged.set(id, total)
      return { used: bucket.used, reserved: bucket.reserved }
    },
    async read(slot, now) {
      const bucket = bucketOf(slot, now)
      return { used: bucket.used, reserved: bucket.reserved }
    },
  }
}

function expire(bucket: Bucket, now: number): void {
  let next = Number.POSITIVE_INFINITY
  for (const [id, open] of bucket.open) {
    if (open.expiresAt <= now) {
      bucket.open.delete(id)
      bucket.reserved -= open.amount
    } else next = Math.min(next, open.expiresAt)
  }
  bucket.sweepAt = next
}
