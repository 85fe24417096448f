import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from './helpers/guard-cases.js'

// A secret's name whose words before the secret's word say which secret it is: where it is kept (`TF_VAR_`, `env.`,
// `FILE_`, `FIELD_`), what it opens (`APPLE_ID_`, `PAGE_ACCESS_`, `ENDPOINT_`). Those words were read
// as "something about the secret" wherever they stood, so the whole name was turned down and its value went out
// (secrets.ts QUALIFIERS_BEFORE). After the secret's word they still name a property: a path, an address, an id; and
// only a name the secret's word ends is read so (`ID_PASSWORD_INPUT` is a form field's selector). `url` is no
// qualifier: a URL's secret is mostly a path to one (`url_secret: projects/…/secrets/…`).

const QUALIFIED: Array<[string, string]> = [
  ['TF_VAR_db_password=Xk92mqLz7Wq', 'Xk92mqLz7Wq'],
  ['export TF_VAR_db_password="Xk92mqLz7Wq"', 'Xk92mqLz7Wq'],
  ['{"TF_VAR_api_token": "Yt83nwKa8ErPq"}', 'Yt83nwKa8ErPq'],
  ["env.DB_PASSWORD = 'Xk92mqLz7Wq'", 'Xk92mqLz7Wq'],
  ['helm upgrade api ./chart --set env.DB_PASSWORD=Xk92mqLz7Wq', 'Xk92mqLz7Wq'],
  ['APPLE_ID_PASSWORD=Xk92mqLz7Wq', 'Xk92mqLz7Wq'],
  ['  appleIdPassword: "Xk92mqLz7Wq"', 'Xk92mqLz7Wq'],
  ['KEYSTORE_FILE_PASSWORD=Xk92mqLz7Wq', 'Xk92mqLz7Wq'],
  ["FIELD_ENCRYPTION_KEY = 'f164ec6b9a0bXk92mq'", 'f164ec6b9a0bXk92mq'],
  ['PAGE_ACCESS_TOKEN=EAAGm0PXk92mqLz7WqZDZD', 'EAAGm0PXk92mqLz7WqZDZD'],
  ['STRIPE_ENDPOINT_SECRET=Xk92mqLz7WqAb3', 'Xk92mqLz7WqAb3'],
]

t.test('a name qualified before its secret word still names a secret', async (t) => {
  for (const [text, value] of QUALIFIED) t.same(found(text), [['generic_secret', value]], JSON.stringify(text))
  assertFound(t, QUALIFIED)
})

// The same words after the secret's word, a page right before a token (a list's cursor), a key those words alone
// qualify (an object's key, a key's id), and a qualified name whose last word says something about the secret.
t.test('the same words naming a property of the secret, or no secret, are not', async (t) => {
  assertNothingFound(t, [
    'page_token = "CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA"',
    'nextPageToken: "CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA"',
    'password_file = "/run/secrets/Xk92mqLz7W"',
    'TOKEN_URL=Xk92mqLz7Wq',
    'secret_id = "Xk92mqLz7Wq"',
    'file_key = "Xk92mqLz7Wq"',
    'id_key = "Xk92mqLz7Wq"',
    'url_key = "Xk92mqLz7Wq"',
    'env_var_name = "Xk92mqLz7Wq"',
    'FILE_PASSWORD_HINT = "Xk92mqLz7Wq"',
    'TF_VAR_db_password_length=Xk92mqLz7Wq',
    'env.TOKEN_ENDPOINT = "Xk92mqLz7Wq"',
    'ID_PASSWORD_INPUT = "#pw-input2"',
    'ENDPOINT_TOKEN_REFRESH = "oauth/refresh2"',
    'env_token_scope = "repo:read2"',
    'url_secret: "projects/p2/secrets/webhook"',
  ])
})

t.test('fast as full, in any case and cut short', async (t) => {
  assertFastAsFull(
    t,
    QUALIFIED.map(([text]) => text),
    { seed: 2613, withFindings: 200 },
  )
})
