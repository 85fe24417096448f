import t from 'tap'
import { assertFoundAs, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * False positive (known from the last round, reproduced on Node's own docs and `process.versions` output). V8 names
 * its releases with four numbers, and the V8 of Node 18 and of Electron is 10.x (`10.2.154.26`): a private address's
 * shape (10.0.0.0/8). After `V8`, in a JSON member or a map's entry (`"v8": "10.2.154.26-node.22"`), or with the
 * suffix Node and Electron build V8 with (`-node.22`), it was redacted as an `ip_address`: `v8` was no version word
 * (contact.ts' VERSION_BEFORE), the quotes of a member stood between a version word and its value, and the embedder's
 * suffix was not read. A private address after a host's word, in a member of its own, or alone is still one.
 */

const VERSIONS = [
  'V8 10.2.154.26',
  'Node.js v18.12.0 ships V8 10.2.154.15, so the flag is there.',
  '"v8": "10.2.154.26-node.22",',
  "  v8: '10.2.154.26-node.26',",
  'node -p process.versions.v8\n10.2.154.26-node.22',
  'Electron 22 embeds 10.8.168.25-electron.0',
  '"version": "10.0.1.5"',
  "version = '10.0.1.5'",
]

t.test('a V8 version is no private address', async (t) => {
  assertNothingFound(t, [...VERSIONS, VERSIONS.join('\n')])
})

t.test('a private address is still one next to the words and shapes a version is read by', async (t) => {
  assertFoundAs(
    t,
    [
      ['host 10.2.154.26', '10.2.154.26'],
      ['ssh admin@10.2.154.26 -p 22', '10.2.154.26'],
      ['"ip": "10.2.154.26"', '10.2.154.26'],
      ['V8 crashed on 10.2.154.26', '10.2.154.26'],
      ['10.2.154.26', '10.2.154.26'],
      ['node at 10.2.154.26-node', '10.2.154.26'],
    ],
    'ip_address',
  )
})

t.test('versions streamed come out as the whole ones', async (t) => {
  assertStreamedAsWhole(t, VERSIONS)
})
