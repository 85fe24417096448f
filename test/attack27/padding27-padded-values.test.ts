import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 27, a leak the lead found probing: a password given in base64 after a colon (`password: WGsyOXZMcTdacCE=`,
 * `token: Xk29vLq7Zp=`) went out when its padding was one `=`: the reader took the value for a type annotation of
 * code (`password: str = "…"`) and looked for the value after the `=`. An `=` against the name with only a blank, the
 * text's end or punctuation after it is now the value's padding; a declaration's `=` stands apart from its type or has
 * its value right after it, and is read as before.
 */

t.test("a value padded with one '=' after a colon", async (t) => {
  assertFound(t, [
    ['password: WGsyOXZMcTdacCE=', 'WGsyOXZMcTdacCE='],
    ['pw: Xk29vLq7Zp=', 'Xk29vLq7Zp='],
    ['secret: aGVsbG8gd29ybGQ=\nuser: bob', 'aGVsbG8gd29ybGQ='],
    ['token: WGsyOXZMcTdacCE=.', 'WGsyOXZMcTdacCE='],
    ['Here you go, password: Qm9iLXNlY3JldC0yMDI0=, keep it safe', 'Qm9iLXNlY3JldC0yMDI0='],
    ['db_password:\tZk8xN2vB5mL1pO9=', 'Zk8xN2vB5mL1pO9='],
  ])
})

t.test('typed declarations read as before', async (t) => {
  assertFound(t, [
    ['password: str = "Xk29vLq7Zp!"', 'Xk29vLq7Zp!'],
    ['apiKey: string="Zk8xN2vB5mL1pO9iJk3v"', 'Zk8xN2vB5mL1pO9iJk3v'],
    ["const PASSWORD: &str = 'Tr0ub4dor&3';", 'Tr0ub4dor&3'],
    ["v_password VARCHAR2(30) := 'Xk29vLq7Zp';", 'Xk29vLq7Zp'],
  ])
  assertNothingFound(t, [
    'password: str = os.environ["DB_PASSWORD"]',
    'apiKey: string= process.env.API_KEY',
    'password: Optional[str] = None',
    'password: str =\n    settings.db_password',
  ])
})

linearWorkOnUnits('a value padded after a colon', ['password: Xk29vLq7Zp= ', 'pw: a= b= c= ', 'password: str= '])
