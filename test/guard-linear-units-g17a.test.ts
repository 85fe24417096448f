import { linearWorkOnUnits } from './helpers/linear-units.js'

// Crafted units for the readers widened after attack 17 (credential URLs of any scheme, JSON-escaped slashes, escaped
// and percent-encoded at-signs, a percent-encoded `+`), in a process of their own (the work meter patches the regex
// and string primitives of its process): doubling a unit's repetitions must at most double the counted work.

// blocks.ts: a scheme is at most 40 characters read once from a run's start; `:\/\/` is found like `://`.
linearWorkOnUnits('credential URLs of any scheme, slashes plain or JSON-escaped', [
  'a+b.c-d',
  'x:\\/\\/',
  'rtsp:\\/\\/a:',
  'mqtt:\\/\\/u:Zr8kQm2vLx5t@',
  'svn+ssh://u:Zr8kQm2vLx5t@h.lan\\/',
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa://u:p@',
  'a%3A%2F%2F',
  'redis%3A%2F%2Fu%3A',
  'redis%3A%2F%2Fu%3Ap%3A',
  'x%3A%2F%2Fu%41%3AZr8kQm2vLx5t%40h.lan%2F',
  // contact.ts: a URL's password before an `@` is no mailbox, told by a look back of at most 200 characters.
  'git://USER:TOKEN@github.com ',
  'a:b@c.de',
  ':\\/\\/u:v@w.io',
])

// tokens.ts and provider-tokens.ts: the webhook literals with escaped slashes, each body bounded.
linearWorkOnUnits('webhook URLs with JSON-escaped slashes', [
  'hooks.slack.com\\/services\\/',
  'https:\\/\\/hooks.slack.com\\/services\\/T0\\/',
  'discord.com\\/api\\/webhooks\\/12345678901234567\\/',
  '\\/\\/\\/',
])

// contact.ts: one bounded look around each at-sign, plain or escaped; a percent-encoded local part steps back by
// whole escapes, at most 64 characters.
linearWorkOnUnits('escaped and percent-encoded at-signs', [
  '%40',
  'a%40',
  'a%40b.de',
  'a%2B%40b.de%40',
  '%2E%2E%2E%2E',
  'x&#64;y.fr',
  '&#x0040;',
  '&#',
  '&commat;a.b',
  'a\\u0040b.de\\u0040',
  '\\x40',
  '&#106;&#64;',
  '&#106;a&#110;e&#64;c&#x6f;rp.de ',
  '&amp;&period;&#x6f;',
  '\\u002e\\u0040\\u002e',
  'a;a;a;&a;&#',
])

// phone.ts: a `%2B` before digits is the number's `+`, read once.
linearWorkOnUnits('a percent-encoded plus before a phone number', [
  '%2B',
  '%2B3',
  'phone=%2B33612345678&',
  '%2B33 6 12 34 56 78 ',
  '%2b1%2b1%2b1',
  '%2B3+3+3+3+3+3+3+3+',
  '=%2B33+6+12+34+56+78&',
])
