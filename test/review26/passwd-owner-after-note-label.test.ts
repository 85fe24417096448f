import t from 'tap'
import { buildApp } from '../helpers/app.js'
import { assertClean, assertFinds } from '../helpers/guard-cases.js'

/**
 * Recall (guard, leak): after a note's label (`Note:`, `Warning:`, `Reminder:`), a word naming whose password it is
 * (`root`, `admin`, `wifi`, `server`, `db`, `old`) before `passwd` makes `passwd` the password's name, not the tool:
 * `Note: root passwd letmein123` says root's password, as `root password: letmein123` does. The note-label rule reads
 * up to three words of prose between the label and `passwd` as talk about a command, so `passwd` is taken for the tool
 * and the word after it for an account: the password goes to Mistral and to the user unredacted.
 *
 * Broken by e38f884 (prec25, finding 2: "after a note's label, with up to three words between, passwd is the tool");
 * every leaking sample below was found at 22e7394. A word between that is no instruction (`call`, `run`, `just`,
 * `then`, `simply`, the rule's own examples) but an owner of the password should keep the credential reading.
 * Severity: high (a password stated in a note leaks; a weak password looks like an account name by design).
 */

const LEAKING: Array<[string, string]> = [
  ['Note: root passwd letmein123', 'letmein123'],
  ['Note: the root passwd letmein123', 'letmein123'],
  ['Note: admin passwd letmein123', 'letmein123'],
  ['Note: db passwd letmein123', 'letmein123'],
  ['Note: server passwd letmein123', 'letmein123'],
  ['Note: wifi passwd sunshine42', 'sunshine42'],
  ['Reminder: the wifi passwd sunshine42', 'sunshine42'],
  ['Warning: old passwd letmein123', 'letmein123'],
]

t.test("a password's owner between a note's label and passwd makes passwd the password's name", async (t) => {
  assertFinds(t, LEAKING)
})

t.test(
  'controls: the tool after a note label stays clean; a credential label and a value no account are found',
  async (t) => {
    assertClean(t, [
      'Note: call passwd deploy2024',
      'Note: passwd deploy2024',
      'Tip: then simply run passwd deploy2024',
      'Note: the passwd deploy2024 line',
    ])
    assertFinds(t, [
      ['Credentials: passwd letmein123', 'letmein123'],
      ['Reminder: new passwd Winter2024', 'Winter2024'],
    ])
  },
)

t.test('the route refuses such a prompt and Mistral never receives it', async (t) => {
  const { app, mock } = await buildApp(t)
  for (const [text] of LEAKING.slice(0, 3)) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/chat',
      payload: { model: 'mistral-small-latest', messages: [{ role: 'user', content: text }] },
    })
    t.equal(response.statusCode, 422, JSON.stringify(text))
    t.match(response.json(), { code: 'FST_MISTRAL_SENSITIVE_CONTENT' })
  }
  t.equal(mock.requests.length, 0, 'nothing reached Mistral')
})
