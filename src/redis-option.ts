import { z } from 'zod'

/** An option holding an ioredis client (or cluster): checked by the one method the stores need from it. */
export function redisClientOption<T>() {
  return z.custom<T>(
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      typeof (value as { defineCommand?: unknown }).defineCommand === 'function',
    'expected an ioredis client',
  )
}
