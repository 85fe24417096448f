import { z } from 'zod'

/**
 * An options object whose fields written as `undefined` (a config read from an unset environment variable) mean
 * their defaults, as absent ones do: dropped before the object is checked, so none replaces a default when merged
 * over it. Only the object's own level: each options object of the schema is wrapped, and the values the host
 * hands over as they are (a Redis client, a function) are never copied.
 */
export function definedFields<S extends z.ZodType>(schema: S) {
  return z.preprocess(withoutUndefinedFields, schema)
}

function withoutUndefinedFields(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
  // Built from entries: a `__proto__` key stays an own field, which the strict schema then refuses.
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined))
}
