import t from 'tap'
import { BUILT_IN_DETECTORS } from '../../src/guard/detectors.js'
import { createGuard } from '../../src/guard/index.js'
import { scanWith } from '../../src/guard/scan.js'
import { buildApp, forbid } from '../helpers/app.js'

/**
 * Promise (docs/guard.md, AGENTS rules): a detector's `find` is the reference; its precheck (`mayMatch`) may only skip
 * texts the reference finds nothing in. The command-secret reader's opening accepts `net`/`NET`/`Net` before
 * `user`/`USER`/`User` in any pairing, but its precheck lists only three of the nine pairings' pieces.
 *
 * Broken: `NET user bob Pa55w0rd! /add` (and `net USER`, `Net USER`, `NET User`) is found by the reference and skipped
 * by the scan the guard runs, so the Windows account password goes out unredacted. Severity: medium (a leak, and the
 * fast path disagreeing with the reference, which the property tests are meant to rule out).
 */

const guard = createGuard()
const fullScan = (text: string) => scanWith(BUILT_IN_DETECTORS, text, false)
const fastScan = (text: string) => scanWith(BUILT_IN_DETECTORS, text, true)

const TEXTS: Array<[string, string]> = [
  ['NET user bob Pa55w0rd! /add', 'Pa55w0rd!'],
  ['net USER bob Pa55w0rd! /add', 'Pa55w0rd!'],
  ['Net USER administrator N3wP@ssw0rd', 'N3wP@ssw0rd'],
  ['NET User bob Pa55w0rd!', 'Pa55w0rd!'],
]

t.test('the scan the guard runs finds what the reference finds in every case pairing of net user', async (t) => {
  for (const [text, password] of TEXTS) {
    t.same(fastScan(text), fullScan(text), `${JSON.stringify(text)}: fast == reference`)
    t.notOk(guard.redact(text).text.includes(password), `${JSON.stringify(text)}: the password is redacted`)
  }
})

t.test('through the plugin, a prompt with such a line is refused and nothing reaches Mistral', async (t) => {
  forbid('Pa55w0rd!')
  const { app, mock } = await buildApp(t)
  const content = 'Please fix this script:\nNET user bob Pa55w0rd! /add'
  const payload = { model: 'mistral-small-latest', messages: [{ role: 'user', content }] }
  const response = await app.inject({ method: 'POST', url: '/api/chat', payload })
  t.equal(response.statusCode, 422, 'refused as sensitive content (the default input action)')
  t.equal(mock.requests.length, 0, 'the password never reached Mistral')
})
