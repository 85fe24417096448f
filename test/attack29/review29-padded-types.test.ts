import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 29 review, the padding rule's other side: a type's name with a number among its words (`Base64Str`,
 * `Sha256Hash`, `OAuth2PasswordBearer`) mixes both cases with a digit as a generated value does, and its declaration
 * (`password: Base64Str= Field(…)`) was judged as a padded value and redacted. A type's letters stand in words of three
 * or more; a generated value's come in ones and twos, or turn case right after a lower-case opening.
 */

t.test('declarations whose types name words with a number stay clean', async (t) => {
  assertNothingFound(t, [
    'password: Base64Str= Field(...)',
    'api_key: Base64Str= Field(default=None)',
    'val password: Base64Str= ""',
    'secret: Sha256Hash= compute()',
    'password: Base64Bytes= b""',
    'token: OAuth2PasswordBearer= OAuth2PasswordBearer(tokenUrl="token")',
    'password: Argon2Hasher= Argon2Hasher()',
    'secret: Pbkdf2Params= defaults',
    'api_key: Oauth2Token= None',
    'password: Utf8String= ""',
    'token: JwtV2Claims= claims',
    'secret_key: Blake2bHash= h',
    'passwd: IPv6Address= addr',
    'secret: S3ObjKeyRef= ref',
    'token: Http2StreamId= 0',
    'password: Md5DigestStr= x',
    'token: Secp256k1Key= k',
    'password: HMACSha256= x',
  ])
})

t.test('padded values opening in lower case and turning case are still judged', async (t) => {
  assertFound(t, [
    ['pw: mTZ4ROseTqgTDXLWnys= ok', 'mTZ4ROseTqgTDXLWnys='],
    ['password: vLyz89jS6GamG4s= for now', 'vLyz89jS6GamG4s='],
  ])
})
