import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 29, a leak whose comment claimed it was handled: a value ending in base64's one `=` of padding after a
 * colon, with a word after it (`pw: Xk29vLq7Zp= ok`), went out in clear. A colon, a name, an `=` and a blank read as a
 * typed declaration (`password: str = …`) whose value, `ok`, is no secret. A declaration's type has a type's name; a
 * name mixing both cases with a digit (`Xk29vLq7Zp`), or turning case every few characters (`ZmFrZUtleTEyMw`), is a
 * generated value, so its `=` is padding and it is judged.
 * Types whose names hold a digit (`Uint8Array`, `Int32`, `Vec3f`) stay declarations.
 */

const padded = [
  ['pw: Xk29vLq7Zp= ok', 'Xk29vLq7Zp='],
  ['password: Xk29vLq7Zp= and the user is bob', 'Xk29vLq7Zp='],
  ['token: aGVsbG8gd29ybGQx= was rotated yesterday', 'aGVsbG8gd29ybGQx='],
  ['secret: Q2xvdWRTZWNyZXQ5= please keep it safe', 'Q2xvdWRTZWNyZXQ5='],
  ['api_key: ZmFrZUtleTEyMw= for staging', 'ZmFrZUtleTEyMw='],
  ['db_password: R4nd0mPassW0rd= , then restart', 'R4nd0mPassW0rd='],
] as const

t.test('a padded value after a colon, a word after it', async (t) => {
  assertFound(t, padded)
})

t.test('declarations whose types have a type’s name stay clean', async (t) => {
  assertNothingFound(t, [
    'password: str= getpass()',
    'password: Uint8Array= new Uint8Array(32)',
    'api_key: SecretStr= Field(default=None)',
    'key: Vec3f= something',
    'password: Optional[str]= None',
    'token: Int32= 0',
    'secret_key: Float64Array= zeros',
    'password: PasswordField= form.field',
    'password: HttpUrlConnectionRef= foo',
    'password: ConfigurableSecretStoreRef= x',
  ])
})

t.test('streamed, as whole', async (t) => {
  assertStreamedAsWhole(
    t,
    padded.map(([text]) => text),
  )
})

linearWorkOnUnits('padded values', ['pw: Xk29vLq7Zp= ', 'password: Aa1Aa1Aa1= ok ', 'k: A1a= '])
