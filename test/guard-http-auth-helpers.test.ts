import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from './helpers/guard-cases.js'

// HTTP clients take a password or a token through their auth helpers, by position: Ruby's and Rust's `basic_auth`,
// reqwest's `bearer_auth`, Spring's `setBearerAuth`, OkHttp's `Credentials.basic`, Elasticsearch's and OpenSearch's
// `basic_auth=`/`http_auth=` tuples, Guzzle's `'auth' => […]` and curl's `CURLOPT_USERPWD` (positional-credentials.ts,
// secrets.ts' AUTH_TUPLE). Only literals are read, each judged as a password.

const PASSWORD = 'Sommer2024!x'
const TOKEN = 'Xq7vLm2Rz9wKp4'

const HELPERS: ReadonlyArray<readonly [string, string]> = [
  [`http.basic_auth('admin', '${PASSWORD}')`, PASSWORD],
  [`req.basic_auth 'admin', '${PASSWORD}'`, PASSWORD],
  [`let res = client.get(url).basic_auth("admin", Some("${PASSWORD}")).send().await?;`, PASSWORD],
  [`client.get(url).bearer_auth("${TOKEN}").send()`, TOKEN],
  [`headers.setBearerAuth("${TOKEN}");`, TOKEN],
  [`String credential = Credentials.basic("admin", "${PASSWORD}");`, PASSWORD],
  [`es = Elasticsearch("https://localhost:9200", basic_auth=("elastic", "${PASSWORD}"))`, PASSWORD],
  [`client = OpenSearch(hosts=hosts, http_auth=("admin", "${PASSWORD}"), use_ssl=True)`, PASSWORD],
  [`$client->request('GET', $url, ['auth' => ['admin', '${PASSWORD}']]);`, PASSWORD],
  [`$client->get($url, ["auth" => ["admin", "${PASSWORD}", "digest"]]);`, PASSWORD],
  [`curl_setopt($ch, CURLOPT_USERPWD, "admin:${PASSWORD}");`, PASSWORD],
  [`curl_setopt($ch, CURLOPT_PROXYUSERPWD, 'proxy:${TOKEN}');`, TOKEN],
]

t.test("a literal given to an HTTP client's auth helper is found", async (t) => {
  assertFound(t, HELPERS)
})

t.test('variables, placeholders and empty passwords given to them are not', async (t) => {
  assertNothingFound(t, [
    'req.basic_auth(user, Some(pass))',
    '.basic_auth("admin", None::<&str>)',
    'client.get(url).bearer_auth(&token).send()',
    'headers.setBearerAuth(token);',
    'Credentials.basic(user, pass)',
    'es = Elasticsearch(hosts, basic_auth=(user, password))',
    "$client->get($url, ['auth' => [$user, $pass]]);",
    "curl_setopt($ch, CURLOPT_USERPWD, $user . ':' . $pass);",
    "curl_setopt($ch, CURLOPT_USERPWD, 'admin:' . $pw);",
    "curl_setopt($ch, CURLOPT_USERPWD, 'admin:');",
    'http.basic_auth("admin", "<password>")',
  ])
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, [HELPERS.map(([text]) => text).join('\n')])
})
