import t from 'tap'
import { assertRedactedTo } from './guard-cases.js'

/**
 * Promise (docs/guard.md): "Findings are offsets into the original text, and redaction replaces exactly the original
 * characters ... nothing else is rewritten"; a URL query's key (`?key=…&units=metric`) is redacted up to its `&`.
 * Input family: a password or client secret in an `application/x-www-form-urlencoded` body or a URL query (login
 * forms, OAuth token requests, curl `-d`), followed by more fields. In that encoding a `&` inside a value is written
 * `%26`, so a raw `&` followed by `name=` always starts the next field.
 * What happens: the secret is found, but the finding runs on over `&next=/home`, `&grant_type=…`, `&client_id=web`
 * to the end of the body, so a reply explaining the request loses the fields the user asked about
 * (`…&password=[REDACTED:generic_secret]` with the rest gone) and the audit counts one long value.
 * Suspected mechanism: `readValue` (src/guard/secrets.ts:473-490) reads an unquoted value "up to a space, quote or
 * angle bracket", so `&` (and `;`) never end it, whatever stands before the name; the query-key reader
 * (src/guard/signed-urls.ts:55-63) ends its value with `valueEnd(text, start, true)`, which is why `?appid=…&units=`
 * stops right. A name opened by `?`/`&` (or a body of `name=value&…` pairs) could end its value at `&name=`.
 * Expected to FAIL on main.
 */

const R = '[REDACTED:generic_secret]'

t.test('a password in a form body or a URL query is redacted up to the next field', async (t) => {
  assertRedactedTo(t, [
    [
      'https://intranet.lyon-transit.fr/login?user=bob&password=Vq4mZt8wLp2k&next=/home',
      `https://intranet.lyon-transit.fr/login?user=bob&password=${R}&next=/home`,
    ],
    [
      'curl -d "username=bob&password=Hk7pWq3nZr9x&grant_type=password" https://auth.lyon-transit.fr/token',
      `curl -d "username=bob&password=${R}&grant_type=password" https://auth.lyon-transit.fr/token`,
    ],
    [
      'grant_type=password&username=bob&password=Gt5rNb8vXq2m&client_id=web',
      `grant_type=password&username=bob&password=${R}&client_id=web`,
    ],
    [
      'POST /login HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nlogin=bob&pwd=Pz6kWm3tRq8v&remember_me=on',
      `POST /login HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nlogin=bob&pwd=${R}&remember_me=on`,
    ],
    [
      'client_secret=Lm9qTz4wKx7bRq2vNz7kWp4m&grant_type=client_credentials&scope=read',
      `client_secret=${R}&grant_type=client_credentials&scope=read`,
    ],
  ])
})
