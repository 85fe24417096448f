import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * False positive, found by running the guard over ordinary files (undici's and proxy-agent's READMEs, a GitHub
 * script, yaml's parser in node_modules): a JavaScript template literal built from code was judged as a written
 * value. Only a variable's reference (`${DB_PASSWORD}`, `${VAULT_PASS:-…}`) was taken out of a value, so a
 * substitution holding a call (`Basic ${Buffer.from('user:pass').toString('base64')}`) and the backticks and spaces
 * left around one (`` `token ${githubToken}` ``, `Unexpected ${type} at node end`) read as random characters. Every
 * substitution is taken out now, and what the template writes around it judged (secret-value.ts' withoutReferences):
 * a password written around one is still found.
 */

const CODE = [
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal's source is the case
  "  return req.headers['proxy-authorization'] === `Basic ${Buffer.from('user:pass').toString('base64')}`",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal's source is the case
  "const client = new Client('https://proxy.server', {\n  token: `Basic ${Buffer.from('username:password').toString('base64')}`\n})",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal's source is the case
  '  if (githubToken) {\n    headers.Authorization = `token ${githubToken}`\n  }',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal's source is the case
  "        onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);",
]

t.test('a template literal built from code is no value', async (t) => {
  assertNothingFound(t, [...CODE, CODE.join('\n')])
})

t.test('a password written around a substitution is still found', async (t) => {
  assertFound(t, [
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal's source is the case
    ['const password = `${user}:Xk9#mQ2vL7`', 'Xk9#mQ2vL7'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal's source is the case
    ['password: `Xk9#mQ2vL7${x}`', 'Xk9#mQ2vL7'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal's source is the case
    ['const secret = `Xk9#${x}mQ2vL7`', 'mQ2vL7'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal's source is the case
    ['DB_PASSWORD=${DB_PASSWORD:-Xk9#mQ2vL7}', 'Xk9#mQ2vL7'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal's source is the case
    ["token: `Bearer ${getToken('a')}.Xk9mQ2vL7pR4wZ`", 'Xk9mQ2vL7pR4wZ'],
  ])
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, CODE)
})
