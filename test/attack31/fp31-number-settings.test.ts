import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 31, a false positive: a setting and its number after a secret's name, alone or as a note in brackets (a
 * controller's `Syncing secret prod/db-creds (rv=48213)`, `token ttl=98213`, `password: (port=54321)`), was read as
 * the secret's value. A name and its number is a setting's; under a secret's or a code's own name (`pw=…`, `otp=…`)
 * the number is still the secret.
 */

t.test("a setting's number after a secret's name is no secret", async (t) => {
  assertNothingFound(t, [
    'I0512 10:22:31.123456    1 controller.go:212] Syncing secret prod/db-creds (rv=48213)',
    'Syncing secret db-creds (rv=98213)',
    'secret (ab=98213)',
    'token ttl=98213',
    'token port=54321',
    'password: (port=54321)',
    'secret: (rv=48213, uid=7721)',
    'Rotated key kms/prod (version=12.5)',
  ])
})

t.test("a number under a secret's or a code's name is still found", async (t) => {
  assertFound(t, [
    ['password: (pw=48213933)', '48213933'],
    ['token otp=482913', '482913'],
    ['secret x (password=4821399)', '4821399'],
    ['secret: pass=9482131', '9482131'],
    ['secret prod/db-creds (pw=Xk9mQ2vLp7)', 'Xk9mQ2vLp7'],
    ['token ttl=Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ])
})
