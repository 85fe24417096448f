import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 28, labels disguised in leetspeak: `p@ssword: …`, `passw0rd = …`, `pa$$word`, `s3cret`, `tok3n`, `4pi_k3y`
 * hid the value from every keyword reader. A label word spelled with look-alikes (`@`/`4` for a, `3` for e, `1`/`!`/`|`
 * for i or l, `0` for o, `5`/`$` for s, `7`/`+` for t) is now read as its plain spelling, so the value after it is
 * judged as after `password`: found when it is one, left alone when it is a placeholder, a reference or prose.
 */

t.test('a value after a label in leetspeak', async (t) => {
  assertFound(t, [
    ['p@ssword: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['passw0rd = Xk9#mQ2v', 'Xk9#mQ2v'],
    ['pa$$word: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['p4ssw0rd: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['pa55word: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['P@SSW0RD: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['p@$$w0rd: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['pa55wd=Xk9#mQ2v', 'Xk9#mQ2v'],
    ['s3cret: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['tok3n: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['4pi_k3y=Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
    ['4P1_K3Y=Zk8xN2vB5mL1pO9iJk3v', 'Zk8xN2vB5mL1pO9iJk3v'],
    ['s3cr3t_k3y = "Zk8xN2vB5mL1pO9iJk3v"', 'Zk8xN2vB5mL1pO9iJk3v'],
    ['cr3d3nti4ls: admin / Xk9#mQ2v', 'Xk9#mQ2v'],
  ])
})

t.test('in JSON, code, identifiers and sentences', async (t) => {
  assertFound(t, [
    ['"p@ssword": "Xk9#mQ2vLp"', 'Xk9#mQ2vLp'],
    ['{"passw0rd":"Xk9#mQ2vLp"}', 'Xk9#mQ2vLp'],
    ['db_p4ssw0rd=Xk9#mQ2vLp', 'Xk9#mQ2vLp'],
    ['DB_PA$$WORD=Xk9#mQ2vLp', 'Xk9#mQ2vLp'],
    ['my p@ssw0rd is Xk9#mQ2v', 'Xk9#mQ2v'],
    ['p4ssw0rd Xk9#mQ2vLp7', 'Xk9#mQ2vLp7'],
    ['t0k3n: ghx9Zk8xN2vB5mL1pO9iJk3v', 'ghx9Zk8xN2vB5mL1pO9iJk3v'],
    ['| user | p4ssw0rd |\n|---|---|\n| bob | Xk9#mQ2v |', 'Xk9#mQ2v'],
    ['ｐ＠ｓｓｗ０ｒｄ: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['p\u200b@ssw0rd: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['Ｓ３ＣＲ３Ｔ=Xk9#mQ2vLp', 'Xk9#mQ2vLp'],
  ])
})

t.test('the other languages a keyword reader knows, in leetspeak', async (t) => {
  assertFound(t, [
    ['w4chtw00rd: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['h4sl0: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['s3nh4: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['p4ssw0rt: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['k3nnw0rt: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['s4l4s4n4: Xk9#mQ2v', 'Xk9#mQ2v'],
  ])
})

t.test('left alone as after the plain label, and leet that is no label', async (t) => {
  assertNothingFound(t, [
    'Never use passw0rd as your password, it is in every list.',
    'The classic p@ssw0rd is a terrible choice.',
    "$p4ss = $_POST['pass'];",
    'passw0rd = os.environ["DB_PASSWORD"]',
    'p@ssword: <your password>',
    'p@ssword: ****',
    'P@ssw0rd: YOUR_PASSWORD_HERE',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell reference is the placeholder this case tests
    'tok3n: ${TOKEN}',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell reference is the placeholder this case tests
    '4pi_k3y=${API_KEY}',
    's3cret: see the vault',
    'Contact p@ss@example.com for details',
    'mail me at jo.p@ss@mail.com: thanks',
    'xXp4ssw0rdXx: gg ez',
    'T0k3n: hey what is up guys',
    'S3cr3t: lol gg',
    '.t0ken:hover { color: red }',
    'const t0ken = getToken();',
    '/p[a@4]ss(w0rd)?/ matches the usual spellings',
    'Version 4.0.1 released on 2026-12-06 for $5.',
    'Rule 1: make the new password 1 character longer than the old one.',
  ])
})

linearWorkOnUnits('labels in leetspeak', [
  'p@ss ',
  'p4ssw0rd: Xk9#mQ2v ',
  'p@ssp@ssp@ss',
  's3cr3t_k3y_t0k3n=',
  'pa$$w 1',
])
