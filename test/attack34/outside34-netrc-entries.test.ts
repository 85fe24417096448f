import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 34 (outside34), a `.netrc` entry pasted whole (`machine <host> login <user> password <secret>`, on one line or
 * spread over indented lines, several entries one after another): its `password` and `account` tokens read whole.
 * Round 33 read `password X` there as prose, so a value holding a `#` (`Yy8#kk77`) was left out, a `!` ending it was
 * cut, and the password of an entry spread over lines was missed.
 */

const ENTRIES: ReadonlyArray<readonly [string, string]> = [
  ['machine b.example.com login x password Yy8#kk77', 'Yy8#kk77'],
  ['machine api.example.com login bob password S3cretPw!', 'S3cretPw!'],
  ['machine api.example.com\n  login bob\n  password S3cretPw!', 'S3cretPw!'],
  ['machine a.example.com login a password Pa55word\nmachine b.example.com login x password Yy8#kk77', 'Pa55word'],
  ['machine a.example.com login a password Pa55word\nmachine b.example.com login x password Yy8#kk77', 'Yy8#kk77'],
  ['machine ftp.example.org\n    login deploy\n    password "Qz 7#mLp2x"', 'Qz 7#mLp2x'],
  [
    'machine api.heroku.com\n  login jane\n  password 3f1c9a7e-5b2d-4e8f-9a1b-7c6d5e4f3a2b',
    '3f1c9a7e-5b2d-4e8f-9a1b-7c6d5e4f3a2b',
  ],
  ['MACHINE git.corp.example LOGIN ci PASSWORD Tr0ub4dor&3', 'Tr0ub4dor&3'],
]

t.test("a netrc entry's password, whole", async (t) => {
  t.same(found(ENTRIES[3]?.[0] as string), [
    ['generic_secret', 'Pa55word'],
    ['generic_secret', 'Yy8#kk77'],
  ])
  for (const [text, password] of [...ENTRIES.slice(0, 3), ...ENTRIES.slice(5)]) {
    t.same(found(text), [['generic_secret', password]], JSON.stringify(text))
  }
  assertFound(t, ENTRIES)
})

t.test("placeholders, a macro and prose about a machine's login stay clean", async (t) => {
  assertNothingFound(t, [
    'machine example.com login bob password <your-token>',
    'machine example.com login bob password YOUR_PASSWORD',
    'machine example.com login bob password $TOKEN',
    'The machine learning model has login and password fields.',
    'machine example.com login password',
    'machine example.com login bob password ""',
    'machine example.com login',
    'machine example.com\nmacdef init',
    'state machine login password reset flow',
    'the machine password policy requires rotation',
  ])
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  assertFastAsFull(t, [ENTRIES[0]?.[0] as string, ENTRIES[2]?.[0] as string, ENTRIES[5]?.[0] as string], {
    seed: 3407,
    withFindings: 100,
  })
})
