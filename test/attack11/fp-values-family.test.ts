// biome-ignore-all lint/suspicious/noTemplateCurlyInString: literal ${VAR} placeholders are what these cases test
// Attack 11 families (fpvalues): values that name an algorithm, point at where a secret is kept, say the secret is
// not there, or stand in for it in another language are not secrets; the real secrets around them still are.
import t from 'tap'
import { createGuard } from '../../src/guard/index.js'

const guard = createGuard()
const found = (text: string) => guard.scan(text).findings.map((finding) => text.slice(finding.start, finding.end))

const CLEAN = [
  // Algorithm, protocol and encoding names, with versions and plain words.
  'The password is bcrypt-hashed.',
  'password_encryption = scram-sha-256',
  'Das Passwort ist MD5-gehasht.',
  'PASSWORD_ENCODER=scrypt',
  'token: HS512',
  'The secret is RSA-4096 encrypted.',
  'パスワードはTLS1.3で送信されます',
  'La contraseña es PBKDF2-SHA256.',
  'token_format: JWT-RS256',
  'Şifre: UTF-16 ile kodlanır',
  'パスワード：a-z/0-9のみ',
  // References to a secret.
  "DbPassword: '{{resolve:ssm-secure:/prod/db/password:1}}'",
  'password: "{{ vault_db_password }}"',
  "db_password: \"{{ query('hashi_vault', 'secret=kv/data/db:password') }}\"",
  'DB_PASSWORD=@Microsoft.KeyVault(VaultName=myvault;SecretName=dbpw)',
  'API_TOKEN=op://vault/item/field',
  'password: ((prod/db_password))',
  'password: $__env{DB_PASSWORD}',
  'let pw = env::var("DB_PASSWORD")?;',
  "mailer_password: '%env(MAILER_PASSWORD)%'",
  'MasterUserPassword: !FindInMap [Secrets, Prod, DbPassword]',
  'DB_PASSWORD=${DB_PASSWORD:-changeme}',
  'DB_PASSWORD=${DB_PASSWORD:?DB_PASSWORD must be set}',
  '"Resource": "arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:prod/api-token-Qw3rTy"',
  'aws secretsmanager get-secret-value --secret-id arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-Zx9Yw8',
  // Statuses and labels, in any script.
  '{"password":"Non défini"}',
  '{"password":"Не задан"}',
  '{"token":"(none)"}',
  '{"password":"Nicht erforderlich"}',
  'password: "This field is required"',
  'Secret: (redacted by policy)',
  // Placeholders in other languages.
  'contraseña: TU_CONTRASEÑA_AQUI',
  'DB_PASSWORD=VotreMotDePasse1',
  'password: dein-passwort',
  'password=твой_пароль',
  'senha: sua_senha',
  'DB_PASSWORD=IhrKennwort2024',
  // National quotes.
  'Passwort: „nicht gesetzt“',
  'password: “not required”',
  'mot de passe : « obligatoire »',
  'hasło: ‚wymagane‘',
]

for (const text of CLEAN) {
  t.test(`not a secret: ${text}`, async (t) => {
    t.same(found(text), [])
  })
}

const SECRETS: Array<[string, string]> = [
  ['password: SHA256-Xk9#mq2!vLp', 'SHA256-Xk9#mq2!vLp'],
  ['password: AES256-Qz7#pLm2', 'AES256-Qz7#pLm2'],
  ['DB_PASSWORD=${DB_PASSWORD:-S3cr3t!xyz9}', 'S3cr3t!xyz9'],
  ['{{ header }} password: S3cr3t!xyz9Q', 'S3cr3t!xyz9Q'],
  // Template code assigns a literal: not a lookup.
  ['{{- $pw := "S3cr3t!xyz9Q" }} secret: {{ $pw }}', 'S3cr3t!xyz9Q'],
  ['{{ $password := "S3cr3t!xyz9Q" }}', 'S3cr3t!xyz9Q'],
  ['secret:Xk9#mq2!vLpQ7zW', 'Xk9#mq2!vLpQ7zW'],
  ['The secret ARN is arn:aws:secretsmanager:x, secret: Xk9#mq2!vLpQ7zW', 'Xk9#mq2!vLpQ7zW'],
  ['password: "correct horse battery staple"', 'correct horse battery staple'],
  ['{"password":"Xk9#mq2 vLp7"}', 'Xk9#mq2 vLp7'],
  ['DB_PASSWORD=IhrPasswortXk9#2', 'IhrPasswortXk9#2'],
  ['hasło: «Xk9#mq2!vL»', '«Xk9#mq2!vL»'],
]

for (const [text, secret] of SECRETS) {
  t.test(`still a secret: ${text}`, async (t) => {
    t.same(found(text), [secret])
  })
}
