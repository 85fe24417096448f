import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Review 32, a false positive of outside32's bare key lists: a cache's keys under their namespace's word (`keys:
 * ["session:abc123def456", "cache:xyz"]`) had the namespaced first key read as generated. A key written after a
 * lower-case word and a colon is the store's key; a generated first key is read as ever.
 */

t.test("a cache's namespaced keys under `keys` stay clean", async (t) => {
  assertNothingFound(t, [
    'keys: ["session:abc123def456", "cache:xyz"]',
    'keys: ["rate-limit:9f1cA8kQ2mZ7xL4pR", "rate-limit:x"]',
    "redis.del(keys: ['user_profile:8Fk29LmQp3Zx7RtB4nW'])",
  ])
})

t.test('a generated first key under `keys` is still read', async (t) => {
  assertFound(t, [
    ['keys: ["a8Fk29LmQp3Zx7RtB4nW", "b7Gh"]', 'a8Fk29LmQp3Zx7RtB4nW'],
    ['keys: ["Q8Fk29LmQp3Zx7RtB4nW:session"]', 'Q8Fk29LmQp3Zx7RtB4nW'],
  ])
})
