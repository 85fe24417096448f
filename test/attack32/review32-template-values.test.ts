import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Review 32: a JavaScript template literal under a secret's name is judged by the text it writes around its
 * substitutions, without its backticks (secret-value.ts, withoutReferences). Round 32's readers settle the forms the
 * older tests used (`headers.Authorization = \`token ${githubToken}\``) before the value is judged, so these hold the
 * judgement itself: words around a substitution are no secret, random characters around one still are.
 */

t.test('a template literal of words around its substitutions is no secret', async (t) => {
  assertNothingFound(t, [
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal's source is the case
    'const password = `default for ${user}`',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal's source is the case
    'export const token = `token ${githubToken}`',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal's source is the case
    'DB_PASSWORD=`cat ${SECRETS_DIR}/db`',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal's source is the case
    '"password": `see ${vault} entry`',
  ])
})

t.test('random characters around a substitution are still read', async (t) => {
  assertFound(t, [
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal's source is the case
    ['const password = `Xk9#mQ2 ${x} vL7pR4`', 'Xk9#mQ2'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal's source is the case
    ['password: `Xk9#mQ2vL7${x}`', 'Xk9#mQ2vL7'],
  ])
})
