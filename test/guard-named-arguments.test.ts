import t from 'tap'
import { assertFound, assertNothingFound } from './helpers/guard-cases.js'

// A secret's name as a call's argument, its value passed by name after it (secrets.ts' pastNamedArguments): only the
// default (or fallback) is the value; the other named arguments (`type=str`, `help='…'`) are passed over, never
// taken for the value.

t.test('the default or fallback passed by name after a secret name is the value', async (t) => {
  assertFound(t, [
    ["DATABASE_PASSWORD = env.str('DATABASE_PASSWORD', default='Tq8#vLm2Zp')", 'Tq8#vLm2Zp'],
    ["db_pass = config.get('database', 'password', fallback='Tq8vLm2ZpW9')", 'Tq8vLm2ZpW9'],
    ["parser.add_argument('--db-password', help='database password', default='Tq8vLm2ZpW9')", 'Tq8vLm2ZpW9'],
    [
      "@click.option('--token', envvar='APP_TOKEN', show_default=False, default='Zp3kQ9vLm2Tq8xW4')",
      'Zp3kQ9vLm2Tq8xW4',
    ],
    ['password: str = typer.Option("--password", default = "Wm4!pQ8zLr2")', 'Wm4!pQ8zLr2'],
    ["SECRET_KEY = getattr(settings, 'SECRET_KEY', Default='Zp3kQ9vLm2Tq8xW4')", 'Zp3kQ9vLm2Tq8xW4'],
    ['api_key = os.environ.get("API_KEY", default_value="Zp3kQ9vLm2Tq8xW4")', 'Zp3kQ9vLm2Tq8xW4'],
    [
      "parser.add_argument(\n    '--db-password',\n    type=str,\n    help='the database password',\n    default='Tq8vLm2ZpW9',\n)",
      'Tq8vLm2ZpW9',
    ],
    ["add_argument('--password',\n    default='Tq8vLm2ZpW9')", 'Tq8vLm2ZpW9'],
    // Passed by position, on the next line: read as before.
    ['props.setProperty("password",\n   "Vq7mZt2Lp9xR")', 'Vq7mZt2Lp9xR'],
  ])
})

t.test('named arguments that pass no value leave the call clean', async (t) => {
  assertNothingFound(t, [
    "parser.add_argument('--password', required=True, help='the database password')",
    "config('SECRET_KEY', cast=str)",
    "add_argument('--password', metavar='Xk9mPq2vL7zR')",
    "add_argument('--password', type=str)",
    "add_argument('--password', type=str\n)",
    "add_argument('--password', help='Xk9mPq2vL7zR\n', default=None)",
    'add_argument("--password", help="the one the admin gave you when the account was opened, see the wiki")',
    // Past the reach of a keyword's value (what a streamed reply decides alike), named arguments are not read on.
    `add_argument('--password', ${Array.from({ length: 30 }, (_, i) => `a${i}=${i}`).join(', ')}, default='Xk9mPq2vL7z')`,
    "settings.get('password', default=os.environ['DB_PASSWORD'])",
    "add_argument('--password', type=str, 'Xk9mPq2vL7zR')",
    `add_argument('--password', a=1,${' '.repeat(40)}b=2,${' '.repeat(40)}c=3,${' '.repeat(40)}default='Xk9mPq2vL7z')`,
  ])
})
