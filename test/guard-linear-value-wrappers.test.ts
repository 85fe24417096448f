import { linearWorkOnUnits } from './helpers/linear-units.js'

// Crafted units for the value after a secret's name read through wrappers, fallbacks, lists and literal parts
// (value-wrappers.ts, secrets.ts), in a process of their own (the work meter patches the regex and string primitives
// of its process): doubling a unit's repetitions must at most double the counted work.

linearWorkOnUnits(
  'wrappers and casts around a value',
  [
    'password = (',
    'password = ("',
    'password = []byte(',
    'api_key = SecretStr(String::from(Some(',
    'token = new[] { ',
    'password = (String) ',
    'password = <string>',
    'password = str(\n  ',
  ],
  1_000,
)

linearWorkOnUnits(
  'literal parts and lists',
  [
    'token = "Xk29aBcD7eFgH1jKlMnO3pQr" + ',
    '"Xk29aBcD7eFgH1jKlMnO3pQr" + ',
    'password = "Tq7#vLm2" "',
    'API_KEYS = ["Xk29aBcD7eFgH1jKlMnO3pQr", ',
    '"743bb1e98eca0ef75b47cd9b8bdc291c",\n  ',
    'tokens = [',
  ],
  1_000,
)

linearWorkOnUnits(
  'lookups and their fallbacks',
  [
    'password = user?.password ?? ',
    'password = a?.',
    'password: "{{ x | default(',
    'password = coalesce(a, ',
    'password = x if y else ',
    'token = a ? b : ',
    'password = ENV.fetch("X") { ',
  ],
  1_000,
)

linearWorkOnUnits(
  'parameters of a secret function',
  ['def token(a: ', 'get_token(creds: S3Credentials, ', 'f(a, password: X2abc'],
  1_000,
)
