import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 31, a false positive: an auth header's value built by string interpolation, an auth scheme then a variable
 * (PowerShell's `-Headers @{ Authorization = "Bearer $token" }`, `"Basic $encoded"`, `"token $ghToken"`,
 * `"Bearer $($token)"`), was read as the credential: the quoted whole looked like a scheme and its token. The
 * variable is the credential's name; a scheme before a value, or before a password that opens with `$`, is still read.
 */

t.test('a scheme before an interpolated variable is no credential', async (t) => {
  assertNothingFound(t, [
    'Invoke-RestMethod -Uri $url -Headers @{ Authorization = "Bearer $token" } -Method Get',
    'Authorization: "Bearer $TOKEN"',
    '$h = @{ "Authorization" = "Bearer $($token)" }',
    'Authorization = "Bearer $env:TOKEN"',
    'Authorization = "Basic $encoded"',
    'Authorization = "token $ghToken"',
  ])
})

t.test('a scheme before a value is still read', async (t) => {
  assertFound(t, [
    ['Authorization = "Bearer Xk9mQ2vLp7ZzQ"', 'Xk9mQ2vLp7ZzQ'],
    ['Authorization = "Bearer $ecr3tPa55"', '$ecr3tPa55'],
    ['Authorization = "Bearer $Xk92mQ7vLp3zR8"', '$Xk92mQ7vLp3zR8'],
    ['Authorization = "Bearer $token Xk9mQ2vLp7ZzQ"', 'Xk9mQ2vLp7ZzQ'],
  ])
})
