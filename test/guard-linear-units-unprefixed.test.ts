import { linearWorkOnUnits } from './helpers/linear-units.js'

// Crafted units for the readers of secrets without a prefix (unprefixed-tokens.ts), in a process of their own (the
// work meter patches the regex and string primitives of its process): doubling a unit's repetitions must at most
// double the counted work.

linearWorkOnUnits('Discord bot tokens and JSON Web Keys', [
  'MTE5Mzg0NzU2MjAxOTI4Mzc0Ng.Gx7Kp2.',
  'MTE5Mzg0NzU2MjAxOTI4Mzc0Ng.',
  'kty',
  '{"kty',
  '"d":"lgrxMM2bNi7spQtxOulq',
  '"p":"9gY2w6I6S6L0juEK","q":"',
  ',"qi":"eNho5yRBEBxhGBtQR',
  'k:"',
])

linearWorkOnUnits('webhook keys, Mailchimp keys and URL users', [
  'ifttt.com/trigger/a/with/key/',
  'ifttt.com/use/',
  '/hooks/',
  'https://a/hooks/xi5qj3fzcfgx8mcdw4gxbuq1e',
  '0e9541964852d149f90a56a800ff101d-us',
  '-us1',
  '://',
  'https://q8Zr2LmX9vTw4KpN7sYbH3abcd',
  '1//0gV7c9Lx2QpR4tZ8mN1bK6yH3jW5sD0',
  'sdk-5e5507b4-adbb-41c3-9131-',
])
