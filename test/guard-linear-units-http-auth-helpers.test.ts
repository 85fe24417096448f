import { linearWorkOnUnits } from './helpers/linear-units.js'

// The HTTP clients' auth helpers (positional-credentials.ts, secrets.ts' AUTH_TUPLE), in a process of their own (the
// work meter patches the regex and string primitives of its process): doubling a unit's repetitions must at most
// double the counted work.
linearWorkOnUnits('HTTP auth helpers', [
  "basic_auth('a', 'Sommer2024!x') ",
  'basic_auth("a", Some("Sommer2024!x")) ',
  'basic_auth(Some(Some( ',
  'bearer_auth("Xq7vLm2Rz9wKp4") setBearerAuth( ',
  'Credentials.basic(a, ',
  'basic_auth=("a", "Sommer2024!x") http_auth=( ',
  "['auth' => ['a', 'Sommer2024!x']] ",
  "'auth'=>[ 'auth' => [ ",
  'CURLOPT_USERPWD, "a:Sommer2024!x") ',
  'CURLOPT_USERPWD, "a:',
  "CURLOPT_USERPWD,'a:b",
])
