import type { FastifyRequest } from 'fastify'
import { z } from 'zod'
import { definedFields } from '../defined-fields.js'
import { redisClientOption } from '../redis-option.js'
import { ENVIRONMENTS, type Environment } from '../types.js'
import type { BudgetRedis } from './redis-store.js'
import { type BudgetWindow, CALENDAR_WINDOWS } from './window.js'

export const DEFAULT_BUDGET_WINDOW: BudgetWindow = 'day'
export const DEFAULT_BUDGET_NAMESPACE = 'fastify-mistral-secure:budget:'
/** An unsettled reservation outlives the longest call by this much before it stops counting (a crashed process). */
export const RESERVATION_GRACE_MS = 60_000
/**
 * The shortest TTL: a hold still open half-way through it becomes a charge (src/budget/budget.ts), and that charge
 * must reach the store, even a slow one, before the hold lapses.
 */
export const RESERVATION_MIN_TTL_MS = 1_000

/** Chooses the budget holder of a route request; null/undefined means the default (user id, else IP). */
export type BudgetKeyFunction = (
  request: FastifyRequest,
) => string | null | undefined | Promise<string | null | undefined>
/** A holder's own budget (its plan); null/undefined means the profile's or `tokens`. */
export type BudgetTokensFunction = (key: string) => number | null | undefined | Promise<number | null | undefined>

export interface BudgetOptions {
  /** Tokens a budget holder may spend per window (prompt and reply, as Mistral counts them). Required. */
  tokens: number
  /** Milliseconds, or a UTC calendar unit: `'hour' | 'day' | 'month'`. Default `'day'`. */
  window?: BudgetWindow
  /** The holder of a route request's budget. Default: `user:<id>` from `identify`, else `ip:<address>`. */
  key?: BudgetKeyFunction
  /** An ioredis client: instances sharing it (and the name space) share every budget. Default: in memory. */
  redis?: BudgetRedis
  /** Prefix of the Redis keys. Default `fastify-mistral-secure:budget:`. */
  nameSpace?: string
  /** Per environment profile, in place of `tokens`. */
  profiles?: Partial<Record<Environment, number>>
  /** Per holder (plans): asked on every call; a number overrides the profile's and `tokens`. */
  tokensFor?: BudgetTokensFunction
  /** When the store cannot be reached, let calls through unbudgeted instead of refusing them. Default false. */
  failOpen?: boolean
  /**
   * How long the hold of a call its process never settled (it died) keeps counting; at least 1000. A live call's
   * hold never lapses: near its expiry it becomes a charge of the amount held. Default: the call timeout plus 60000.
   */
  reservationTtlMs?: number
}

export interface ResolvedBudget {
  /** The amount for the active environment: `profiles[environment]`, else `tokens`. */
  tokens: number
  window: BudgetWindow
  key: BudgetKeyFunction | undefined
  redis: BudgetRedis | undefined
  nameSpace: string
  tokensFor: BudgetTokensFunction | undefined
  failOpen: boolean
  reservationTtlMs: number
}

const tokenCount = z.number().int().nonnegative()
const isFunction = (value: unknown) => typeof value === 'function'

export const budgetOptionsSchema = definedFields(
  z.strictObject({
    tokens: tokenCount,
    window: z.union([z.number().int().positive(), z.enum(CALENDAR_WINDOWS)]).optional(),
    key: z.custom<BudgetKeyFunction>(isFunction, 'expected a function').optional(),
    redis: redisClientOption<BudgetRedis>().optional(),
    nameSpace: z.string().min(1).optional(),
    profiles: definedFields(z.partialRecord(z.enum(ENVIRONMENTS), tokenCount)).optional(),
    tokensFor: z.custom<BudgetTokensFunction>(isFunction, 'expected a function').optional(),
    failOpen: z.boolean().optional(),
    reservationTtlMs: z.number().int().min(RESERVATION_MIN_TTL_MS).optional(),
  }),
)

export function resolveBudget(
  valid: z.output<typeof budgetOptionsSchema> | false | undefined,
  environment: Environment,
  timeoutMs: number,
): ResolvedBudget | false {
  if (!valid) return false
  return {
    tokens: valid.profiles?.[environment] ?? valid.tokens,
    window: valid.window ?? DEFAULT_BUDGET_WINDOW,
    key: valid.key,
    redis: valid.redis,
    nameSpace: valid.nameSpace ?? DEFAULT_BUDGET_NAMESPACE,
    tokensFor: valid.tokensFor,
    failOpen: valid.failOpen ?? false,
    // Upstream, a call runs at most its timeout (retries included); the grace covers a consumer finishing reading,
    // so an ordinary call settles before its hold is turned into a charge (src/budget/budget.ts).
    reservationTtlMs: valid.reservationTtlMs ?? timeoutMs + RESERVATION_GRACE_MS,
  }
}
