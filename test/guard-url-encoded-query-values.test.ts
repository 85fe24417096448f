import t from 'tap'
import { assertFastAsFull, assertFound, assertFoundAs, assertNothingFound, found } from './helpers/guard-cases.js'

// Percent-encoded values in query strings and form bodies: an address's `@` written `%40` (contact.ts reads it as an
// at-sign, and the local part's own escapes, `%2B` for `+`, as part of it) and a phone number's `+` written `%2B`
// (phone.ts). An encoded `=`, `&`, `/` or `<` before the local part is the query's, and a `%40` that starts no address
// (a scope, a handle, an image's density) is none.

t.test('a percent-encoded address or international number is redacted', async (t) => {
  assertFound(t, [
    ['mailto:?to=anna.berg%40telia.se&subject=Hej', 'anna.berg'],
    ['POST /login body: username=jane.roe%40gmx.net&remember=1', 'jane.roe'],
    ['GET /invite?to=Jane%20Roe%20%3Cjane.roe%2Ework%40posteo.de%3E', 'jane.roe'],
    ['GET /otp?phone=%2b447700900123 HTTP/1.1', '7700900123'],
    ['curl -d "to=%2B4915123456789&text=hi" https://sms.lan/send', '15123456789'],
    // URLSearchParams writes a space as `+`.
    ['POST /otp body: phone=%2B33+6+12+34+56+78&channel=sms', '12+34+56+78'],
    ['phone=%2B1+415+555+2671', '555+2671'],
  ])
  t.same(found('phone=%2B33+6+12+34+56+78&x=1'), [['phone', '%2B33+6+12+34+56+78']])
  t.same(found('GET /invite?to=Jane%20Roe%20%3Cjane.roe%2Ework%40posteo.de%3E'), [
    ['email', 'jane.roe%2Ework%40posteo.de'],
  ])
  t.same(found('GET /u?filter=email%3Dmarc.dubois%40orange.fr'), [['email', 'marc.dubois%40orange.fr']])
})

t.test('a percent-encoded URL with a password in a query is a credential URL, not an email', async (t) => {
  const cases: Array<[string, string]> = [
    ['GET /login?next=postgres%3A%2F%2Fapp%3AHk7pWq3nZr9x%40db01.lyon-transit.fr%3A5432%2Fapp&x=1', 'Hk7pWq3nZr9x'],
    ['redirect_uri=https%3A%2F%2Fci-bot%3ARq2vNz7kWp4m%40git.lyon-transit.fr%2Fapp.git', 'Rq2vNz7kWp4m'],
    ['?broker=amqp%3a%2f%2fsvc%3aZr8kQm2vLx5t%40mq.hydro-nord.de&q=1', 'Zr8kQm2vLx5t'],
  ]
  assertFoundAs(t, cases, 'database_url')
  assertNothingFound(t, [
    'dsn=mysql%3A%2F%2Froot%3A%3Cpassword%3E%40db.local',
    'u=https%3A%2F%2Fexample.org%2Fa%3Fb%3Dc',
    'x=redis%3A%2F%2F%3Apassword%40cache.local%2F0',
  ])
})

t.test('controls: a %40 or %2B that starts no address or number stays clean', async (t) => {
  assertNothingFound(t, [
    'https://www.npmjs.com/package/%40types%2Fnode',
    'https://medium.com/%40jane.doe/my-post-123',
    'https://cdn.jsdelivr.net/npm/%40fontsource%2Froboto%405.0.8/index.css',
    'GET /img/logo%402x.png and /search?q=foo%40bar',
    'GET /x?a=%2540corp.de',
    'id=a%40b.de%40c.de',
    'sig=abc%2B1234567890123 and price=%2B12.5%25 and x%2B33612345678',
    'sum=%2B1+2+3+4&n=1+2+3+4+5+6+7+8',
  ])
})

t.test('the fast path reads these values as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    [
      'GET /unsubscribe?email=claire.fontaine%40wanadoo.fr&list=weekly HTTP/1.1',
      "curl 'https://crm.lan/lookup?email=lena.schmidt%2Bnews%40web.de'",
      'GET /api/otp/send?phone=%2B33612345678&channel=sms x=%2b1 415 555 2671',
      'a=%2B33+6+12+34+56+78&b=%2B1+415+555+2671&c=%2B1+2+3',
      'next=postgres%3A%2F%2Fapp%3AHk7pWq3nZr9x%40db01.lyon-transit.fr%3A5432%2Fapp&x=1',
      'a@b.de then c%40d.fr and &#64;x.de',
    ],
    { seed: 1719, withFindings: 100 },
  )
})

t.test('an address after an encoded colon is a URL password; after another escape it is an address', async (t) => {
  assertNothingFound(t, ['x=redis%3a%2f%2f%3apassword%40cache.local%2F0'])
  t.same(
    found('to=%3Bjane.roe%40corp.de').map(([type]) => type),
    ['email'],
  )
  t.same(
    found('to=%2Ajane.roe%40corp.de').map(([type]) => type),
    ['email'],
  )
})
