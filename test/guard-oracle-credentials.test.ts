import t from 'tap'
import { textFacts } from '../src/guard/facts.js'
import { createGuard } from '../src/guard/index.js'
import { oracleCredentialDetector } from '../src/guard/oracle-credentials.js'
import { assertClean, assertFastAsFull, assertStreamedAsWhole, found } from './helpers/guard-cases.js'

// Oracle's `user/password@connect_identifier` as its URLs and tools take it (src/guard/oracle-credentials.ts): each
// case lists every password the guard must find, and the near misses hold the same shapes with no written password.

const guard = createGuard()
const redact = (text: string) => guard.redact(text).text

const CASES: Array<[string, string[]]> = [
  // JDBC thin and OCI URLs, bare, in code and with a quoted password holding an `@`.
  ['jdbc:oracle:oci:app/Tr0ub4dor9x@PRODDB', ['Tr0ub4dor9x']],
  ['String url = "jdbc:oracle:thin:hr/Hr2024pass@localhost:1521/XEPDB1";', ['Hr2024pass']],
  ['JDBC:ORACLE:THIN:hr/Hr2024pass@(DESCRIPTION=(ADDRESS=(HOST=db1)))', ['Hr2024pass']],
  // The tools' logon among their flags and arguments, quoted or not, with or without a connect identifier.
  ['sqlplus -S -L app/Zq8vN3pLm2@PROD @run.sql', ['Zq8vN3pLm2']],
  ['sqlplus scott/"Pa@55w0rd"@orcl', ['Pa@55w0rd']],
  ['sqlplus "sys/Tr0ub4dor9x@db as sysdba"', ['Tr0ub4dor9x']],
  ['/u01/app/oracle/product/19c/bin/sqlplus hr/Hr2024pass', ['Hr2024pass']],
  ['impdp hr/Hr2024pass@orclpdb schemas=hr directory=dp', ['Hr2024pass']],
  ['dgmgrl sys/Tr0ub4dor9x@primary "show configuration"', ['Tr0ub4dor9x']],
  ['rman target=sys/Tr0ub4dor9x@prod catalog rman/Rc4t2024xx@rcat', ['Tr0ub4dor9x', 'Rc4t2024xx']],
  ['tkprof ora_123.trc out.prf explain=scott/Tr0ub4dor9x sys=no', ['Tr0ub4dor9x']],
  // `userid=`, in a parameter file or on a line, quoted, with a proxy user.
  ['exp userid=scott/Tr0ub4dor9x file=x.dmp', ['Tr0ub4dor9x']],
  ["sqlldr USERID='scott/Tr0ub4dor9x' control=load.ctl", ['Tr0ub4dor9x']],
  ['USERID = app[scott]/Zq8vN3pLm2@db', ['Zq8vN3pLm2']],
  // SQL*Plus's CONNECT at a line's start, after its prompt, ended by a semicolon.
  ['SQL> conn hr/Hr2024pass@orclpdb', ['Hr2024pass']],
  ['WHENEVER SQLERROR EXIT\n  connect system/Tr0ub4dor9x;\nselect 1 from dual;', ['Tr0ub4dor9x']],
]

// The login-pair reader (src/guard/secrets.ts) reads `…user/` or a quoted `'user/…'` up to its end: its finding
// holds the connect identifier too, and wins as the longer one. The password is redacted all the same.
const READ_WITH_IDENTIFIER: Array<[string, string]> = [
  ['sqlplus -S -L app_user/Zq8vN3pLm2@PROD @run.sql', 'Zq8vN3pLm2'],
  ["sqlldr USERID='scott/Tr0ub4dor9x@orcl' control=load.ctl", 'Tr0ub4dor9x'],
]

const NEAR_MISSES = [
  'sqlplus /nolog',
  'sqlplus / as sysdba',
  'CONNECT / AS SYSDBA',
  'jdbc:oracle:thin:@db1:1521:orcl',
  'jdbc:oracle:thin:@//db1.corp.io:1521/ORCLPDB1',
  'jdbc:oracle:thin:scott/Tr0ub4dor9x',
  'sqlplus scott/&password@orcl',
  'sqlplus "$DB_USER/$DB_PASS@$TNS"',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal shell expansion is the case
  'expdp system/${ORACLE_PWD}@orcl',
  'exp userid=%ORA_USER%/%ORA_PASS%@orcl',
  'CONNECT username/password@connect_identifier',
  'sqlplus user/pass@db',
  'ORA-01017: invalid username/password; logon denied',
  'Connect your client/server app over TCP/IP, then conn v2/Abc12345xy later.',
  'exp 2/3 of the rows, imp 1/4x2024abc',
  'sqlplus -s scott/"@orcl',
  'userid=scott/"Tr0ub4dor9x',
  'userid=\n',
  'url=jdbc:oracle:thin:',
]

const ALL_TEXTS = [...CASES.map(([text]) => text), ...READ_WITH_IDENTIFIER.map(([text]) => text), ...NEAR_MISSES]

t.test('an Oracle logon given to a URL, a tool, userid= or CONNECT gives up its password', async (t) => {
  for (const [text, passwords] of CASES) {
    t.same(
      found(text),
      passwords.map((password) => ['generic_secret', password]),
      JSON.stringify(text),
    )
  }
  for (const [text, password] of READ_WITH_IDENTIFIER) {
    t.notOk(redact(text).includes(password), JSON.stringify(text))
  }
  assertClean(t, NEAR_MISSES)
})

t.test('each of them streamed one character at a time is redacted as the whole reply is', async (t) => {
  assertStreamedAsWhole(t, ALL_TEXTS)
})

t.test('the fast path finds what the full scan finds in them, recased and cut (fast-check)', async (t) => {
  assertFastAsFull(t, ALL_TEXTS, { seed: 2027, withFindings: 50 })
})

t.test(
  "the reader's precheck skips paths and prose that only hold a tool's letters, and passes every text it finds in",
  async (t) => {
    const mayMatch = (text: string) => oracleCredentialDetector.mayMatch?.(text, textFacts(text)) !== false
    for (const everyday of [
      'Error: connect ECONNREFUSED 127.0.0.1:5432 at /srv/app/db.js',
      'export default { root: "/var/www" } // see src/impl/index.ts',
      'We use Oracle at work; the experts at /r/databases can help you connect it.',
      'Take the rman-backup.sh from /opt/scripts and check the expiry date.',
    ]) {
      t.notOk(mayMatch(everyday), `skipped: ${everyday}`)
    }
    const read = CASES.map(([text]) => text).filter((text) => oracleCredentialDetector.find(text).length > 0)
    t.ok(read.length >= 10, `${read.length} cases hold the reader's shapes`)
    for (const text of read) t.ok(mayMatch(text), `read: ${text.slice(0, 40)}`)
  },
)
