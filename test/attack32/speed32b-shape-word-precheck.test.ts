import fc from 'fast-check'
import t from 'tap'
import { textFacts } from '../../src/guard/facts.js'
import { positionalCredentialDetector } from '../../src/guard/positional-credentials.js'
import { found } from '../helpers/guard-cases.js'

// Round 32 (speed32b): the opening shape of positional credentials (src/guard/positional-credentials.ts) is tried
// only where the run of ASCII word characters at a pair it opens is one of its words whole (a precheck asked by the
// shapes pass, src/guard/opening-shapes.ts). The detector must still open wherever the shape as written matches: at
// the text's start and end, in either case, beside other scripts, after `.` and `_`, and never on a longer word.

// The shape as it was written before the precheck: the reference the precheck is held to.
const WRITTEN =
  /(?:sp_password|create_(?:super)?user|auth|authentication|login|credentials|basic|connect|connection|connect_cached|start|mysqli|pdo|crypt|hash|hashsync|hashpw|make|encode|encrypt|create|frompassword|hash_password|hashpassword|begin|softap|addap|username_pw_set|sign|verify|decode|createhmac|sequelize|authenticate|redis|strictredis|send|sqlite3_key|sqlite3_rekey|key_v2|rekey_v2|ftp|ftp_tls|ftp\.(?:open|new)|smtp\.start|pass_|imap_open|simple_bind|simple_bind_s|ldap_bind|auth_password)(?:[ \t]{0,8}\(|[ \t]{1,8}[N'"@])|\|[ \t]{0,4}password_hash|auth["'][ \t]{0,4}=>|userpwd[ \t]{0,4},|insert[ \t]|>[ \t]{0,4}auth[ \t]|acl[ \t]{1,8}setuser|attach[ \t]|set[ \t]{1,8}:|@(?:tcp|udp|unix)/im
const AUTH_COMMAND = /AUTH[ \t]/

const opens = (text: string) => positionalCredentialDetector.mayMatch?.(text, textFacts(text)) ?? true
const expected = (text: string) => WRITTEN.test(text) || AUTH_COMMAND.test(text)

const WORDS = ['sp_password', 'create_superuser', 'start', 'send', 'hash', 'make', 'ftp.open', 'smtp.start', 'pass_']
const OTHERS = ['userpwd ,', 'insert\t', 'acl setuser', 'attach ', 'set :', 'auth"=>', '| password_hash', '@tcp']

t.test('each word opens the shape at the text start and end, in either case', async (t) => {
  for (const word of WORDS) {
    for (const cased of [word, word.toUpperCase(), word[0]?.toUpperCase() + word.slice(1)]) {
      for (const text of [`${cased}(`, `x = ${cased} (`, `${cased}\t'`, `${cased}  "`, `${cased} @`, `${cased} n`]) {
        t.ok(opens(text), JSON.stringify(text))
        t.equal(opens(text), expected(text), JSON.stringify(text))
      }
    }
  }
  for (const other of OTHERS) {
    for (const text of [other, other.toUpperCase(), `é${other}`, `${other}é`]) t.ok(opens(text), JSON.stringify(text))
  }
})

t.test('a word within a longer run of word characters opens nothing', async (t) => {
  for (const text of [
    'startx(',
    'restarts(',
    'starts (',
    'start_(',
    'start.(',
    'start3(',
    'create_superuserx(',
    'key_v2x(',
    'sqlite3_key_v2x (',
    'password (',
    'the key "',
    'start',
    'send',
    'ftp.opens(',
    'userpwdx,',
    'sets :',
  ]) {
    t.notOk(opens(text), JSON.stringify(text))
  }
})

t.test('words after a dot, an underscore or another script still open', async (t) => {
  for (const text of [
    'Net::SMTP.start(host)',
    'x.start(',
    'x_start(',
    'éstart(',
    'кstart (',
    'sqlite3_key_v2(db, "k")',
    'sqlite3_rekey(db, "k")',
    'ftp.new (',
    'FTP.NEW(',
  ]) {
    t.ok(opens(text), JSON.stringify(text))
    t.equal(opens(text), expected(text), JSON.stringify(text))
  }
})

t.test('non-ASCII characters beside or inside a word are not word characters', async (t) => {
  // Without the `u` flag the `i` flag folds no other character into ASCII (ſ, the Kelvin sign, dotless ı): the shape does not match.
  for (const text of ['ſtart(', 'sqlite3_\u212Aey(', 'log\u0131n(', 'startЁ(', 'start\u00a0(', 'start\u3000(']) {
    t.notOk(opens(text), JSON.stringify(text))
    t.equal(opens(text), expected(text), JSON.stringify(text))
  }
})

t.test('the precheck answers as the shape as written, on generated text', async () => {
  const parts = [...WORDS, ...OTHERS, 'auth', 'AUTH', 'x', '_', '.', '3', 'é', 'К', ' ', '\t', '(', '"', "'", ',', ':']
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 8 }), (chosen) => {
      const text = chosen.join('')
      return opens(text) === expected(text)
    }),
    { numRuns: 3000, seed: 32 },
  )
})

t.test('the detector still finds the password after a word read whole', async (t) => {
  for (const [text, value] of [
    ['Net::SMTP.start("mail", 25, "ops.example", "bob", "Tr0ub4dor9x", :plain)', 'Tr0ub4dor9x'],
    ['conn = DriverManager.getConnection(url, "app", "Zq8vN3pLm2")', 'Zq8vN3pLm2'],
    ["SELECT CRYPT('Zq8vN3pLm2', gen_salt('md5'))", 'Zq8vN3pLm2'],
    ["é:ftp.login('bob', 'Zq8vN3pLm2')", 'Zq8vN3pLm2'],
  ] as const) {
    t.ok(
      found(text).some(([, v]) => v === value),
      JSON.stringify(text),
    )
  }
})
