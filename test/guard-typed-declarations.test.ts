import t from 'tap'
import { assertFound, assertNothingFound } from './helpers/guard-cases.js'

// A declaration with a type between the secret's name and its value (secrets.ts' typedValueStart): `name: Type = …`
// in Python, TypeScript, Swift, Kotlin, Scala and Rust, `name TYPE := …` in PL/SQL. The value is judged as an
// assigned one is: a reference, a call or None stays clean.

t.test('the value after a type annotation is the secret', async (t) => {
  assertFound(t, [
    ['private val apiSecret: String = "Zp3kQ9vLm2Tq8xW4"', 'Zp3kQ9vLm2Tq8xW4'],
    ['val dbPassword: String = "Tq8#vLm2Zp"', 'Tq8#vLm2Zp'],
    ['    token: Final[str] = "Zp3kQ9vLm2Tq8xW4"', 'Zp3kQ9vLm2Tq8xW4'],
    ['TOKEN: ClassVar[Dict[str, str]] = "Zp3kQ9vLm2Tq8xW4"', 'Zp3kQ9vLm2Tq8xW4'],
    ['static DB_PASSWORD: &\'static str = "Tq8#vLm2Zp";', 'Tq8#vLm2Zp'],
    ['private let apiKey: String = "Zp3kQ9vLm2Tq8xW4"', 'Zp3kQ9vLm2Tq8xW4'],
    ['public clientSecret: string = `Zp3kQ9vLm2Tq8xW4`;', 'Zp3kQ9vLm2Tq8xW4'],
    ['const credentials: Creds = "Zp3kQ9vLm2Tq8xW4"', 'Zp3kQ9vLm2Tq8xW4'],
    ['    db_password: SecretStr = SecretStr("Tq8#vLm2Zp")', 'Tq8#vLm2Zp'],
    ['secret: Option<String>= "Zp3kQ9vLm2Tq8xW4"', 'Zp3kQ9vLm2Tq8xW4'],
    ["  l_password VARCHAR2(64) := 'Tq8#vLm2Zp';", 'Tq8#vLm2Zp'],
    ["  c_api_key CONSTANT VARCHAR2(40) := 'Zp3kQ9vLm2Tq8xW4';", 'Zp3kQ9vLm2Tq8xW4'],
    ['password string := "Tq8#vLm2Zp"', 'Tq8#vLm2Zp'],
    // Go's `var name type = …`: a word and `=` without a colon, read as before.
    ['var dbPassword string = "Tq8#vLm2Zp"', 'Tq8#vLm2Zp'],
  ])
})

t.test('a typed declaration whose value is no literal secret stays clean', async (t) => {
  assertNothingFound(t, [
    'password: str = Field(..., min_length=8)',
    'api_key: Optional[str] = None',
    'password: str = os.environ["DB_PASSWORD"]',
    'SECRET_KEY: str = os.getenv("SECRET_KEY")',
    "token: string = process.env.TOKEN ?? ''",
    'password_hint: str = "Tq8#vLm2Zp"',
    'password: str = ""',
    'password: SecretStr = SecretStr(os.environ["PW"])',
    'if password_length == 0: raise',
    'password: str == "Tq8#vLm2Zp"',
    'password: 123 = "x"',
    'l_password VARCHAR2(64) := NULL;',
    'l_password VARCHAR2(64) := p_password;',
  ])
})
