import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * False positive, found by pasting a web app's front-end config: Stripe's publishable key and Mapbox's public token
 * are meant to ship in every page (docs/guard.md says Stripe's `pk_…` is ignored), yet under a plain name
 * (`STRIPE_KEY=pk_test_…`, `MAPBOX_TOKEN=pk.eyJ…`, `mapboxgl.accessToken = "pk.eyJ…"`) the generic reader redacted
 * them: only a name saying "publishable" spared them. Now a value opening with `pk_live_`, `pk_test_` or `pk.eyJ` is a
 * published key whatever its name (secret-value.ts' isPublishableKey). The secret halves (`sk_test_…`, `rk_live_…`,
 * Mapbox's `sk.eyJ…`) and a password merely opening with `pk_` are still found.
 */

const PUBLISHED = [
  'STRIPE_KEY=pk_test_TYooMQauvdEDq54NiTphI7jx',
  'const stripe = Stripe("pk_live_51HqLyjWDarjtT1zdp7dcQ2vL7pZq4Tx");',
  'MAPBOX_TOKEN=pk.eyJ1IjoibW9uYSIsImEiOiJjbGV4YW1wbGUifQ.abc123',
  'mapboxgl.accessToken = "pk.eyJ1IjoibW9uYSIsImEiOiJjbGV4YW1wbGUifQ.abc123";',
]

t.test('a publishable key under any name is no secret', async (t) => {
  assertNothingFound(t, PUBLISHED)
})

t.test('the secret halves, and a password opening with pk_, are still found', async (t) => {
  assertFound(t, [
    ['STRIPE_KEY=sk_test_TYooMQauvdEDq54NiTphI7jx', 'sk_test_TYooMQauvdEDq54NiTphI7jx'],
    [
      'MAPBOX_TOKEN=sk.eyJ1IjoibW9uYSIsImEiOiJjbGV4YW1wbGUifQ.abc123',
      'sk.eyJ1IjoibW9uYSIsImEiOiJjbGV4YW1wbGUifQ.abc123',
    ],
    ['password: pk_Xk9mQ2vL7pZq', 'pk_Xk9mQ2vL7pZq'],
  ])
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, PUBLISHED)
})
