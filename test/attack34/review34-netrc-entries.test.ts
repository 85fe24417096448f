import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Review 34 (outside34's readers), netrc entries: prose about a machine's login and accounts was read as an entry
 * (`the virtual machine login account user01`, an event log's `machine DC01 login administrator account Admin2`),
 * the file's `default` entry was not read, and a quote inside an unquoted password cut it (`Yy8#k"k77!`).
 */

const ENTRIES: ReadonlyArray<readonly [string, string]> = [
  ['default login bob password Yy8#kk77!', 'Yy8#kk77!'],
  ['machine a.example.com login a password Pa55word\ndefault\n  login anonymous\n  password Qm4$zz81', 'Qm4$zz81'],
  ['machine foo.com login bob password Yy8#k"k77!', 'Yy8#k"k77!'],
  ['machine git.example.org login ci password Tr"0ub4&3x', 'Tr"0ub4&3x'],
  ['machine foo.com login bob password Yy8#kk77 account Zz9@pq44', 'Zz9@pq44'],
  ['machine foo.com account Zz9@pq44 login bob passwd Yy8#kk77', 'Zz9@pq44'],
  ['machine ftp.example.org\n  login deploy\n  account Xq7#mm22z', 'Xq7#mm22z'],
]

t.test("a netrc default entry, a quote inside a password and an entry's account", async (t) => {
  assertFound(t, ENTRIES)
  t.same(found(ENTRIES[2]?.[0] as string), [['generic_secret', 'Yy8#k"k77!']])
  t.same(found(ENTRIES[4]?.[0] as string), [
    ['generic_secret', 'Yy8#kk77'],
    ['generic_secret', 'Zz9@pq44'],
  ])
})

t.test("prose about a machine's login and accounts stays clean", async (t) => {
  assertNothingFound(t, [
    'the virtual machine login account user01 was locked',
    'Event 4625: machine DC01 login administrator account Administrator2',
    'machine ws-042 login jdoe account ACME-Corp-7',
    'machine login password Yy8#kk77 was typed wrong',
    'a machine account SRV-DB01$ login failed',
    'machine password account Xk29fLq9 expired',
    'by default login is disabled',
    'the default login account is Guest01',
  ])
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  assertFastAsFull(t, [ENTRIES[0]?.[0] as string, ENTRIES[1]?.[0] as string, ENTRIES[6]?.[0] as string], {
    seed: 3434,
    withFindings: 100,
  })
})
