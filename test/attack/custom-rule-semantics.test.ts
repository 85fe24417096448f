// Attack on issue 9, promise 10 (custom rules on a linear-time engine). Expected to FAIL on main.
// The rule a user writes is a JavaScript RegExp; RE2 gives some of its syntax another meaning, silently:
// `\s` matches only ASCII spaces (JavaScript's matches every Unicode space), and the `v` flag's class set
// operations are read as plain characters. The rule then misses what it was written for: fail open.
// Either the rule keeps JavaScript's meaning, or start-up refuses it (FST_MISTRAL_UNSAFE_PATTERN).
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
  ['[\\s] against a line separator (U+2028)', /EMP[\s]\d{3}/, 'badge EMP\u2028123'],
  // A literal with the v flag needs target es2024, beyond this project's tsconfig.
  // biome-ignore lint/complexity/useRegexLiterals: see above
  ['a v-flag class difference', new RegExp('EMP[\\d--[0]]{3}', 'v'), 'badge EMP123'],
]

for (const [name, pattern, text] of cases) {
  t.test(`${name}: JavaScript matches, so the rule blocks or start-up refuses it`, async (t) => {
    t.ok(pattern.test(text), 'JavaScript itself matches')
    const result = await outcome(t, pattern, text)
    t.ok(
      result === 'FST_MISTRAL_SENSITIVE_CONTENT' || result === 'FST_MISTRAL_UNSAFE_PATTERN',
      `blocked or refused (got ${result})`,
    )
  })
}
