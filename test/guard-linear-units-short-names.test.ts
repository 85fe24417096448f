import { linearWorkOnUnits } from './helpers/linear-units.js'

// Crafted units for the readers of short names (short-names.ts), the lone `key`, Authorization parameter lists and
// letters-only passwords (secrets.ts), in a process of their own (the work meter patches the regex and string
// primitives of its process): doubling a unit's repetitions must at most double the counted work.

linearWorkOnUnits('AUTH, PAT and PIN names, session ids and card codes', [
  'REDIS_AUTH=',
  'auth:',
  'GH_PAT=Xk9mPq2vL7wZr4 ',
  'pin ',
  'PIN: 4821 ',
  'ATM PIN 560001 ',
  'pin code is ',
  'session_id=',
  'sessionId: 8f3a9b2c1d4e5f60,',
  'sid=',
  'cvv ',
  'CVV: 123 ',
  'security code: ',
  'NPM_AUTH=bm9jb2xvbg== ',
])

linearWorkOnUnits('lone keys, parameter lists and letters-only passwords', [
  'key: ',
  'key=Xk9mPq2vL7wZr4Ab ',
  'public key: ',
  'Authorization: Digest a=',
  'Authorization: AWS4-HMAC-SHA256 Credential=a, ',
  'response=',
  ', Signature=',
  'password=sunshinelemonade\n',
  'password: $ecret ',
])

linearWorkOnUnits('lone keys in runs without blanks', [
  '?key=',
  'key=Ab3,',
  'key:Xk9mPq2vL7wZr4Ab,',
  'x_auth=',
  'sid=a1,',
])
