import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from './helpers/guard-cases.js'

// A quoted value set without an operator on a config line of its own (Gradle `storePassword "…"`, fastlane
// `password '…'`), read as the same value unquoted is, and an element named after the secret carrying it in its
// `value` attribute (`<Password value="…"/>`): secrets.ts, endsLine and opensElement.

const PW = 'Jr6%tYc2@vNd'

const FOUND: Array<[string, string]> = [
  [`android {\n  signingConfigs {\n    debugRelease {\n      keyPassword '${PW}'\n    }\n  }\n}`, PW],
  [`\tstorePassword "${PW}"\r\n\tkeyAlias "upload"`, PW],
  [`credentials {\n    username 'ci-bot'\n    password '${PW}'\n}`, PW],
  [`DB_PASSWORD "${PW}"`, PW],
  [`storePassword ${PW}`, PW],
  [`api_token "${PW}"`, PW],
  [`<Password value='${PW}'/>`, PW],
  [`<config>\n  <DbPassword value="${PW}"></DbPassword>\n</config>`, PW],
  [`<apiKey value = "${PW}" />`, PW],
  [`<ClientSecret Value="${PW}"/>`, PW],
]

t.test('a quoted value without an operator, or in a secret element value attribute, is found', async (t) => {
  assertFound(t, FOUND)
})

// A random-looking quoted value followed by prose is a value, as it is after a word in prose (`my password "…" is what
// the wiki says`): this was a control until the guard-quoted-value-before-prose family (a disclosed password leaked).
t.test('a quoted random-looking value before prose is found', async (t) => {
  assertFound(t, [[`password "${PW}" is what the wiki says`, PW]])
})

t.test('controls: references, placeholders, prose and other attributes stay clean', async (t) => {
  assertNothingFound(t, [
    'storePassword System.getenv("KEYSTORE_PASSWORD")',
    "storePassword keystoreProperties['storePassword']",
    'password "is required"',
    'password "your-password-here"',
    'password "twice" is not what I meant',
    '<Password value=""/>',
    '<Password value="{password}" />',
    '<ApiKey value="YOUR_API_KEY" />',
    '<Password minLength="12" />',
    '<PasswordPolicy value="Strong2024Policy"/>',
    'keyAlias "release-key-2024"',
  ])
})

t.test('fast path == full scan on cut and upper-cased variants', async (t) => {
  assertFastAsFull(
    t,
    FOUND.map(([text]) => text),
    { seed: 1620, withFindings: 200 },
  )
})
