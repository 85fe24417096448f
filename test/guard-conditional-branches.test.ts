import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from './helpers/guard-cases.js'

// A secret's value written as a conditional with a literal in each branch: Python's `"…" if … else "…"`, and C's
// (JavaScript, Java, C#, PHP, Kotlin's if-expression aside) `cond ? "…" : "…"`. Each branch is as much the value as
// the other: the second leaked when the first was a secret (only one value was read), and when the first was no
// secret (an empty string, a placeholder), nothing was found (secrets.ts otherBranch).

const BOTH: Array<[string, string, string]> = [
  ['password = isProd ? "Pr0dS3cretXy9" : "D3vS3cretAb7q"', 'Pr0dS3cretXy9', 'D3vS3cretAb7q'],
  ['const apiKey = env === "prod" ? "Kx9mQ2vLz8Rt" : "Dv4pWn7sYq3B";', 'Kx9mQ2vLz8Rt', 'Dv4pWn7sYq3B'],
  ['db_password = "Pr0dS3cretXy9" if prod else "D3vS3cretAb7q"', 'Pr0dS3cretXy9', 'D3vS3cretAb7q'],
  ["SECRET_KEY = 'Hx8kLm2QzP4w' if os.environ.get('CI') else 'Qm7vR2pLs9Kd'", 'Hx8kLm2QzP4w', 'Qm7vR2pLs9Kd'],
  ["$token = $live ? 'Zq8vLm3KpW2x' : 'Tn5rYb8cVq1m';", 'Zq8vLm3KpW2x', 'Tn5rYb8cVq1m'],
  ['String pwd = isProd()  ?  "Wn5$kQ9zLp" :  "Rt7&mB2xQv";', 'Wn5$kQ9zLp', 'Rt7&mB2xQv'],
  // Prettier's layout: the operators open the lines below.
  ['password = isProd\n  ? "Xk92mQ7vLp3zR8"\n  : "Bt4nW6yH1sJ0"', 'Xk92mQ7vLp3zR8', 'Bt4nW6yH1sJ0'],
]

// The first branch no secret: the second is the value.
const SECOND: Array<[string, string]> = [
  ['secret = cond ? "a" : "Fallb4ckS3cret"', 'Fallb4ckS3cret'],
  ['const token = debug ? "" : "Fallb4ckS3cret"', 'Fallb4ckS3cret'],
  ['password = "" if dev else "Pr0dS3cretXy9"', 'Pr0dS3cretXy9'],
  ["db_password = 'changeme' if env == 'dev' else 'Pr0dS3cretXy9'", 'Pr0dS3cretXy9'],
  ['password = "<your password>" if example else "Hx8#kLm2Qz"', 'Hx8#kLm2Qz'],
  ['client_secret = useMock ? "xxx" : "Qm7vR2pLs9Kd";', 'Qm7vR2pLs9Kd'],
  ['password = isProd ? process.env.PW\n  : "Bt4nW6yH1sJ0xy"', 'Bt4nW6yH1sJ0xy'],
  ['const token = process.env.TOKEN\n  || "Xk92mQ7vLp3zR8"', 'Xk92mQ7vLp3zR8'],
]

t.test("both branches of a secret's conditional are found", async (t) => {
  for (const [text, first, second] of BOTH) {
    t.same(
      found(text),
      [
        ['generic_secret', first],
        ['generic_secret', second],
      ],
      JSON.stringify(text),
    )
  }
  assertFound(
    t,
    BOTH.flatMap(([text, first, second]) => [
      [text, first],
      [text, second],
    ]),
  )
})

t.test('the other branch is found when the first is no secret', async (t) => {
  for (const [text, value] of SECOND) t.same(found(text), [['generic_secret', value]], JSON.stringify(text))
  assertFound(t, SECOND)
})

// Near misses: branches that are no secret, a conditional that is no secret's value, a `??` (a fallback, whose right
// side alone is the value), a colon that ends no conditional, a branch past the name's reach.
t.test('what is no branch of a secret, or no secret, is not found', async (t) => {
  assertNothingFound(t, [
    'label = isPassword ? "Show password" : "Hide password"',
    'label = isPassword\n  ? "Show password"\n  : "Hide password"',
    'password = visible ? "" : "changeme"',
    'password = "" if dev else "<password>"',
    'title = "Password" if reset else "Secret"',
    'color = dark ? "Fallb4ckS3cret" : "Pr0dS3cretXy9"',
    'password = a ?? "x" : "Fallb4ckS3cret"',
    'password: "x" # docs: "Pr0dS3cretXy9"',
    `password = cond ? "" :${' '.repeat(5)}"Pr0dS3cretXy9"`,
    `password = "" if ${'x'.repeat(90)} else "Pr0dS3cretXy9"`,
    `password = "" if x else ${'"'}${'a'.repeat(3)}"`,
  ])
})

t.test('a branch past the reach of the name is not read', async (t) => {
  const far = `password = "" if ${'x == 1 and '.repeat(8)}y else "Pr0dS3cretXy9"`
  t.same(found(far), [], 'a condition over 80 characters ends the reading')
  const near = `password = "" if ${'x == 1 and '.repeat(6)}y else "Pr0dS3cretXy9"`
  t.same(found(near), [['generic_secret', 'Pr0dS3cretXy9']], 'one just inside it is read')
})

t.test('fast as full, in any case and cut short', async (t) => {
  assertFastAsFull(t, [...BOTH.map(([text]) => text), ...SECOND.map(([text]) => text)], {
    seed: 2612,
    withFindings: 300,
  })
})
