import t from 'tap'
import type { TextFacts } from '../../src/guard/facts.js'
import { languageKeyLabelDetector } from '../../src/guard/key-labels.js'
import { found } from '../helpers/guard-cases.js'

// Round 31's speed work: the key labels' two words (LABEL_WORD, PASSWORD_LABEL_WORD in src/guard/key-labels.ts) are
// looked for in one read of the text. Each word's first place decides where its label is searched from: with both
// words in a text, in either order, more than once, or with pairs that open a word but none, the fast path finds what
// the full search finds.

const values = (text: string, fast: boolean) =>
  (fast
    ? languageKeyLabelDetector.findFast?.(text, undefined as unknown as TextFacts)
    : languageKeyLabelDetector.find(text)
  )?.map(({ start, end }) => text.slice(start, end))

const CASES: Array<[string, string[]]> = [
  ['klucz API: Xk9#mQ2$vL7p\nsalasana: Hj4%nB8&wQ3z', ['Xk9#mQ2$vL7p', 'Hj4%nB8&wQ3z']],
  ['salasana: Hj4%nB8&wQ3z ja klucz API: Xk9#mQ2$vL7p', ['Xk9#mQ2$vL7p', 'Hj4%nB8&wQ3z']],
  [
    'klucz API: Xk9#mQ2$vL7p, salasana: Hj4%nB8&wQ3z, klucz: Tr0ub4dor9x, salasana: Zq8vN3pLm2',
    ['Xk9#mQ2$vL7p', 'Tr0ub4dor9x', 'Hj4%nB8&wQ3z', 'Zq8vN3pLm2'],
  ],
  ['the kl and sal of a klaxon, a salad and a sale; then klucz: Xk9#mQ2$vL7p', ['Xk9#mQ2$vL7p']],
  ['the kl and sal of a klaxon, a salad and a sale', []],
]

t.test('both label words in one read: the fast path finds what the full search finds', async (t) => {
  for (const [text, expected] of CASES) {
    t.same(values(text, true), expected, `fast: ${JSON.stringify(text)}`)
    t.same(values(text, false), expected, `full: ${JSON.stringify(text)}`)
  }
})

t.test('the guard finds both labelled values', async (t) => {
  t.same(found('klucz API: Xk9#mQ2$vL7p\nsalasana: Hj4%nB8&wQ3z'), [
    ['generic_secret', 'Xk9#mQ2$vL7p'],
    ['generic_secret', 'Hj4%nB8&wQ3z'],
  ])
})
