// Attack on issue 9, promise 17 (option errors help: guard option paths start with `guard.`, the message
// says what is wrong). Expected to FAIL on main.
import t from 'tap'
import mistralSecure from '../../src/index.js'
import { buildApp, errorText, recordOutput, TEST_API_KEY } from '../helpers/app.js'

async function startupError(t: Parameters<typeof buildApp>[0], guard: unknown): Promise<Error & { code?: string }> {
  const { app, mock } = await buildApp(t, { register: false })
  try {
    await app.register(mistralSecure, { apiKey: TEST_API_KEY, serverURL: mock.url, guard } as never)
    await app.ready()
  } catch (error) {
    recordOutput(errorText(error))
    return error as Error & { code?: string }
  }
  throw new Error('start-up succeeded')
}

t.test('a custom rule whose string pattern does not compile is named by its full option path', async (t) => {
  const error = await startupError(t, { rules: [{ type: 'internal_code', pattern: 'EMP-(\\d{6}' }] })
  t.equal(error.code, 'FST_MISTRAL_INVALID_OPTION')
  t.match(error.message, /"guard\.rules\.0\.pattern"/, `the path starts with guard. (${error.message})`)
})

t.test('a pattern RE2 cannot run for another reason is not said to hold a backreference or lookaround', async (t) => {
  // Neither a backreference nor a lookaround: a Unicode script-extension property, valid JavaScript.
  const error = await startupError(t, {
    rules: [{ type: 'latin_word', pattern: /EMP-\p{Script_Extensions=Latin}{3}/u }],
  })
  t.ok(['FST_MISTRAL_UNSAFE_PATTERN', 'FST_MISTRAL_INVALID_OPTION'].includes(String(error.code)))
  t.notMatch(error.message, /backreference or a lookaround/, `the message says what RE2 refused (${error.message})`)
})
