import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret`): a password/secret/token/api_key assignment "… (about 45 languages' words
 * for password …, Chinese `密钥`/`口令`/`令牌`, Russian `ключ`/`токен` …)". `API-Schlüssel`, `clé API`, `chiave
 * API`, `API-ключ`, `API密钥`, `访问令牌` and `jeton d'accès` with a random value are all found.
 *
 * Broken: the everyday words for an API key, an access token or a secret key in Japanese (`APIキー`,
 * `アクセストークン`, `シークレットキー`, `秘密鍵`), Korean (`API 키`, `액세스 토큰`, `비밀 키`), Arabic (`مفتاح API`),
 * Polish (`klucz API`), Turkish (`API anahtarı`, `Gizli anahtar`) and German `Geheimschlüssel` introduce nothing; nor
 * do `Zugangscode` / `código de acceso` for an access code, the bare `トークン` / `토큰` ("token"), "access key" and
 * "secret key" in Japanese, Korean, Arabic, German, Polish and Turkish, nor "API key" in Norwegian, Swedish, Finnish,
 * Czech, Vietnamese and Hindi. Severity: medium (a user writing in these languages
 * labels the key in their language, and it leaves in clear).
 */

const KEY = '7f3kLm92QxPz81VbN4tRw0YhJc5eUa6s'
const CODE = 'Xk9mPq2vL7z'

const CASES: Array<[string, string]> = [
  [`APIキー: ${KEY}`, KEY],
  [`アクセストークン：${KEY}`, KEY],
  [`シークレットキー: ${KEY}`, KEY],
  [`秘密鍵: ${KEY}`, KEY],
  [`API 키: ${KEY}`, KEY],
  [`액세스 토큰: ${KEY}`, KEY],
  [`비밀 키: ${KEY}`, KEY],
  [`مفتاح API: ${KEY}`, KEY],
  [`klucz API: ${KEY}`, KEY],
  [`API anahtarı: ${KEY}`, KEY],
  [`Gizli anahtar: ${KEY}`, KEY],
  [`Geheimschlüssel: ${KEY}`, KEY],
  [`Zugangscode: ${CODE}`, CODE],
  [`código de acceso: ${CODE}`, CODE],
  // The bare word for "token", and "access key" / "secret key" in the same and other languages.
  [`トークン：${KEY}`, KEY],
  [`토큰: ${KEY}`, KEY],
  [`アクセスキー: ${KEY}`, KEY],
  [`액세스 키: ${KEY}`, KEY],
  [`رمز الوصول: ${KEY}`, KEY],
  [`المفتاح السري: ${KEY}`, KEY],
  [`Zugriffsschlüssel: ${KEY}`, KEY],
  [`tajny klucz: ${KEY}`, KEY],
  [`klucz dostępu: ${KEY}`, KEY],
  [`erişim anahtarı: ${KEY}`, KEY],
  [`erişim belirteci: ${KEY}`, KEY],
  [`API-nøkkel: ${KEY}`, KEY],
  [`API-nyckel: ${KEY}`, KEY],
  [`API-avain: ${KEY}`, KEY],
  [`klíč API: ${KEY}`, KEY],
  [`Khóa API: ${KEY}`, KEY],
  [`API कुंजी: ${KEY}`, KEY],
]

t.test('an API key, access token or secret key labelled in the user language is redacted', async (t) => {
  assertRedacted(t, CASES)
})
