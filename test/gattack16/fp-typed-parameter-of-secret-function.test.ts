import t from 'tap'
import { assertClean } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret`): "A declaration may type the name before its value: `db_password: str =
 * "…"`, `private apiKey: string = '…'`"; a value must be a literal of enough entropy, "not a reference or path"; code
 * that names no value is clean (`def token(request: Request):`, `def fetch_token(self, client: OAuth2Client):`,
 * `form_data: OAuth2PasswordRequestForm = Depends()` are clean today).
 * Input family: a function whose name holds a secret's word (`token`, `get_token`, `login_for_access_token`,
 * `getAccessToken`, `password`) whose first parameter is typed with a class name holding a digit (`OAuth2…`,
 * `Boto3Session`, `S3Credentials`, `User2FA`), in Python and TypeScript; FastAPI's own tutorial code
 * (`async def login_for_access_token(form_data: OAuth2PasswordRequestForm = Depends()):`) among them.
 * What happens: the parameter's type name is reported as a `generic_secret` (digit + mixed case look random), so the
 * snippet is refused (422) or has a class name redacted out of the reply.
 */

t.test('the type of a parameter of a token or password function is no secret', async (t) => {
  assertClean(t, [
    'async def login_for_access_token(form_data: OAuth2PasswordRequestForm = Depends()):',
    'async def token(form: OAuth2PasswordRequestForm = Depends()):',
    'def refresh_token(client: OAuth2Session):',
    'def get_token(session: Boto3Session) -> str:',
    'def get_token(creds: S3Credentials):',
    'def password(user: User2FA):',
    'function getToken(opts: OAuth2Options) {',
    'async function getAccessToken(config: OAuth2Config): Promise<string> {',
  ])
})
