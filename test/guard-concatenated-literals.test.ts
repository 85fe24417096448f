import t from 'tap'
import {
  assertClean,
  assertFastAsFull,
  assertFinds,
  assertNothingFound,
  assertStreamedAsWhole,
} from './helpers/guard-cases.js'

// A parameter's name and its operator written as the start of a string the code goes on to build (concatenated, or an
// f-string's, a template literal's, an interpolated string's field): the value is an expression, no literal
// (secrets.ts closesLiteral, secret-value.ts INTERPOLATED). A literal value in the same string is still a value.

const CONCATENATED = [
  `"password=" + os.environ['PW']`,
  `x = "password=" + os.environ["PW"]`,
  `password = "password=" + os.environ["PW"]`,
  `db = "password=" + os.environ["DB_PASSWORD"] + ";host=x"`,
  `dsn = 'pwd=' + getenv("DB_PW")`,
  `conn = 'pwd=' + os.getenv('DB_PASSWORD')`,
  `u = "token=" + token`,
  `query = "token=" + token + "&page=2"`,
  `url = base + "&token=" + token`,
  `cs = "Server=x;Password=" + pw + ";"`,
  `String url = "jdbc:x?password=" + pw;`,
  `$dsn = "pwd=" . $pw;`,
  `Dim s = "Password=" & pw`,
  `local s = "password=" .. pw`,
  `print("password=" + pw)`,
  `cmd = "--password=" + pw`,
  `x = 'secret=' + secret + '&a=1'`,
]

const INTERPOLATED = [
  `s = f"password={pw}"`,
  `q = f"pwd={db_pw}&user={u}"`,
  `url = f"https://x/?token={tok}&a=1"`,
  `conn_str = f"Password={os.environ['PW']};"`,
  `conn_str = f"Password={os.environ[\\"PW\\"]};"`,
  `cs = $"Password={pw};User={u}"`,
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal, as the code writes it
  'const s = `secret=${s}`',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal, as the code writes it
  'const u = `password=${pw}&user=${u}`',
]

t.test('a name and operator concatenated to an expression, or an interpolated field, is no value', async (t) => {
  assertNothingFound(t, [...CONCATENATED, ...INTERPOLATED])
})

// Controls: a literal value in the string, a quote that opens a value, JSON, an apostrophe in prose before a value.
const LITERALS: Array<[string, string]> = [
  ['"password=hunter2" + suffix', 'hunter2'],
  ['x = "password=Summer2024;" + rest', 'Summer2024'],
  ["'Server=db;Password=Xk9mQ2zz;' + more", 'Xk9mQ2zz'],
  ['password="Summer2024!"', 'Summer2024!'],
  ['{"password":"Summer2024!"}', 'Summer2024!'],
  ["It's password='hunter2x'", 'hunter2x'],
  ['s = f"password=Summer2024{suffix}"', 'Summer2024{suffix}'],
  ['p = f"password={pw}1234"', '{pw}1234'],
]

t.test('a literal value in the same strings is still found', async (t) => {
  assertFinds(t, LITERALS)
})

// A literal joined to the string the name opens (concatenation in JavaScript, Java, Python, PHP, Lua, VB) is the value.
const JOINED: Array<[string, string]> = [
  ['"password=" + "S3cr3tPw9x"', 'S3cr3tPw9x'],
  ['const url = "jdbc:mysql://db/app?user=app&password=" + "Hx8#kLm2Qz";', 'Hx8#kLm2Qz'],
  ["conn = 'Server=x;Pwd=' + 'Qm7!vR2pLs'", 'Qm7!vR2pLs'],
  ["$dsn = 'pwd=' . 'Hx8#kLm2Qz';", 'Hx8#kLm2Qz'],
  ['local s = "password=" .. "Tr0ub4dor&3x"', 'Tr0ub4dor&3x'],
  ['Dim s = "Password=" & "Zq8vLm3Kp"', 'Zq8vLm3Kp'],
  ['url = base + "&token=" + "ghx7Kp2QmZ9vLs4T"', 'ghx7Kp2QmZ9vLs4T'],
  ['cmd = "--password=" +  `Wn5$kQ9zLp`', 'Wn5$kQ9zLp'],
]

t.test('a literal joined to the string a name opens is its value', async (t) => {
  assertFinds(t, JOINED)
})

t.test('what is joined that is no literal value is none', async (t) => {
  assertNothingFound(t, [
    'x = "password=" + "" + pw',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell reference inside a literal, as the code writes it
    'x = "password=" + "${PW}"',
    'x = "password=" + "changeme"',
    'x = "password=" + ("S3cr3tPw9x")',
    'x = "password=" - "S3cr3tPw9x"',
  ])
})

t.test('a value that is only a parameter name and its operator is none', async (t) => {
  assertClean(t, ['password = "password="', "token = 'token='", 'secret: "&secret="'])
})

t.test('streamed and fast as whole and full', async (t) => {
  const texts = [...CONCATENATED, ...INTERPOLATED, ...[...LITERALS, ...JOINED].map(([text]) => text)]
  assertStreamedAsWhole(t, texts)
  assertFastAsFull(t, texts, { seed: 2526, withFindings: 60 })
})
