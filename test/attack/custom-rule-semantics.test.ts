// Attack on issue 9, promise 10 (custom rules on a linear-time engine). Expected to FAIL on main.
// The rule a user writes is a JavaScript RegExp; RE2 gives some of its syntax another meaning, silently:
// `\s` matches only ASCII spaces (JavaScript's matches every Unicode space), and the `v` flag's class set
// operations are read as plain characters. The rule then misses what it was written for: fail open.
// The rule keeps JavaScript's meaning (\s, \S), or start-up refuses it (a flag RE2 cannot honour).
import t from 'tap'
import mistralSecure from '../../src/index.js'
import { buildApp, TEST_API_KEY } from '../helpers/app.js'

async function outcome(t: Parameters<typeof buildApp>[0], pattern: RegExp, text: string): Promise<string> {
  const { app, mock } = await buildApp(t, { register: false })
  try {
    await app.register(mistralSecure, {
      apiKey: TEST_API_KEY,
      serverURL: mock.url,
      route: false,
      guard: { rules: [{ type: 'internal_code', pattern }] },
    })
    await app.ready()
  } catch (error) {
    return String((error as { code?: unknown }).code)
  }
  try {
    await app.mistral.chat.complete({ model: 'mistral-small-latest', messages: [{ role: 'user', content: text }] })
    const sent = JSON.stringify(mock.requests.at(-1)?.body).replace(
      /[^\x20-\x7e]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16)}`,
    )
    return `passed; the model got ${sent}`
  } catch (error) {
    return String((error as { code?: unknown }).code)
  }
}

const cases: Array<[string, RegExp, string]> = [
  ['\\s against an Ogham space mark (U+1680)', /secret\s+code/, 'the secret\u1680code is 42'],
  ['\\s against a line separator (U+2028)', /secret\s+code/, 'the secret\u2028code is 42'],
  ['\\s against a paragraph separator (U+2029)', /secret\s+code/, 'the secret\u2029code is 42'],
  ['\\s against a no-break space', /secret\s+code/, 'the secret\u00A0code is 42'],
  ['\\s against an ideographic space', /secret\s+code/i, 'the SECRET\u3000code is 42'],
  ['[\\s] against a line separator (U+2028)', /EMP[\s]\d{3}/, 'badge EMP\u2028123'],
  ['[\\s-] against an Ogham space mark', /EMP[\s-]\d{3}/u, 'badge EMP\u1680123'],
  ['\\S+ not crossing a line separator', /code:\S+\u2028/, 'code:abc\u2028'],
]

for (const [name, pattern, text] of cases) {
  t.test(`${name}: JavaScript matches, so the rule blocks`, async (t) => {
    t.ok(pattern.test(text), 'JavaScript itself matches')
    t.equal(await outcome(t, pattern, text), 'FST_MISTRAL_SENSITIVE_CONTENT')
  })
}

t.test('\\S keeps its meaning: a Unicode space is not a non-space', async (t) => {
  t.notOk(/code:\S{3}/.test('code:\u2028ab'), 'JavaScript does not match')
  t.match(await outcome(t, /code:\S{3}/, 'code:\u2028ab'), /^passed/)
})

// A flag RE2 cannot honour changes what the pattern means: refused, naming the option.
const unhonoured: Array<[string, RegExp]> = [
  // A literal with the v flag needs target es2024, beyond this project's tsconfig.
  // biome-ignore lint/complexity/useRegexLiterals: see above
  ['a v-flag class difference', new RegExp('EMP[\\d--[0]]{3}', 'v')],
]
for (const [name, pattern] of unhonoured) {
  t.test(`${name}: start-up refuses the rule with FST_MISTRAL_INVALID_OPTION`, async (t) => {
    t.equal(await outcome(t, pattern, 'badge EMP123'), 'FST_MISTRAL_INVALID_OPTION')
  })
}
