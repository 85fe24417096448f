import t from 'tap'
import { createGuard } from '../src/guard/index.js'
import { measureWork } from './helpers/work-meter.js'

// Crafted units for the value after a secret's name read through wrappers, fallbacks, lists and literal parts
// (value-wrappers.ts, secrets.ts), in a process of their own (the work meter patches the regex and string primitives
// of its process): doubling a unit's repetitions must at most double the counted work.

const guard = createGuard()
const REPETITIONS = 1_000
const MAX_DOUBLING_RATIO = 2.2

function linear(name: string, units: readonly string[]) {
  t.test(`linear work: ${name}`, async (t) => {
    for (const unit of units) {
      const small = measureWork(() => guard.scan(unit.repeat(REPETITIONS))).work
      const large = measureWork(() => guard.scan(unit.repeat(2 * REPETITIONS))).work
      t.ok(large / small <= MAX_DOUBLING_RATIO, `${JSON.stringify(unit)}: doubling × ${(large / small).toFixed(2)}`)
      t.ok(large > 0, 'the meter saw the scan')
    }
  })
}

linear('wrappers and casts around a value', [
  'password = (',
  'password = ("',
  'password = []byte(',
  'api_key = SecretStr(String::from(Some(',
  'token = new[] { ',
  'password = (String) ',
  'password = <string>',
  'password = str(\n  ',
])

linear('literal parts and lists', [
  'token = "Xk29aBcD7eFgH1jKlMnO3pQr" + ',
  '"Xk29aBcD7eFgH1jKlMnO3pQr" + ',
  'password = "Tq7#vLm2" "',
  'API_KEYS = ["Xk29aBcD7eFgH1jKlMnO3pQr", ',
  '"743bb1e98eca0ef75b47cd9b8bdc291c",\n  ',
  'tokens = [',
])

linear('lookups and their fallbacks', [
  'password = user?.password ?? ',
  'password = a?.',
  'password: "{{ x | default(',
  'password = coalesce(a, ',
  'password = x if y else ',
  'token = a ? b : ',
  'password = ENV.fetch("X") { ',
])

linear('parameters of a secret function', ['def token(a: ', 'get_token(creds: S3Credentials, ', 'f(a, password: X2abc'])
