import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from './helpers/guard-cases.js'

// PHP's member access on a variable (`$password = $request->input('password');`, Laravel's everyday line) was read
// as the password `$request-`: the value stops at `>`, and the `$` name before it was judged as a value. A `$` name
// ending in `->` or `?->` is the object's name, a reference (secret-value.ts DOLLAR_NAME).

const CODE = [
  '$password = $request->input("password");',
  '$password = $request?->input("password");',
  '$token = $response->token;',
  '$apiKey = $config->get("api_key");',
  '$Password = $UserInput->Get();',
  '$password = $Request->Input("password");',
  '$secret = $this->secret;',
  'password => $payload->password,',
  '$db_password = $settings?->database->password;',
]

const FOUND: Array<[string, string]> = [
  ['password: $Xk92mQ7vLp3zR8-', '$Xk92mQ7vLp3zR8-'],
  ['$password = "$ecr3tPa55";', '$ecr3tPa55'],
  ['password = $Xk92mQ7vLp3zR8->', '$Xk92mQ7vLp3zR8-'],
]

t.test('a $ name before -> is an object, not a password', async (t) => {
  assertNothingFound(t, CODE)
})

t.test('controls: a password starting with $ is still found, with a dash after it too', async (t) => {
  assertFound(t, FOUND)
})

t.test('fast path as full scan', async (t) => {
  assertFastAsFull(t, [...CODE, ...FOUND.map(([text]) => text)], { seed: 1402, withFindings: 40 })
})
