import t from 'tap'
import { assertFastAsFull, assertFoundAs, assertNothingFound } from './helpers/guard-cases.js'

// A connection URL whose password the user typed into the template's brackets and kept them (Supabase's
// `:[YOUR-PASSWORD]@`, Atlas's `:<password>@`), or quoted, or whose host is empty (a Unix socket's): every bracketed
// password was read as the template's placeholder, `<`, `>` and `'` ended the password, and an empty host ended the
// URL, so the whole credential went out (blocks.ts CONNECTION_URL, isRealUrlPassword).

const URLS: Array<[string, string]> = [
  ['postgresql://postgres:[Xk92mqLz7Wq]@db.abcdefgh.supabase.co:5432/postgres', 'Xk92mqLz7Wq'],
  [
    'DATABASE_URL="postgresql://postgres.abcdefgh:[Hx8#kLm2Qz]@aws-0-eu.pooler.supabase.com:6543/postgres"',
    'Hx8#kLm2Qz',
  ],
  ['mongodb+srv://admin:<Xk92mqLz7Wq>@cluster0.x1y2z.mongodb.net/?retryWrites=true', 'Xk92mqLz7Wq'],
  ['client = MongoClient("mongodb+srv://app:<Qm7vR2pLs9>@cluster0.abcde.mongodb.net/")', 'Qm7vR2pLs9'],
  ["postgres://user:'Xk92mqLz7Wq'@host/db", 'Xk92mqLz7Wq'],
  ['postgresql://app:Xk92mqLz7Wq@/app?host=/var/run/postgresql', 'Xk92mqLz7Wq'],
  ['see <postgres://app:Tn5rYb8cVq1m@host/db> for the dump', 'Tn5rYb8cVq1m'],
  ['mongodb+srv://<admin>:<Xk92mQ7vLp3zR8>@cluster0.abcd.mongodb.net/', 'Xk92mQ7vLp3zR8'],
]

t.test('a password kept in its template brackets or quotes, or before an empty host, is found', async (t) => {
  assertFoundAs(t, URLS, 'database_url')
})

// The templates themselves, words in brackets, references and defaults in brackets, a handle in a path.
t.test('a template placeholder in brackets, and links without a password, are not', async (t) => {
  assertNothingFound(t, [
    'postgresql://postgres:[YOUR-PASSWORD]@db.abcdefgh.supabase.co:5432/postgres',
    'mongodb+srv://admin:<password>@cluster0.x1y2z.mongodb.net/',
    'mongodb+srv://admin:<db_password>@cluster0.x1y2z.mongodb.net/',
    'mysql://root:<Your Password>@localhost/db',
    'postgres://u:[PASSWORD]@localhost/db',
    "postgres://u:'password'@localhost/db",
    'postgres://u:<changeme>@localhost/db',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell reference, as the URL is written
    'postgres://u:[${DB_PASSWORD}]@localhost/db',
    'postgres://u:<***>@localhost/db',
    'mysql://root:<%= pw %>@localhost/db',
    'postgres://u:<PASSWORD2>@host/db',
    'mongodb+srv://admin:<password1>@cluster0.abcd.mongodb.net/',
    'postgres://u:<?=$pw?>@host/db',
    'http://user:[::1]@host',
    'scheme://user:1234@/path',
    'https://medium.com/@user',
    "'postgres://u:x' + '@h'",
  ])
})

t.test('fast as full, in any case and cut short', async (t) => {
  assertFastAsFull(
    t,
    URLS.map(([text]) => text),
    { seed: 2616, withFindings: 300 },
  )
})
