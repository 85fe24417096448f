import t from 'tap'
import { assertClean, assertFastAsFull, assertFound, assertStreamedAsWhole, found } from './helpers/guard-cases.js'

// A formatter lines up a block's operators and values in a column (`terraform fmt`, gofmt, aligned YAML, `.properties`,
// INI, PHP arrays), so a short name stands far from its value: the value is read across the blanks as it is after one.

const SECRET = 'Xk9pL2mQv7wZ'
const GAPS = [1, 5, 8, 13, 20, 31, 40]
const pad = (gap: number) => ' '.repeat(gap)

// Each form with the blanks before the operator, after it, or both.
const FORMS: Array<(gap: number) => string> = [
  (gap) =>
    `resource "aws_db_instance" "main" {\n  engine${pad(gap + 2)}= "postgres"\n  password${pad(gap)}= "${SECRET}"\n}`,
  (gap) => `const (\n\tUser${pad(gap + 4)}= "admin"\n\tPassword${pad(gap)}= "${SECRET}"\n)`,
  (gap) => `database:\n  user:${pad(gap + 4)}app\n  password:${pad(gap)}"${SECRET}"`,
  (gap) => `spring.datasource.url=jdbc:postgresql://db/app\nspring.datasource.password${pad(gap)}= ${SECRET}`,
  (gap) => `[database]\nhost${pad(gap + 4)}= db.internal\npassword${pad(gap)}=${pad(gap)}${SECRET}`,
  (gap) => `$config = [\n  'user'${pad(gap + 4)}=> 'app',\n  'password'${pad(gap)}=> '${SECRET}',\n];`,
  (gap) => `DB_PASSWORD=${'\t'.repeat(Math.min(gap, 10))}${SECRET}`,
  (gap) => `{\n  "user":${pad(gap + 4)}"app",\n  "api_key":${pad(gap)}"b3f9e2a7c1d84f60aa92c4e1"\n}`,
]

t.test('a value lined up far from its name is found, at every gap up to the alignment reach', async (t) => {
  const cases: Array<readonly [string, string]> = []
  for (const form of FORMS) {
    for (const gap of GAPS) {
      const text = form(gap)
      cases.push([text, text.includes(SECRET) ? SECRET : 'b3f9e2a7c1d84f60aa92c4e1'])
    }
  }
  assertFound(t, cases)
  // The whole value, nothing else.
  t.same(found(`password${pad(30)}= "${SECRET}"`), [['generic_secret', SECRET]])
})

t.test('what is no value stays clean however far it stands', async (t) => {
  const texts: string[] = []
  for (const gap of GAPS) {
    texts.push(
      `password${pad(gap)}= os.environ["DB_PASSWORD"]`,
      `  password${pad(gap)}= var.db_password`,
      `password:${pad(gap)}\${DB_PASSWORD}`,
      `password${pad(gap)}= null`,
      `password${pad(gap)}= ""`,
      `password_min_length${pad(gap)}= 12`,
      `Forgot your password?${pad(gap)}Click here.`,
    )
  }
  assertClean(t, texts)
})

t.test('streamed and fast as whole and full', async (t) => {
  const texts = FORMS.flatMap((form) => GAPS.map(form))
  assertStreamedAsWhole(t, texts)
  assertFastAsFull(t, texts, { seed: 9241, withFindings: 200 })
})
