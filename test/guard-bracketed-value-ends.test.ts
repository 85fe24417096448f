import t from 'tap'
import { assertFound, assertStreamedAsWhole, found } from './helpers/guard-cases.js'

/**
 * A generated value in brackets after a label is the brackets' inside (round 23), but only where the value ends at
 * the closing bracket. A password that opens with a bracketed run and goes on (`{Tr0ub4dor}&3x`, `[Xk9mQ2vLp7]#x9`)
 * was cut to its bracketed part, leaving the rest in clear; it is read whole. Angle brackets keep their inside: a value
 * read from `<` is markup's. Found the same in text and in code.
 */

t.test('a bracketed run that the value goes on after is read whole', async (t) => {
  for (const [text, value] of [
    ['password: [Xk9mQ2vLp7]#x9', '[Xk9mQ2vLp7]#x9'],
    ['Password: {Tr0ub4dor}&3x', '{Tr0ub4dor}&3x'],
    ['pw={Xk9mQ2vLp7}%41', '{Xk9mQ2vLp7}%41'],
    ['password: [Xk9mQ2vLp7]!x', '[Xk9mQ2vLp7]!x'],
    ['secret: {Qz8vN3pL};m2wQ and more', '{Qz8vN3pL};m2wQ'],
  ] as const) {
    t.same(found(text), [['generic_secret', value]], text)
  }
})

t.test('a bracketed value that ends at its bracket is its inside', async (t) => {
  for (const [text, value] of [
    ['password: [Xk9mQ2vLp7], then log in', 'Xk9mQ2vLp7'],
    ['password: {Xk9mQ2vLp7}.', 'Xk9mQ2vLp7'],
    ['password: [Xk9mQ2vLp7]... done', 'Xk9mQ2vLp7'],
    ['<td>password: {Xk9mQ2vLp7}</td>', 'Xk9mQ2vLp7'],
    ['(password: [Xk9mQ2vLp7])', 'Xk9mQ2vLp7'],
    ['token: <Xk9mQ2vLp7>-2x', 'Xk9mQ2vLp7'],
    ['secret: <<Xk9mQ2vLp7>>/2', 'Xk9mQ2vLp7'],
  ] as const) {
    t.same(found(text), [['generic_secret', value]], text)
  }
})

t.test(
  'a quoted value that is all one bracketed generated value is its inside; quoted placeholders stay',
  async (t) => {
    for (const [text, value] of [
      ['password: "<Xk9mQ2vLp7>"', 'Xk9mQ2vLp7'],
      ["password = '[Xk9mQ2vLp7]'", 'Xk9mQ2vLp7'],
      ['{"password": "{Xk9mQ2vLp7}"}', 'Xk9mQ2vLp7'],
      ['"secret": "<<Xk9mQ2vLp7>>",', 'Xk9mQ2vLp7'],
      ['password: "[Xk9mQ2vLp7]-x"', '[Xk9mQ2vLp7]-x'],
    ] as const) {
      t.same(found(text), [['generic_secret', value]], text)
    }
    for (const text of ['password: "<PASSWORD>"', "password = '[your-password]'", 'password: "{password}"']) {
      t.same(found(text), [], text)
    }
  },
)

t.test('a reply streamed one character at a time is redacted as the whole reply', async (t) => {
  assertStreamedAsWhole(t, [
    'Password: {Tr0ub4dor}&3x',
    'password: [Xk9mQ2vLp7], then log in',
    'token: <Xk9mQ2vLp7>-2x',
  ])
})

t.test('the full scan reads each of these values as the fast path does', async (t) => {
  assertFound(t, [
    ['password: [Xk9mQ2vLp7]#x9', '[Xk9mQ2vLp7]#x9'],
    ['Password: {Tr0ub4dor}&3x', '{Tr0ub4dor}&3x'],
    ['password: [Xk9mQ2vLp7], then log in', 'Xk9mQ2vLp7'],
    ['token: <Xk9mQ2vLp7>-2x', 'Xk9mQ2vLp7'],
    ['password: "<Xk9mQ2vLp7>"', 'Xk9mQ2vLp7'],
    ["password = '[Xk9mQ2vLp7]'", 'Xk9mQ2vLp7'],
    ['{"password": "{Xk9mQ2vLp7}"}', 'Xk9mQ2vLp7'],
    ['password: "[Xk9mQ2vLp7]-x"', '[Xk9mQ2vLp7]-x'],
  ])
})
