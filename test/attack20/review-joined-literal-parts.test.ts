import t from 'tap'
import { found } from '../helpers/guard-cases.js'

/**
 * Review, round 21. The joined-literals reading (src/guard/joined-literals.ts) redacted a split value as one span
 * over its literals and the operator between them, also where the text's own reading had already found its first
 * part: two halves of a hex key each found became one finding, a literal on the next line of a Python statement
 * (no part of the value) and one past the stream's reach were taken in. A joined finding now counts only where the
 * text's own reading found nothing at its start or its end (a shell's `printf '%s' 'X'`); among other findings before and after it, too. A quoted field
 * opening a CSV file's next row is no continued literal: without an operator, a literal joins across a line break
 * only indented or after a `\`.
 */

const A = '743bb1e98eca0ef75b47cd9b8bdc291c'
const B = '5799a6220785bda1f016d9084d007b98'
const OPENAI = 'abcDEF1234567890abcDEF1234567890abcDEF12345678'
const values = (text: string) => found(text).map(([, value]) => value)

t.test("a value whose first part the text's own reading found keeps its parts apart", async (t) => {
  t.same(values(`$apiKey = '${A}' . '${B}';`), [A, B])
  t.same(values(`API_KEY = "${A}"\n"${B}"`), [A], 'the next line of a statement is no part')
  t.same(values("password: Tq7abc9xQ' + 'x'"), ['Tq7abc9xQ'])
  t.same(values("printf '%s' 'Xk9#mQ2!vL' | helm registry login ghcr.io -u bot --password-stdin"), ['Xk9#mQ2!vL'])
})

t.test('a split key is found among findings before and after it', async (t) => {
  const text = `Mail jane.doe@northwind.io, then set const key = "sk-" "${OPENAI}"; and call +44 20 7946 0958.`
  const types = found(text).map(([type]) => type)
  t.same(types, ['email', 'openai_key', 'phone'])
  t.notOk(
    values(text).some((value) => value === OPENAI),
    'the key is one finding with its prefix',
  )
  t.ok(
    values(text).some((value) => value.includes(OPENAI)),
    'the joined finding covers the key',
  )
  const second = `key one "${A}", key two "sk-" + "${OPENAI}"`
  t.ok(
    values(second).some((value) => value.includes(OPENAI) && value.startsWith('sk-')),
    'found after another finding',
  )
})

t.test("a CSV file's rows are no joined literals; an indented continued literal is", async (t) => {
  t.same(found('"Account","Note","Web Site"\n"Bank","weekly","https://bank.example"\n'), [])
  t.same(found('"id","label"\n"ab12cd34ef","Key"\n"9f8e7d6c5b","Door"'), [])
  const continued = `const char *key = "sk-"\n    "${OPENAI}";`
  t.ok(
    values(continued).some((value) => value.startsWith('sk-') && value.includes(OPENAI)),
    'C: indented',
  )
  const python = `key = "sk-" \\\n"${OPENAI}"`
  t.ok(
    values(python).some((value) => value.startsWith('sk-') && value.includes(OPENAI)),
    'Python: after a \\',
  )
})
