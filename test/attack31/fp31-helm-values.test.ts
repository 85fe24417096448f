import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 31, a false positive: a Helm chart's template reads a secret from the chart's values (`.Values.db.password`,
 * `$.Values.token`), and `required` names it in a message first (`{{ required "token" .Values.token }}`), whose quoted
 * word read as the secret's name: the path after it was redacted as the secret. A path into Helm's built-in objects
 * (`.Values`, `.Release`, `.Chart`, `.Files`, `.Capabilities`, `.Template`) is where the value is read from; a value
 * after a dot of another name is still read.
 */

t.test("a path into a Helm chart's values is no secret", async (t) => {
  assertNothingFound(t, [
    'token: {{ required "token" .Values.token }}',
    '  token: {{ required "token" .Values.token | quote }}',
    'value: {{ required "apiKey" .Values.apiKey }}',
    '{{- $token := required "token" .Values.token -}}',
    '{"token": "{{ required \\"token\\" .Values.token }}"}',
    'token: .Values.token',
    'password: .Values.db.password',
    'api_key: {{ required "api_key" $.Values.global.apiKey | b64enc }}',
  ])
})

t.test('a value after a dot of another name is still read', async (t) => {
  assertFound(t, [
    ['password: .Xk9mQ2vLp7', '.Xk9mQ2vLp7'],
    ['password: .ValuesXk9mQ2', '.ValuesXk9mQ2'],
    ['token: {{ required "token" "Xk9mQ2vLp7ZzQw" }}', 'Xk9mQ2vLp7ZzQw'],
  ])
})
