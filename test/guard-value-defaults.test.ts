// biome-ignore-all lint/suspicious/noTemplateCurlyInString: literal ${VAR} placeholders are what these cases test
import t from 'tap'
import { assertFound, assertNothingFound } from './helpers/guard-cases.js'

// The literal a secret's lookup falls back to (secrets.ts' defaultValueStart): the value assigned is a reference or a
// call, and the literal beside it is the secret written in the file: `process.env.X || '…'`, `?? "…"`, `or "…"`,
// `?: "…"`, a call's `default=` (`Field(default="…")`), an option's `{ default: '…' }`, Spring's `${NAME:…}`; and an
// assignment to the environment itself (`process.env.DB_PASSWORD = '…'`) is named by its variable.

t.test('a literal a lookup falls back to, or an assignment to the environment, is the secret', async (t) => {
  assertFound(t, [
    ["const dbPass = process.env.PGPASSWORD || 'Tq8#vLm2Zp';", 'Tq8#vLm2Zp'],
    ['const apiKey = import.meta.env.VITE_API_KEY ?? "Zp3kQ9vLm2Tq8xW4"', 'Zp3kQ9vLm2Tq8xW4'],
    ['val password = System.getenv("DB_PASSWORD") ?: "Tq8#vLm2Zp"', 'Tq8#vLm2Zp'],
    ['SECRET_KEY = os.environ.get("SECRET_KEY") or "Zp3kQ9vLm2Tq8xW4"', 'Zp3kQ9vLm2Tq8xW4'],
    ["token: config.token || 'Zp3kQ9vLm2Tq8xW4',", 'Zp3kQ9vLm2Tq8xW4'],
    ["Deno.env.SECRET_TOKEN = 'Zp3kQ9vLm2Tq8xW4'", 'Zp3kQ9vLm2Tq8xW4'],
    ["process.env['DB_PASSWORD'] = 'Tq8#vLm2Zp'", 'Tq8#vLm2Zp'],
    ['api_key: str = Field(default="Zp3kQ9vLm2Tq8xW4", alias="API_KEY")', 'Zp3kQ9vLm2Tq8xW4'],
    ['password = serializers.CharField(write_only=True, default="Tq8#vLm2Zp")', 'Tq8#vLm2Zp'],
    ["yargs.option('token', { alias: 't', describe: 'API token', default: 'Zp3kQ9vLm2Tq8xW4' })", 'Zp3kQ9vLm2Tq8xW4'],
    ['parser.add_argument("--secret", **{"default": "Zp3kQ9vLm2Tq8xW4"})', 'Zp3kQ9vLm2Tq8xW4'],
    ['db.password=${DATABASE_PASSWORD:Tq8#vLm2Zp}', 'Tq8#vLm2Zp'],
    ['@Value("${app.jwt.secret:Zp3kQ9vLm2Tq8xW4}") String jwtSecret;', 'Zp3kQ9vLm2Tq8xW4'],
  ])
})

t.test('a lookup without a literal fallback, or with a placeholder, stays clean', async (t) => {
  assertNothingFound(t, [
    "const password = process.env.DB_PASSWORD || ''",
    'const password = process.env.DB_PASSWORD ?? defaultPassword',
    "const token = process.env.TOKEN || 'changeme'",
    'password = data.get("password") or None',
    'password: str = Field(..., min_length=8)',
    'api_key = models.CharField(max_length=64)',
    'secret = compute(seed) or fallback_secret()',
    'password: ${DB_PASSWORD:?password is required}',
    'password: ${DB_PASSWORD:}',
    "yargs.option('token', { alias: 't', describe: 'API token' })",
    'process.env.API_URL = "https://api.example.com/v1"',
    'process.env.NODE_ENV = "production"',
    // Past the reach of a keyword's value (a type, then a long lookup), what a streamed reply decides alike.
    `password: ${'T'.repeat(40)}[${'x'.repeat(58)}] = ${'a'.repeat(80)}("${'b'.repeat(60)}") || 'Tq8#vLm2Zp'`,
  ])
})
