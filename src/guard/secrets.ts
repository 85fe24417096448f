import { isAccountOperand } from './account-operands.js'
import { type AlignedJudges, alignedColumnValues } from './aligned-columns.js'
import { isAsciiLetter, isBlank, isIdentifierCode, isRegexSpace, skipWhile } from './char-codes.js'
import { elementValue } from './element-text.js'
import { characterClasses, shannonEntropy } from './entropy.js'
import { matchSpansIn, WHOLE_TEXT, windowAround } from './match.js'
import { searchByPairs } from './opening-pairs.js'
import { type ColumnJudges, columnValuesUnder } from './password-columns.js'
import { echoedPassword, namesPasswordCommand } from './password-commands.js'
import { isPlainPhrase, isProseMessage } from './phrases.js'
import { FUNCTION_WORDS, STATUS_AND_INSTRUCTION_WORDS } from './prose-words.js'
import { detached, forgetWhenScanEnds, sameText } from './scan-memos.js'
import {
  isCommandSubstitution,
  isCommonPassword,
  isPasswordBaseWithDigits,
  isPasswordLike,
  isPasswordLikeFast,
  isRandomCredential,
  isSecretLike,
  isWordAlternatives,
  LETTERS_SECRET_MIN_LENGTH,
  PASSWORD_MIN_LENGTH,
  SECRET_MIN_LENGTH,
} from './secret-value.js'
import { isSecurityKeyDevice } from './security-keys.js'
import { LONGEST_SPACED_FINDING } from './stream-redact.js'
import { literalText, stringLiteralValue } from './string-literals.js'
import { lineEndFrom, lineStartWithin, nextLine } from './table-lines.js'
import { namesTracebackFrame } from './traceback-frames.js'
import type { Detector, Span } from './types.js'
import {
  firstArmStart,
  firstBranchStart,
  literalParts,
  nextArmStart,
  otherBranchStart,
  type Wrapped,
  wrappedValue,
} from './value-wrappers.js'
import { isWifiSettingOrDevice } from './wifi-settings.js'

// `password=…`, `"apiKey": "…"`, `--token …`, `Authorization: Bearer …`, "my password is …" in several languages.
// Turkish `şifre` takes its possessive suffix (`şifrem` "my password", `wifi şifresi`, `şifreniz`), and the
// accusative's after it as the object of a verb (`şifremi X olarak değiştirdim`, `şifreyi`, `şifresini`).
// So does Turkish `parola` (`parolam`, `parolası`, `parolanız`, `parolamı`; bare, it is Italian "word" too:
// isNotASecretsName),
// Hungarian `jelszó` its possessive (`jelszavam` "my password", `jelszavad`, `jelszava`, `jelszavunk`, `jelszavatok`,
// `jelszavuk`), Polish `hasło` its instrumental before a copula (`hasłem jest X`) and Arabic `كلمة المرور` "my" or
// "your" (`الخاصة بي`, `الخاصة بك`), so the value after a blank is read as after the word itself.
// Multi-word keywords take several spaces between their words (`mot  de  passe`), `şifre` the Turkish capital `İ`
// (which has no simple case fold to `i`), and `パスワード` its half-width form as the view reads it: `ﾊﾟ` folds to `ハ`
// and a combining `゚` the view cannot compose with it (U+309A, U+3099).
// Greek `κωδικός` alone is any code (a postcode, a product's): the password only as a field's name, `Κωδικός: …`.
// The word for secret as `secret` is read: German `Geheimnis` (and `Geheimwort`, a password), Spanish `secreto`,
// Italian `segreto`, Portuguese `segredo`, Polish and Scandinavian `sekret`, Russian `секрет`.

const KEYWORD =
  /mot {1,4}de {1,4}passe|contrase[ñn]a|contrasenya|contrasinal|senha|wachtwoord|has[łl](?:o|em)|salasana|l[öo]senord|adgangskode|kodeord|passord|kennwort|geheim(?:nis|wort)|secreto|segre(?:to|do)|sekret|секрет|parol(?:a(?:m[ıi]z[ıi]?|n[ıi]z[ıi]?|s[ıi](?:n[ıi])?|m[ıi]?|n[ıi]?|y[ıi])?|ă)|parool|[şs][iİ]fre(?:m[iİ]z[iİ]?|n[iİ]z[iİ]?|s[iİ](?:n[iİ])?|m[iİ]?|n[iİ]?|y[iİ])?|heslo|jelsz(?:[óo]|av(?:atok|unk|am|ad|uk|a))|lozinka|slaptažodis|lykilorð|kata {1,4}(?:sandi|laluan)(?:nya)?|nenosiri|mật(?: {1,4}|[-_])?khẩu|mat(?: {1,4}|[-_])?khau|парол[ьа]|лозинка|ключ|токен|κωδικ[οό]ς(?: {1,4}πρ[οό]σβασης|(?= {0,4}[:=：]))|συνθηματικό|(?:パ|ハ\u309a)スワー(?:ド|ト\u3099)|密码|密碼|密钥|秘钥|密鑰|口令|令牌|暗証番号|合言葉|パスコード|비밀 {0,4}번호|암호(?!화)|비번|패스워드|كلمة {1,4}(?:المرور|السر)(?: {1,4}الخاصة {1,4}(?:بي|بك|بنا))?|رمز {1,4}عبور|گذرواژه|پاس {1,4}ورڈ|पासवर्ड|পাসওয়ার্ড|கடவுச்சொல்|รหัสผ่าน|סיסמ[הא]|(?<![\p{L}\p{N}])(?:jeton|cl[ée]f?|schl[üu]ssel|chiave|clave|chave|sleutel|pin(?: {1,4}|[-_])?code)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}_-])(?:wi-?fi|wlan)(?![\p{L}\p{N}_]|-\p{L})|api {1,4}key|private {1,4}key|(?:recovery|licen[cs]e|product|activation) {1,4}key|(?<![\p{L}\p{N}/])p\/w(?![\p{L}\p{N}/])|pass|pwd|pw|psw|mdp|secret|token|key|credential|creds|bearer|authorization/giu

const ASCII_KEYWORDS = new Set([
  'pass',
  'pwd',
  'pw',
  'psw',
  // French `mdp`, short for `mot de passe` (`identifiant / mdp`, `MDP_BDD`), as `pwd` is for password.
  'mdp',
  'secret',
  'token',
  'key',
  'credential',
  'creds',
  'bearer',
  'authorization',
])
const MAX_IDENTIFIER_EXTENSION = 40

const SECRET_SEGMENTS = new Set([
  'password',
  'passwd',
  'pass',
  'pwd',
  'passphrase',
  'passcode',
  'passwort',
  'secret',
  'token',
  'apikey',
  'credential',
  'credentials',
  'creds',
  'bearer',
  'authorization',
  'pw',
  // The other everyday abbreviations: `pswd`, `psw` (Italian and Spanish code), `passw`, `pword`.
  'pswd',
  'psw',
  'passw',
  'pword',
  'mdp',
])
// requirepass, dbpassword, csrftoken, apikey, secretkey, privkey, adminpwd, bindpw (LDAP), rootpw (kickstart): words
// written without a separator. A key fused to a qualifier of a lock's key (KEY_QUALIFIERS), not to any word:
// `sortkey`, `hostkey` and `publickey` name no secret.
const FUSED_SECRET_WORD = /(?:pass(?:word|wd|code|phrase)?|secret|token|apikey)$/
// Only as a name's last word, whole: `PRIVKEY`, `bindpw`, not `gnutls_x509_privkey_t` (a type) or `sm2privatekey`.
const FUSED_LAST_WORD =
  /^(?:(?:secret|private|priv|access|master|auth|signing|encryption|client|app|session|hmac|webhook|shared|account|storage)key|[a-z]{2,}pwd?)$/
// A command that prints the password, as mail clients' settings name it in one word: msmtp's `passwordeval`,
// OfflineIMAP's `remotepasseval` and `localpasseval`, isync's `passcmd` (`PassCmd` splits into its own words). Its
// value is a command line; an `echo` of a literal in it is the password written out.
const FUSED_PASSWORD_COMMAND = /^[a-z]{0,12}pass(?:word)?(?:eval|cmd)$/
const KEY_QUALIFIERS = new Set([
  'api',
  'access',
  'secret',
  'private',
  'signing',
  'encryption',
  'master',
  'auth',
  'client',
  'app',
  'session',
  'jwt',
  'hmac',
  'webhook',
  'shared',
  'account',
  'storage',
])
// A key named by the service or role it unlocks (`ADMIN_KEY`, `SERVICE_ROLE_KEY`, `STRIPE_KEY`, `deployKey`) names
// a secret as `API_KEY` does: any word before `key` does, but the words that make it a key of data rather than of a
// lock (`primary_key`, `sort_key`, `cache_key`, `s3_key`, `next_key`), or a key meant to be public (`public_key`,
// `site_key`, `anon_key`, `search_key`).
const NON_SECRET_KEY_QUALIFIERS = new Set([
  'public',
  'publishable',
  'pub',
  'anon',
  'site',
  'search',
  'verify',
  'verification',
  'host',
  'gpg',
  'pgp',
  'primary',
  'foreign',
  'sort',
  'partition',
  'range',
  'composite',
  'natural',
  'surrogate',
  'unique',
  'index',
  'lookup',
  'routing',
  'row',
  'column',
  'group',
  'object',
  'bucket',
  's3',
  'map',
  'dict',
  'hash',
  'cache',
  'redis',
  'lock',
  'queue',
  'topic',
  'idempotency',
  'dedup',
  'dedupe',
  'request',
  'job',
  'event',
  'metric',
  'tag',
  'entry',
  'item',
  'record',
  'node',
  'parent',
  'child',
  'query',
  'param',
  'parameter',
  'config',
  'setting',
  'settings',
  'property',
  'attribute',
  'attr',
  'translation',
  'i18n',
  'locale',
  'lang',
  'next',
  'last',
  'evaluated',
  'start',
  'end',
  'exclusive',
  'shortcut',
  'hot',
  'keyboard',
  'press',
  'up',
  'down',
  // Keys of stored things: the object's name in its store (`attachment_key`, `thumbnail_key`), a shard's hash, a
  // quiz's answers, a chart's legend, a checkpoint or snapshot's place.
  'attachment',
  'thumbnail',
  'thumb',
  'blob',
  'upload',
  'download',
  'file',
  'image',
  'asset',
  'media',
  'document',
  'export',
  'shard',
  'answer',
  'legend',
  'checkpoint',
  'snapshot',
])

const NON_SECRET_SEGMENTS = new Set([
  'page',
  // A listing's cursor by its other names: `NextContinuationToken` (S3's ListObjectsV2, Azure's tables),
  // `continuation_token`, `pagination_token` (Twitter's, Cognito's): where the next page starts, not a credential.
  'continuation',
  'pagination',
  // `kms_key_alias = "alias/orders"`: the name a key goes by, not the key.
  'alias',
  'cursor',
  'type',
  'name',
  'id',
  // `authorityKeyIdentifier=keyid,issuer` (openssl.cnf): which key, as `key_id` says.
  'identifier',
  'count',
  'length',
  'limit',
  'limits',
  'ttl',
  'expiry',
  'expires',
  'expiration',
  'url',
  'uri',
  'endpoint',
  'file',
  'path',
  'field',
  'policy',
  'header',
  'prefix',
  'hint',
  'max',
  'min',
  'rotation',
  'label',
  'ref',
  'usage',
  'format',
  'lifetime',
  'reset',
  'strength',
  'pattern',
  'regex',
  'env',
  'var',
  'arn',
  // Hashes and digests of a secret are not the secret.
  'hash',
  'hashed',
  'digest',
  'checksum',
  'fingerprint',
  // i18n keys: `forgot_password`, `password_too_short`, `token_error_message` name a sentence about the secret.
  'forgot',
  'title',
  'message',
  'msg',
  'error',
  'text',
  'description',
  'tooltip',
  'placeholder',
  'short',
  'weak',
  'invalid',
  'mismatch',
  // `--password-stdin`, `--password-fd 3`: where the secret is read from; the word after the flag is something else.
  'stdin',
  'fd',
])

/** Splits `DB_PASSWORD`, `dbPassword`, `x-api-key` and `client.secret` into lower-case words. */
export function segments(identifier: string): string[] {
  return identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_.-]+/)
    .filter((segment) => segment.length > 0)
}

// Adversarial input repeats one identifier thousands of times; real text has a handful, so a small cache suffices.
const verdicts = new Map<string, boolean>()

/** Whether an identifier (`DB_PASSWORD`, `stripeSecretKey`) names a secret rather than something about one (`password_hint`). */
export function namesASecret(identifier: string): boolean {
  let verdict = verdicts.get(identifier)
  if (verdict === undefined) {
    verdict = judgeIdentifier(identifier)
    if (verdicts.size >= 512) verdicts.clear()
    verdicts.set(detached(identifier), verdict)
  }
  return verdict
}

// KEYWORD's password words as the name of a record (`| 密码 | … |`, `- name: contraseña`): a whole word of the name, or
// anywhere in it in scripts written without spaces. Bare `parola` is Italian for "word" too (see ITALIAN_WORD).
// Turkish `şifre` with its possessive suffix names it too: `şifrem` "my password", `şifren`, `wifi şifresi` "the wifi's
// password", `şifremiz`, `şifreniz`.
const PASSWORD_NAME =
  /(?:^| )(?:mot de passe|contrase[ñn]a|contrasenya|contrasinal|senha|wachtwoord|has[łl]o|salasana|l[öo]senord|adgangskode|kodeord|passord|kennwort|parolă|parool|[şs]i\u0307?fre(?:mi\u0307?z(?:i\u0307?)?|ni\u0307?z(?:i\u0307?)?|si\u0307?(?:ni\u0307?)?|mi\u0307?|ni\u0307?|yi\u0307?|m|n)?|heslo|jelsz[óo]|lozinka|slaptažodis|lykilorð|palavra passe|kata sandi|kata laluan|nenosiri|mật khẩu|mat khau|pin ?code|парол[ьа]|лозинка|κωδικός πρόσβασης|συνθηματικό|كلمة المرور|كلمة السر|رمز عبور|گذرواژه|پاس ورڈ|पासवर्ड|পাসওয়ার্ড|கடவுச்சொல்)(?: |$)|(?:パ|ハ\u309a)スワー(?:ド|ト\u3099)|密[码碼]|口令|暗証番号|合言葉|パスコード|비밀 {0,4}번호|암호(?!화)|비번|패스워드|รหัสผ่าน|סיסמ[הא]/u

// The same words ending a name: `Login password`, `Mot de passe`, `新密码`, not `password_hint` or `password_changed`.
const ENDS_WITH_PASSWORD_NAME = new RegExp(`(?:${PASSWORD_NAME.source})$`, 'u')

// A table's header is read again for each of its cells that holds a keyword, and each row of a table that repeats its
// header (a crafted one, or rows pasted together) holds one: its names are judged once, as identifiers are.
const columnVerdicts = new Map<string, boolean>()

/**
 * Whether a table's column header names a secret the column holds (`password`, `Login password`, `API key`): as
 * `namesASecret`, with the secret's word last, so that `password_last_changed` or `Password strength` says something
 * about it instead.
 */
export function namesASecretColumn(name: string): boolean {
  let verdict = columnVerdicts.get(name)
  if (verdict === undefined) {
    verdict = judgeColumnName(name)
    if (columnVerdicts.size >= 512) columnVerdicts.clear()
    columnVerdicts.set(detached(name), verdict)
  }
  return verdict
}

function judgeColumnName(name: string): boolean {
  if (!namesASecret(name)) return false
  const words = segments(name)
  const last = words.at(-1) as string
  return (
    SECRET_SEGMENTS.has(last) ||
    FUSED_SECRET_WORD.test(last) ||
    FUSED_LAST_WORD.test(last) ||
    // A lone `key` names no secret (namesASecret): a word stands before this one.
    (last === 'key' && KEY_QUALIFIERS.has(words.at(-2) as string)) ||
    ENDS_WITH_PASSWORD_NAME.test(words.join(' '))
  )
}

/**
 * Algolia's search-only API key, which its docs tell to ship in the page (`ALGOLIA_SEARCH_ONLY_API_KEY`,
 * `searchOnlyApiKey`, `NEXT_PUBLIC_ALGOLIA_SEARCH_API_KEY`): `search only` or Algolia's `search` before `api key`. Any
 * other service's search API key (`AZURE_SEARCH_API_KEY`, `BRAVE_SEARCH_API_KEY`) and Algolia's admin key are secrets.
 */
function isSearchOnlyKey(words: readonly string[], at: number): boolean {
  if (words[at - 1] !== 'api') return false
  if (words[at - 2] === 'only') return words[at - 3] === 'search'
  return words[at - 2] === 'search' && words[at - 3] === 'algolia'
}

// The same key named in prose, its qualifier a blank before the label (`search-only API key: …`, `Search-Only API Key`).
const SEARCH_ONLY_BEFORE = /search[ _-]?only[ \t]{1,2}$/i
const SPACED_API_KEY = /^api[ \t]key$/i

/** Whether the label `identifier` at `start` is an `API key` that the words before it make Algolia's search-only one. */
function isSearchOnlyLabel(text: string, start: number, identifier: string): boolean {
  return (
    identifier.length === 7 &&
    SPACED_API_KEY.test(identifier) &&
    SEARCH_ONLY_BEFORE.test(text.slice(Math.max(0, start - 14), start))
  )
}

/**
 * Whether `PASS` at `start` is the result of a Go test (`--- PASS: TestToken/expired (0.00s)`, indented under its
 * parent for a subtest): the test's name follows it, no password.
 */
function isTestResultLabel(text: string, start: number, identifier: string): boolean {
  if (identifier !== 'PASS' || !text.startsWith('--- ', start - 4)) return false
  let lineStart = start - 4
  while (lineStart > 0 && isBlank(text.charCodeAt(lineStart - 1))) lineStart--
  return lineStart === 0 || text.charCodeAt(lineStart - 1) === 10
}

// A secret store's command told which field of an entry to print (`vault kv get -field=password secret/db01`, `op
// item get … --fields password`, `lpass show --password web/github2`): the secret's word names the field, and the
// argument after it is the entry's path, not the secret.
const FIELD_OPTION_BEFORE = /(?:^|[ \t])--?fields?[= ]$/
const LPASS_SHOW_BEFORE = /(?:^|[ \t;|&(])lpass[ \t]+show(?:[ \t]+--?[a-z][a-z-]{0,20}){0,4}[ \t]+$/
// How far back the option or the command is looked for.
const FIELD_OPTION_REACH = 10
const LPASS_SHOW_REACH = 120

/** Whether the secret's word `identifier` at `start` is a field a secret store's command is told to print. */
function isFieldSelector(text: string, start: number, identifier: string): boolean {
  // A field given its value (`--fields password=…`) is an assignment: the value is the secret.
  const selected = text.charCodeAt(start + identifier.length) !== 61
  if (selected && FIELD_OPTION_BEFORE.test(text.slice(Math.max(0, start - FIELD_OPTION_REACH), start))) return true
  return identifier === '--password' && LPASS_SHOW_BEFORE.test(text.slice(Math.max(0, start - LPASS_SHOW_REACH), start))
}

/** Whether the words before `key` at `at` name a lock's key: a secret's qualifier right before it, or no data's word. */
function isSecretKeyQualified(words: readonly string[], at: number): boolean {
  if (isSearchOnlyKey(words, at)) return false
  if (KEY_QUALIFIERS.has(words[at - 1] as string)) return true
  for (let i = 0; i < at; i++) if (NON_SECRET_KEY_QUALIFIERS.has(words[i] as string)) return false
  return true
}

// `process.env.DB_PASSWORD = '…'`: the variable's name is what names the secret, not the object it is read from.
const ENVIRONMENT_OBJECT = /^(?:process\.env|import\.meta\.env|Deno\.env)\./
// A password manager's name (`KeePass-Eintrag`, `LastPass entry`, `KeePassXC_DB`): the tool the passwords are kept in,
// whose `pass` names no secret beside other words; the words around it still may (`KEEPASS_MASTER_PASSWORD`,
// `LASTPASS_TOKEN`), and alone it names the manager's own master password (`KeePass: …`, `KEEPASS=…`).
const OTHER_WORD = /[A-Za-z]{2}/
const PASSWORD_MANAGER = /(?<![A-Za-z])(?:KeePass(?:XC|DX|X)?|LastPass|NordPass|Enpass|Passbolt|1Password)(?![a-z])/gi

// `password_algorithm`, `password_hasher`, `passwordEncoder`, `secret_version`: a word after the secret's naming a
// property of it (how it is hashed, stored, encoded, which version), whose value is that property's.
const SECRET_PROPERTY_WORDS = new Set([
  'algorithm',
  'algorithms',
  'algo',
  'hasher',
  'hashers',
  'hashing',
  'storage',
  'encoder',
  'encoding',
  'version',
  'scheme',
  'strategy',
  'method',
  'backend',
  'provider',
  'cipher',
  'kdf',
  'rounds',
  'iterations',
  // `password_manager`, `secrets_vault`, `HTTPPasswordMgr`: the tool the secrets are kept in, whose value is its name.
  'manager',
  'mgr',
  'vault',
  // `token_scope`, `TOKEN_AUDIENCE`, `token_kid`: a token's claims, what it grants, whom it is for and which key signed
  // it, printed wherever a token is decoded. Only after the token's word: `subject_token` (OAuth's token exchange) and
  // `TENANT_API_KEY` are secrets.
  'scope',
  'scopes',
  'audience',
  'issuer',
  'subject',
  'tenant',
  'kid',
  'jti',
  // `encryption_key_sha256`, S3's `x-amz-server-side-encryption-customer-key-MD5`, `sseCustomerKeyMd5`: a digest of the
  // secret, named by its algorithm, sent beside it to check it and printed in logs; `hash` and `digest` say so too.
  'md5',
  'sha1',
  'sha224',
  'sha256',
  'sha384',
  'sha512',
])

// `TF_VAR_db_password`, `env.DB_PASSWORD`, `APPLE_ID_PASSWORD`, `KEYSTORE_FILE_PASSWORD`, `FIELD_ENCRYPTION_KEY`,
// `STRIPE_ENDPOINT_SECRET`, `PAGE_ACCESS_TOKEN`: before the secret's word these say which secret it is (where it is
// kept, what it opens), not something about it, as they do after it (`password_file`, `token_url`, `key_id`). A page
// right before a token is a list's cursor (`next_page_token`); a URL's secret is mostly its path (`url_secret:
// projects/…/secrets/…`), so `url` still names none.
// `reset_password_token`, `resetToken`: a reset's token is a secret as any bearer token is (Devise's reset link); only
// after the secret's word does `reset` name something about it (`password_reset_url`).
const QUALIFIERS_BEFORE = new Set([
  ...['var', 'env', 'id', 'identifier', 'file', 'field', 'endpoint', 'page', 'continuation', 'pagination', 'reset'],
])
// A listing's words: right before a token they make it the list's cursor (`next_page_token`, `NextContinuationToken`);
// further before, they say which secret it is (`PAGE_ACCESS_TOKEN`, `PAGINATION_TOKEN_SECRET`, the key that signs them),
// as they do right before another secret's word (`PAGINATION_SECRET`, `continuation_password`: the cursor's words name
// only a token; `page_secret` stays read as ever, a page's field).
const CURSOR_WORDS = new Set(['page', 'continuation', 'pagination'])
// A password, unlike a token or a secret, is no path: `url_password` is the password a URL is fetched with (Ansible's
// `uri` and `get_url` modules take `url_username` and `url_password`).
const URL_PASSWORD_WORDS = new Set(['password', 'passwd', 'pass', 'pwd'])
const isUrlPassword = (word: string, secret: string | undefined) =>
  (word === 'url' || word === 'uri') && URL_PASSWORD_WORDS.has(secret as string)
const RESET_SECRETS = /^(?:token|secret|key|code)$|token$/
// A URL beside a word of signing is what the secret signs (`URL_SIGNING_KEY`, `CDN_SIGNED_URL_KEY`, `url_hmac_secret`):
// no path or address of the secret is named so.
const SIGNING_WORDS = new Set(['signing', 'signature', 'signed', 'sign', 'hmac'])

function isSignedUrlWord(words: readonly string[], i: number): boolean {
  const word = words[i]
  return (
    (word === 'url' || word === 'uri') &&
    (SIGNING_WORDS.has(words[i - 1] as string) || SIGNING_WORDS.has(words[i + 1] as string))
  )
}

/**
 * Where the last word that names the secret stands in a name's words: its own (`password`, the `token` of
 * `reset_password_token`) or a qualified `key`; -1.
 */
function secretWordAt(words: readonly string[]): number {
  return words.findLastIndex(
    (word, i) =>
      SECRET_SEGMENTS.has(word) ||
      FUSED_SECRET_WORD.test(word) ||
      (word === 'key' && (KEY_QUALIFIERS.has(words[i - 1] as string) || isSignedUrlWord(words, i - 1))),
  )
}

// Indonesian and Malay `-nya` ("the", "its") glued to a secret's word: `passwordnya`, `pwnya`, `tokennya`, as chat in
// either language writes "the password" (`passwordnya: …`, `passwordnya adalah …`).
const ENCLITIC_NYA = 'nya'

/** A word without the `-nya` glued to a secret's word (`passwordnya` is `password`); any other word as it is. */
function withoutEnclitic(word: string): string {
  if (!word.endsWith(ENCLITIC_NYA) || word.length <= ENCLITIC_NYA.length) return word
  const base = word.slice(0, -ENCLITIC_NYA.length)
  return SECRET_SEGMENTS.has(base) || FUSED_SECRET_WORD.test(base) ? base : word
}

// Secrets named in the plural after a word that qualifies them (`API_KEYS`, `ADMIN_TOKENS`, `client_secrets`,
// `DB_PASSWORDS`, `apiKeys`): the last word read as the singular. Not a bare plural (`secrets = [secret_a, …]`,
// `tokens = tokenize(…)`, a list's name more often than a secret's; its list of literals is namesSecretsList's), a
// model's counts of tokens (`prompt_tokens`, `max_new_tokens`, `special_tokens`), which hold numbers or a vocabulary's
// words, nor the public keys a host or a verifier trusts (`authorized_keys`, `trusted_keys`, `known_keys`).
const PLURAL_SECRET_WORDS = new Map([
  ['keys', 'key'],
  ['tokens', 'token'],
  ['secrets', 'secret'],
  ['passwords', 'password'],
  ['passphrases', 'passphrase'],
  ['apikeys', 'apikey'],
])
const TOKEN_COUNT_WORDS = new Set([
  'max',
  'min',
  'new',
  'num',
  'prompt',
  'completion',
  'input',
  'output',
  'total',
  'cached',
  'reasoning',
  'context',
  'special',
  'stop',
  'added',
  'audio',
  'image',
  'text',
])

const TRUSTED_KEYS_WORDS = new Set(['authorized', 'trusted', 'known'])

// Bare `PASSWORDS=…`, `passphrases: …`: no list of a program's names is called that more often than a list of the
// passwords themselves, and the value is judged as a password's is (`passwords = load()` stays clean). Not bare `keys`,
// `tokens`, `secrets`, which name a program's lists (a JWKS set, a tokenizer's output, a vault's entries) as often.
const BARE_PLURAL_SECRETS = new Set(['password', 'passphrase'])

/** The words with a plural secret's last word read as its singular (PLURAL_SECRET_WORDS). */
function singularLastWord(words: string[]): string[] {
  const singular = PLURAL_SECRET_WORDS.get(words.at(-1) as string)
  const before = words.at(-2)
  if (singular === undefined || (before === undefined && !BARE_PLURAL_SECRETS.has(singular))) return words
  if (singular === 'token' && TOKEN_COUNT_WORDS.has(before as string)) return words
  if (singular === 'key' && TRUSTED_KEYS_WORDS.has(before as string)) return words
  return [...words.slice(0, -1), singular]
}

// A label's word in the plural names the same thing of several secrets (`REVOKED_TOKEN_IDS`, `API_KEY_NAMES`,
// `secret_paths`, `password_hashes`, `token_policies`): read as its singular.
const PLURAL_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['ies', 'y'],
  ['es', ''],
  ['s', ''],
]

/** The word as NON_SECRET_SEGMENTS holds it, itself or its singular (PLURAL_ENDINGS); undefined when it holds none. */
function labelWord(word: string): string | undefined {
  if (NON_SECRET_SEGMENTS.has(word)) return word
  for (const [ending, singular] of PLURAL_ENDINGS) {
    const stem = word.endsWith(ending) ? word.slice(0, -ending.length) + singular : ''
    if (NON_SECRET_SEGMENTS.has(stem)) return stem
  }
  return undefined
}

function judgeIdentifier(identifier: string): boolean {
  const variable = identifier.replace(ENVIRONMENT_OBJECT, '')
  const named = variable.replace(PASSWORD_MANAGER, '-')
  const words = singularLastWord(segments(OTHER_WORD.test(named) ? named : variable).map(withoutEnclitic))
  const secretWord = secretWordAt(words)
  // Only in a name the secret's word ends: `ID_PASSWORD_INPUT` (a form field's selector), `ENDPOINT_TOKEN_REFRESH`
  // name something of the secret's still.
  const qualifiesSecret = (word: string, i: number) =>
    i < secretWord &&
    secretWord === words.length - 1 &&
    (QUALIFIERS_BEFORE.has(word) || isSignedUrlWord(words, i) || isUrlPassword(word, words[secretWord])) &&
    !(CURSOR_WORDS.has(word) && i === secretWord - 1 && (word === 'page' || words[secretWord] === 'token')) &&
    // A reset's token (`reset_password_token`), not `Reset password`: the action's name.
    !(word === 'reset' && !RESET_SECRETS.test(words[secretWord] as string))
  // `ClearTextPassword`, `plain_text_passwd`: the text is the password's own, written in clear, not a label's text.
  const isLabelWord = (written: string, i: number) => {
    const word = labelWord(written)
    return (
      word !== undefined &&
      !(word === 'text' && (words[i - 1] === 'plain' || words[i - 1] === 'clear')) &&
      !qualifiesSecret(word, i)
    )
  }
  if (words.some(isLabelWord)) return false
  if (words.length > 1 && SECRET_PROPERTY_WORDS.has(words.at(-1) as string)) return false
  if (isPublicKeyToken(words)) return false
  // The property's word right after the secret's, and more words after it: a thing of the property's, named further
  // (`HTTPPasswordMgrWithDefaultRealm`, a class of Python's urllib), where no key ends the name.
  if (secretWord !== -1 && SECRET_PROPERTY_WORDS.has(words[secretWord + 1] as string) && !words.includes('key')) {
    return false
  }
  return (
    words.some(
      (word, i) =>
        SECRET_SEGMENTS.has(word) ||
        FUSED_SECRET_WORD.test(word) ||
        (i === words.length - 1 && (FUSED_LAST_WORD.test(word) || FUSED_PASSWORD_COMMAND.test(word))) ||
        (word === 'key' && i > 0 && isSecretKeyQualified(words, i) && !isKeyValuePair(identifier, words, i)),
    ) || PASSWORD_NAME.test(words.join(' '))
  )
}

// .NET's `PublicKeyToken=b77a5c561934e089` (an assembly's name, `<assemblyIdentity publicKeyToken="…">`): the last 8
// bytes of the hash of a public key, printed in every reference to the assembly. A token after a key meant to be
// public is that key's.
const PUBLIC_KEY_WORDS = new Set(['public', 'pub', 'publishable'])

function isPublicKeyToken(words: readonly string[]): boolean {
  const token = words.lastIndexOf('token')
  return (
    token >= 2 &&
    token === words.length - 1 &&
    words[token - 1] === 'key' &&
    PUBLIC_KEY_WORDS.has(words[token - 2] as string)
  )
}

// `KeyValue`, `SMC_KeyValue` (a keyword list's entry), `KeyValuePair`: a type's name run together in camel case, a
// map's entry, not a secret's key; unless the key before it is a secret's own (`apiKeyValue`, `privateKeyValue`).
// Written apart, `STRIPE_KEY_VALUE` is a key's value still.
const CAMEL_KEY_VALUE = /Key(?:Value|Pair)/
const KEY_VALUE_WORDS = new Set(['value', 'values', 'pair', 'pairs'])

function isKeyValuePair(identifier: string, words: readonly string[], at: number): boolean {
  return (
    KEY_VALUE_WORDS.has(words[at + 1] as string) &&
    !KEY_QUALIFIERS.has(words[at - 1] as string) &&
    CAMEL_KEY_VALUE.test(identifier)
  )
}

const TEMPORAL_ADVERBS = [
  'now',
  'jetzt',
  'nun',
  'sofort',
  'currently',
  'still',
  'maintenant',
  'désormais',
  'ahora',
  'ora',
  'agora',
]
const CONNECTORS = new Set([
  'is',
  'was',
  'are',
  'est',
  'es',
  'ist',
  'è',
  'é',
  'är',
  'er',
  'jest',
  "c'est",
  'c’est',
  'это',
  'to',
  '=',
  ':',
  // The adverbs of time a password's change is told with (`ist jetzt …`, `is currently …`, `ab sofort …`, `est
  // maintenant …`, `es ahora …`), as `now`: words between the copula and the value, no copula themselves (COPULAS).
  ...TEMPORAL_ADVERBS,
  'lautet',
  'heißt',
  'sont',
  'son',
  'sono',
  'são',
  'zijn',
  'war',
  'era',
  'était',
  // The copulas of the other languages whose password words KEYWORD knows, and the dash that stands for one (Russian
  // `пароль — X`; the view reads every dash as `-`).
  'este',
  'είναι',
  'je',
  'glasi',
  // Polish `brzmi` "reads" (`hasło brzmi X`), as German `lautet`.
  'brzmi',
  'yra',
  'це',
  'adalah',
  'ialah',
  'ni',
  'là',
  // Vietnamese typed without its diacritics (`mat khau la …`).
  'la',
  'هي',
  'هو',
  'است',
  'היא',
  'הוא',
  'है',
  'ہے',
  'হল',
  'คือ',
  // Hungarian writes no copula: `pedig` "as for" stands where one would (`a jelszavam pedig X`).
  'pedig',
  // Indonesian and Malay `saya` "my" follows its noun and stands where a copula would (`kata sandi saya X`).
  'saya',
  '-',
  // An arrow standing for one (`Password (staging) -> …`, `Password for staging => …`, `→` as editors write `->`).
  '->',
  '=>',
  '→',
])
const AUTH_SCHEMES = new Set(['bearer', 'basic', 'token', 'digest', 'apikey'])
const MAX_VALUE = 200

// Whitespace, quotes and angle brackets end an unquoted value, and so does a letter or mark of a script written without
// spaces (CJK with its punctuation 。、「」, hangul, Thai, Lao, Myanmar, Khmer): `password: X。`, `パスワードはXです`,
// `비밀번호는 X입니다` go on with the sentence right after the value. A value starting with one is empty, as the
// value of prose in those scripts was judged before (secret-value.ts' CJK test).
function endsValue(code: number): boolean {
  if (code <= 32 || code === 34 || code === 39 || code === 96 || code === 60 || code === 62) return true
  return code >= 0x0e00 && isUnspacedScript(code)
}

// In a form body or a URL query (`user=bob&password=X&next=/home`, `client_secret=X&grant_type=…`) a `&` inside a
// value is written `%26`: a raw `&` (or HTML's `&amp;`) before a field's name and its `=` starts the next field. Only
// there (review 28: `SMTP_PASSWORD=k9Qz&Vw=4mPx7Lr` cut at its `&` left a stub judged no secret, and all of it in
// clear): the value is a form field's own (its name opened by `?`, `&` or `;`), or two fields more follow in its run,
// or what stands before the `&` is long enough to be judged a secret alone (`api_key=<24 characters>&filter=…`).
const NEXT_FIELD = /(?:amp;)?[A-Za-z_][\w.-]{1,40}(?:\[[\w.-]{0,40}\])?=/y
// How far a form field's value and name are read back from a `&`, and a field's value on to the next `&`.
const FORM_REACH = 200
// A value this long before a `&name=` is cut there whatever precedes it: what is left is judged as a whole secret.
const LONG_FIELD_VALUE = 16

// In a connection string (`Server=db;User Id=app;Password=X;Encrypt=True`) `;` separates fields, and a value holding
// one is quoted (ADO.NET's and ODBC's rule): a `;` before one of the keys drivers take ends a value. Before any other
// name and `=` it is a random password's own (`k9Qz;Vw=4mPx7Lr`), which a cut there would leave mostly in clear.
const NEXT_CONNECTION_KEY =
  /(?:server|data source|address|addr|network address|host|port|database|initial catalog|user ?id|uid|user(?:name)?|password|pwd|encrypt|trust ?server ?certificate|integrated security|trusted_connection|(?:connection|connect|command|default command) ?timeout|timeout|pooling|(?:max|min) pool size|multipleactiveresultsets|application ?name|persist security info|ssl ?mode|sslmode|include error detail|charset|driver|dsn|provider|authentication|workstation id|packet size|failover partner|attachdbfilename|column encryption setting|application ?intent|multi ?subnet ?failover|search ?path|keepalive|ssl(?:cert|key|rootcert)|allowuservariables)=/iy

/** Whether an unquoted value ends at `at`: see endsValue, NEXT_FIELD and NEXT_CONNECTION_KEY. */
function endsValueAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  if (code === 59) {
    NEXT_CONNECTION_KEY.lastIndex = at + 1
    return NEXT_CONNECTION_KEY.test(text)
  }
  if (code !== 38) return endsValue(code)
  NEXT_FIELD.lastIndex = at + 1
  if (!NEXT_FIELD.test(text)) return false
  return isFormFieldValue(text, at) || startsFieldAfter(text, NEXT_FIELD.lastIndex)
}

/**
 * Whether the value before the `&` at `at` is a form field's (`?name=`, `&name=` or `;name=` after `&amp;`), or at
 * least LONG_FIELD_VALUE long after its `=`.
 */
function isFormFieldValue(text: string, at: number): boolean {
  let i = at - 1
  const limit = Math.max(0, at - FORM_REACH)
  while (i > limit && text.charCodeAt(i) !== 61 && !endsValue(text.charCodeAt(i))) i--
  // A run longer than the reach before the `&` is a long value, whatever opened it.
  if (i === limit && limit > 0 && !endsValue(text.charCodeAt(i))) return true
  if (text.charCodeAt(i) !== 61) return false
  if (at - i - 1 >= LONG_FIELD_VALUE) return true
  let name = i
  while (name > limit && isFieldNameCode(text.charCodeAt(name - 1))) name--
  // `;` only as HTML's `&amp;` ends: alone it separates a connection string's fields, where `&` is a password's own
  // (`Password=k9Qz&Vw=4mPx7Lr;`, review 29).
  if (name >= i) return false
  const opener = text.charCodeAt(name - 1)
  return opener === 63 || opener === 38 || (opener === 59 && text.startsWith('&amp;', name - 5))
}

// [A-Za-z0-9_.[\]-]: a form field's name (`filter[status]`).
function isFieldNameCode(code: number): boolean {
  return isAsciiAlphanumeric(code) || code === 95 || code === 46 || code === 45 || code === 91 || code === 93
}

/** Whether the field whose value starts at `from` is followed, in the same run, by another `&name=`. */
function startsFieldAfter(text: string, from: number): boolean {
  let i = from
  const limit = Math.min(text.length, from + FORM_REACH)
  while (i < limit && text.charCodeAt(i) !== 38 && !endsValue(text.charCodeAt(i))) i++
  if (text.charCodeAt(i) !== 38) return false
  NEXT_FIELD.lastIndex = i + 1
  return NEXT_FIELD.test(text)
}

function isUnspacedScript(code: number): boolean {
  return (
    (code >= 0x3000 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    code <= 0x0eff ||
    (code >= 0x1000 && code <= 0x109f) ||
    (code >= 0x1780 && code <= 0x17ff)
  )
}

// 「…」 and 『…』: the quotes of Chinese and Japanese.
const CJK_QUOTES: Record<string, string> = { '「': '」', '『': '』' }

/** The value assigned at `from`: quoted (on one line), or unquoted up to a space, quote or angle bracket. */
export function readValue(text: string, from: number): Span | undefined {
  const literal = stringLiteralValue(text, from, quotedValue)
  if (literal !== undefined) return literal
  let i = from
  const quote = text.charCodeAt(i)
  if (quote === 34 || quote === 39) return quotedValue(text, from + 1, quote)
  if (quote === 96) return backtickValue(text, from)
  const spaced = spacedQuoteValue(text, from)
  if (spaced !== undefined) return spaced
  const cjkClose = CJK_QUOTES[text.charAt(i)]
  if (cjkClose !== undefined) return quotedValue(text, from + 1, cjkClose.charCodeAt(0))
  const start = i
  while (i < text.length && !endsValueAt(text, i)) {
    if (i - start >= MAX_VALUE) {
      i = longValueEnd(text, i)
      break
    }
    i++
  }
  const end = trimmedValueEnd(text, start, openedBefore(text, start, i))
  return { start, end }
}

// A value longer than MAX_VALUE (a private key as base64 DER, a base64 credentials file, a long opaque token) runs to
// the end of its unquoted run and is judged by its first MAX_VALUE characters (valueJudged). Every keyword inside such
// a run (`a=b=c=…`) reads the same end: the last run read is remembered, so a run costs one walk, not one per keyword;
// and what is read back from its end (trailing punctuation, brackets) stays within MAX_VALUE of it.
let longRun = { text: '', start: 0, end: 0 }
forgetWhenScanEnds(() => {
  longRun = { text: '', start: 0, end: 0 }
})

function isInLongRun(text: string, at: number): boolean {
  return sameText(longRun, text) && at >= longRun.start && at < longRun.end
}

/** The end of the unquoted run `at` lies in. */
function longValueEnd(text: string, at: number): number {
  if (isInLongRun(text, at)) return longRun.end
  let end = at
  while (end < text.length && !endsValueAt(text, end)) end++
  longRun = { text, start: at, end }
  return end
}

/** The part of a value judged: a value longer than MAX_VALUE by its first MAX_VALUE characters. */
function valueJudged(span: Span): Span {
  return span.end - span.start > MAX_VALUE ? { start: span.start, end: span.start + MAX_VALUE } : span
}

/** How far back from a value's end its closing punctuation and brackets are read. */
function tailStart(start: number, end: number): number {
  return Math.max(start, end - MAX_VALUE)
}

/**
 * Where a value cut off at `end` by a script written without spaces really ends: an opening bracket before that
 * text opens it (`密码：X（临时）`, read as `X(临时)`), not the value.
 */
function openedBefore(text: string, start: number, end: number): number {
  let i = end
  const next = text.charCodeAt(i)
  if (next >= 0x0e00 && isUnspacedScript(next)) {
    const floor = tailStart(start, end)
    while (i > floor && isOpeningBracket(text.charCodeAt(i - 1))) i--
  }
  return i
}

// ( [ {
function isOpeningBracket(code: number): boolean {
  return code === 40 || code === 91 || code === 123
}

function trimmedValueEnd(text: string, start: number, valueEnd: number): number {
  let end = valueEnd
  // Sentence punctuation and JSON/YAML delimiters after an unquoted value are not part of it, unless the value opened
  // them itself: `${DB_PASSWORD}` and `$(cat …)` keep their closing bracket, so a reference is read whole.
  const floor = tailStart(start, end)
  const balance = bracketBalance(text, floor, end)
  while (end > floor && '.,;:!?)]}'.includes(text[end - 1] as string)) {
    const bracket = BRACKETS.indexOf(text[end - 1] as string)
    if (bracket >= 0 && (balance[bracket >> 1] as number) >= 0) break
    if (bracket >= 0) balance[bracket >> 1] = (balance[bracket >> 1] as number) + 1
    end--
  }
  return end
}

// Pairs: ( ), [ ], { } — an opening bracket at an even index, its closing one right after it.
const BRACKETS = '()[]{}'

/** Opened minus closed brackets of each pair in the value: 0 or more means its last closing bracket is its own. */
function bracketBalance(text: string, start: number, end: number): number[] {
  const balance = [0, 0, 0]
  for (let i = start; i < end; i++) {
    const bracket = BRACKETS.indexOf(text[i] as string)
    if (bracket >= 0) balance[bracket >> 1] = (balance[bracket >> 1] as number) + (bracket % 2 === 0 ? 1 : -1)
  }
  return balance
}

const skipSpaces = (text: string, from: number, most: number) => skipWhile(text, from, most, isBlank)
// How many blanks may stand between a name and its operator, and between the operator and its value: a formatter
// lines up a block's operators and values in a column (`terraform fmt`, gofmt's `const (…)`, aligned YAML and
// `.properties`), so a short name stands far from its value. Both gaps together stay within VALUE_REACH.
const ALIGNMENT_BLANKS = 40

/** The value after an auth scheme word (`Bearer abc…`) rather than the scheme itself. */
// `api_key: !env_var NAME`, `!include secrets.yaml`, `!secret db_password`, CloudFormation's `!FindInMap [...]`: a
// YAML tag naming where the value comes from (an environment variable, a file, a secret store, a lookup) stands before
// the reference, not the value. Any other tag (`!!str 12345678`, CloudFormation's `!Base64 …`) types or transforms
// the node after it, which is the value: the tag itself was redacted and the secret after it left.
const YAML_TAG = /^!!?[A-Za-z_][\w.-]{0,30}$/
const REFERENCE_TAG =
  /^!(?:env|env_var|include|import|file|secret|secrets|ref|getatt|importvalue|findinmap|select|split|join|getazs|if|cidr|condition|vault|ssm|aws_ssm|sops|keyvault|azure_keyvault|param|parameter|lookup|var)$/i

// A tag that types a block scalar (`password: !!str |`, `token: !!binary >-`) stands before its indicator: the value
// is the block below, as without the tag. A reference's tag (`!secret |`) is left to taggedNode, which reads none.
const TAG_BEFORE_BLOCK = /!!?[A-Za-z_][\w.-]{0,30}[ \t]{1,4}(?=[|>])/y

/** Where a block scalar's indicator is after a typing tag at `from`; `from` when no such tag is there. */
function pastTagBeforeBlock(text: string, from: number): number {
  if (text.charCodeAt(from) !== 33) return from
  TAG_BEFORE_BLOCK.lastIndex = from
  if (!TAG_BEFORE_BLOCK.test(text)) return from
  return REFERENCE_TAG.test(text.slice(from, TAG_BEFORE_BLOCK.lastIndex).trimEnd()) ? from : TAG_BEFORE_BLOCK.lastIndex
}

/** A YAML tag before a node at `value`: undefined for a reference, the node for another tag; null for no tag. */
function taggedNode(text: string, value: Span, read: ReadValue): Span | undefined | null {
  if (text.charCodeAt(value.start) !== 33 || !isBlank(text.charCodeAt(value.end))) return null
  const node = skipSpaces(text, value.end, 4)
  const code = text.charCodeAt(node)
  const tag = text.slice(value.start, value.end)
  if (code <= 32 || !YAML_TAG.test(tag)) return null
  return REFERENCE_TAG.test(tag) ? undefined : read(text, node)
}

// `<…>` after a label is a placeholder's brackets (`password: <PASSWORD>`, `<your token>`), and so are `[…]`,
// `{…}` and `<<…>>` (`password: [PASSWORD]`, `{password}`, `<<TOKEN>>`) far more often than a value's; but brackets a
// user put around a generated value (`password: <Xk9mQ2vL7Pq8>`, `[Xk9mQ2vLp7]`, `<<Xk9mQ2vLp7>>`) hold it: the value
// is what they hold when that looks generated (isRandomCredential), one run without blanks, brackets or quotes on the
// line, closed by the bracket that opened it, and not going on (`[…](…)`, a Markdown link, is read whole).
const BRACKETED = /(<<?|\[|\{)([^\s<>[\]{}"'`]{1,200})(>>?|\]|\})/y
const CLOSING: Readonly<Record<string, string>> = { '<': '>', '<<': '>>', '[': ']', '{': '}' }

/** `<` `[` `{`: where a bracketed value may open. */
function isValueBracket(code: number): boolean {
  return code === 60 || code === 91 || code === 123
}

/** The value a pair of brackets at `from` holds, when it looks generated; `read` reads it when it goes on. */
function bracketedValue(text: string, from: number, read: ReadValue): Span | undefined {
  BRACKETED.lastIndex = from
  const bracketed = BRACKETED.exec(text)
  if (bracketed === null || CLOSING[bracketed[1] as string] !== bracketed[3]) return undefined
  if (!isRandomCredential(bracketed[2] as string, SECRET_MIN_LENGTH)) return undefined
  const start = from + (bracketed[1] as string).length
  const inside = { start, end: start + (bracketed[2] as string).length }
  // The closing bracket ends the value only where the value ends too: a square bracket or brace that goes on into a
  // word, another bracket (a Markdown link's `[…](…)`) or more of the value (`{Tr0ub4dor}&3x`, `{…};3x`) is part of a
  // longer value, read whole. A value read from `<` is markup's and dropped, so there the generated inside is the value.
  if (bracketed[1] === '<' || bracketed[1] === '<<' || closesBracketedValue(text, BRACKETED.lastIndex)) return inside
  return read(text, from) ?? inside
}

// What may follow a bracketed value: the text's end, a blank, a quote, a closing bracket or a tag's `<`, or sentence
// punctuation that one of these follows (`[Xk9mQ2vLp7], then`).
const VALUE_END_AFTER_BRACKET = /(?:[,.;:!?]{0,3}(?:$|[\s"'`)\]}<>]))/y

function closesBracketedValue(text: string, at: number): boolean {
  VALUE_END_AFTER_BRACKET.lastIndex = at
  return VALUE_END_AFTER_BRACKET.test(text)
}

const noValue: ReadValue = () => undefined

/**
 * A quoted value that is all one bracketed generated value (`"<Xk9mQ2vLp7>"`, `'[Xk9mQ2vLp7]'`, `"{…}"`): the
 * brackets' inside, judged as bracketedValue judges it unquoted; the quotes hold a placeholder's brackets otherwise.
 */
function quotedBracketedValue(text: string, from: number, value: Span): Span | undefined {
  if (value.start === from || !isValueBracket(text.charCodeAt(value.start))) return undefined
  const inside = bracketedValue(text, value.start, noValue)
  if (inside === undefined || inside.end + (inside.start - value.start) !== value.end) return undefined
  return inside
}

function valueAt(text: string, from: number): Span | undefined {
  if (text.charCodeAt(from) === 92) return escapedQuotedValue(text, from) ?? readValue(text, from)
  if (isValueBracket(text.charCodeAt(from))) return bracketedValue(text, from, readValue) ?? readValue(text, from)
  const value = readValue(text, from)
  if (value === undefined) return undefined
  const quotedBracketed = quotedBracketedValue(text, from, value)
  if (quotedBracketed !== undefined) return quotedBracketed
  const member = memberExpression(text, value)
  if (member !== undefined) return member
  const node = taggedNode(text, value, readValue)
  if (node !== null) return node
  if (isPassphraseSource(text, value)) return { start: value.start + PASS_SOURCE.length, end: value.end }
  if (value.end - value.start <= 6 && AUTH_SCHEMES.has(text.slice(value.start, value.end).toLowerCase())) {
    return readValue(text, skipSpaces(text, value.end, 4))
  }
  return expansionLiteral(text, value)
}

// Minified JavaScript (`{token:o.token,password:a.password};module.exports=o`, `this.key=t.key||this.key`) writes no
// blank between its statements, so an unquoted value read up to a blank runs on over the code after it. A value that
// opens with a member read of a mangled name (one or two characters, or `this`), such a name alone
// (`const{token:t,secret:s}=e`) or a literal of the language (`{password:"",token:null,key:n.key}`, `!0` for true) is
// that expression when code goes on right after it: a closing bracket, `||`, `&&`, `?`, or a `,` or `;` before the next
// name and its `:`, `=`, `.`, a bracket, a blank or the end of an expression (`;const{…}`, `;var n`, `,t})`), or
// before a block, a bracket or a `!` (`null;{…}`, `;!function(){…}`). So is a member read negated or joined (`!e.key`,
// `"Bearer "+e.token}`, and as Babel writes a template literal, `"Bearer ".concat(n.accessToken)`), and the first arm
// of a condition (`c?d.secret:null`); a string literal joined so is the value (`"Bearer ".concat("…")`). What follows
// is read by its own name; a password holding such a run (`xk.Qz;V=…`: a dot, a word, then a `;name=`) is rare.
const CODE_AFTER = String.raw`[)}\]?]|\|\||&&|[,;](?:[A-Za-z_$][\w$]{0,40}[:=.({[ )}\];,]|[{(!])`
// A property is named in words (`access_token`, `getToken`, `KEY`), a digit in it being a random run's (`Xk.P9mQ2vL7`).
const PROPERTY = `(?:[A-Za-z_$][a-z_$]{0,40}(?:[A-Z][a-z_$]{0,40}){0,4}|[A-Z][A-Z_]{0,40})`
const MANGLED = String.raw`[A-Za-z_$][\w$]?`
const MEMBER = String.raw`(?:this|${MANGLED})(?:\.${PROPERTY}){1,4}(?:\(\))?`
const MEMBER_EXPRESSION = new RegExp(
  `[!+]?(${MEMBER}|${MANGLED}|null|true|false|undefined|void 0|![01])(?=${CODE_AFTER})` +
    String.raw`|\.concat\((?:(${MEMBER})|"([^"\\\n]{1,200})"|'([^'\\\n]{1,200})')\)`,
  'y',
)

/** The expression opening an unquoted `value` when code goes on after it (MEMBER_EXPRESSION), or undefined. */
function memberExpression(text: string, value: Span): Span | undefined {
  MEMBER_EXPRESSION.lastIndex = value.start
  const match = MEMBER_EXPRESSION.exec(text)
  if (match === null) return undefined
  const end = value.start + match[0].length
  const literal = match[3] ?? match[4]
  // A literal joined with `.concat("…")` is the value, judged as any quoted one (its quote ended the value read).
  if (literal !== undefined) return { start: end - literal.length - 2, end: end - 2 }
  if (end >= value.end) return undefined
  // `.concat(n.accessToken)`: the member, within the call's brackets.
  if (match[2] !== undefined) return { start: end - 1 - match[2].length, end: end - 1 }
  // A condition's first arm (`c?d.secret:null`) is read as the condition itself, code going on after it at the `?`.
  const expression = match[1] as string
  const start = end - expression.length
  // `!0` is true, not the digit.
  return { start: text.charCodeAt(start) === 33 ? start + 1 : start, end }
}

// `${NAME:-literal}`, `${NAME=literal}`, `${NAME:+literal}`: a shell expansion that writes the value it stands for.
// `:?` writes an error message instead.
const EXPANSION_WITH_LITERAL = /\$\{[A-Za-z_]\w{0,63}:?[-=+]/y
// Defaults nest (`${A:-${B:-literal}}`): a few levels are read, as far as anyone writes them.
const MAX_EXPANSION_DEPTH = 4

/** The literal a value written as a shell expansion carries (the innermost one), or the value itself. */
function expansionLiteral(text: string, value: Span): Span {
  let literal = value
  for (let depth = 0; depth < MAX_EXPANSION_DEPTH && text.charCodeAt(literal.end - 1) === 125; depth++) {
    EXPANSION_WITH_LITERAL.lastIndex = literal.start
    if (!EXPANSION_WITH_LITERAL.test(text)) break
    const inner = { start: EXPANSION_WITH_LITERAL.lastIndex, end: literal.end - 1 }
    // An alternative that is code writes no literal: the expansion stays whole, a reference.
    if (text.charCodeAt(inner.start - 1) === 43 && isAlternativeCode(text, inner)) break
    literal = inner
  }
  return literal
}

/**
 * `${REDIS_PASSWORD:+--requirepass "$REDIS_PASSWORD"}`, `${DB_PASS:+--password}`: the alternative of a `:+`
 * expansion is the command line the variable's being set adds, a flag or a reference to a variable, far more often
 * than a literal. A flag opens it; a `$` in it is a reference, or a nested expansion whose own literal is read next.
 */
function isAlternativeCode(text: string, alternative: Span): boolean {
  if (text.charCodeAt(alternative.start) === 45) return true
  for (let i = alternative.start; i < alternative.end; i++) {
    if (text.charCodeAt(i) !== 36) continue
    EXPANSION_WITH_LITERAL.lastIndex = i
    if (i > alternative.start || !EXPANSION_WITH_LITERAL.test(text)) return true
  }
  return false
}

// `password: Tiger Lily`, `passphrase = Purple Monkey Dishwasher`: two or three words, each a capital and two to
// fifteen lower-case letters, after a password word and its operator, unquoted, ending the line. None may be a
// word of a form's status or instructions (`Reset Link Sent`, `Not Set`, `See Below`), which is what such a phrase
// is far more often; one word alone (`Forgotten`) is a word. Nothing in its shape tells a phrase of random words
// from a description, so the rule stays a heuristic narrowed by closed classes of words no description does without:
// the status and instruction words in each language whose password label the guard reads (`Siehe Unten`, `Non
// Requis`, `Ver Abajo`, `Zie Hieronder`), function words and numerals (`Under Review`, `Two Factor`), and the fields
// of a record a password is made from, named by their head noun (`Serial Number`, `Birth Date`, `Zip Code`).
const CAPITALISED_WORD = /^[A-Z][a-z]{2,15}$/
const MIN_PHRASE_WORDS = 2
const MAX_PHRASE_WORDS = 3
const LONGEST_PHRASE_WORD = 16
const STATUS_WORDS = new Set(
  [
    ...STATUS_AND_INSTRUCTION_WORDS,
    ...FUNCTION_WORDS,
    // The fields of a record a password is made from.
    'number numbers code codes date dates birth birthday address name names label sticker serial id identifier',
    'year month day place city town street zip postal postcode mobile telephone cell card plate license licence',
    'employee student customer member membership staff badge mac router device model imei ssid pin initials',
    'surname nickname maiden',
  ]
    .join(' ')
    .split(' '),
)

// A status line opens with a verb saying what the password does or had done to it, which the closed STATUS_WORDS
// cannot all list: a third person's `-s` (`Meets Complexity Requirements`, `Rotates Quarterly`) or a past participle
// (`Changed By Admin`, Spanish `Enviada Por Correo`, with the preposition after it, as nouns end in -ado too). A
// passphrase opening with a plural (`Tigers Roar`) is read as a status: a known loss of this heuristic.
const STATUS_VERB = /^[A-Z][a-z]+(?:[^s]s|ed)(?: |$)|^[A-Z][a-z]+[ai]d[ao]s? (?:Por|Para|En|Al|A|Con)(?: |$)/

/** The phrase of capitalised words starting at the value (see CAPITALISED_WORD), or undefined when it is not one. */
function capitalisedPassphrase(text: string, value: Span | undefined): Span | undefined {
  // Quoted, a phrase in title case is a UI string (locale files, forms), as the quoted-status rule reads it.
  if (value === undefined || !isCapitalisedWord(text, value.start, value.end)) return undefined
  let end = value.end
  let words = 1
  while (words < MAX_PHRASE_WORDS && text.charCodeAt(end) === 32) {
    let wordEnd = end + 1
    while (wordEnd - end <= LONGEST_PHRASE_WORD && isAsciiLetter(text.charCodeAt(wordEnd))) wordEnd++
    if (!isCapitalisedWord(text, end + 1, wordEnd)) break
    end = wordEnd
    words++
  }
  if (words < MIN_PHRASE_WORDS || !isAtLineEnd(text, skipSpaces(text, end, NEXT_LINE_BLANKS))) return undefined
  if (STATUS_VERB.test(text.slice(value.start, end))) return undefined
  // A label naming the secret in another language (`password=Kennwort Eingeben`) is no passphrase either.
  return isKeywordLabel(text.slice(value.start, end)) ? undefined : { start: value.start, end }
}

// An app password as Google shows it (`hxke wqpz rtvn bmly`: four groups of four lower-case letters), pasted unquoted
// into a mail setting (`EMAIL_HOST_PASSWORD=…`, `App password: …`) and ending its line. Read up to its first blank, it
// was a word of four letters, no secret, and the whole password went out.
const GROUPED_APP_PASSWORD = /[a-z]{4}(?: [a-z]{4}){3}(?=[ \t]*(?:\r?\n|$))/y

// Random letters hold about one vowel in five; words, two in five. With the letters' variety (Shannon entropy), this
// tells `hxke wqpz rtvn bmly` from `lazy dogs jump over` and `test test test test`.
const MOST_APP_PASSWORD_VOWELS = 4
const LEAST_APP_PASSWORD_ENTROPY = 3.5

/** The whole grouped app password starting at `value`, when one does. */
function groupedAppPassword(text: string, value: Span | undefined): Span | undefined {
  if (value === undefined || value.end - value.start !== 4) return undefined
  GROUPED_APP_PASSWORD.lastIndex = value.start
  if (!GROUPED_APP_PASSWORD.test(text)) return undefined
  const span = { start: value.start, end: GROUPED_APP_PASSWORD.lastIndex }
  const letters = text.slice(span.start, span.end).replaceAll(' ', '')
  const vowels = letters.replace(/[^aeiou]/g, '').length
  if (vowels > MOST_APP_PASSWORD_VOWELS || shannonEntropy(letters) < LEAST_APP_PASSWORD_ENTROPY) return undefined
  // A documentation's sample runs through the alphabet (`abcd efgh ijkl mnop`).
  return isAlphabetRun(letters) ? undefined : span
}

// A password written in groups with blanks between them, unquoted (`password: Xk29 fLq9 Mn2p`, `pwd: 7Hq!x 9Zr#w`, a
// value and its next group `Xk29fLq9 Mn2p7Qw`): read up to its first blank, a group was too short to be a secret, or
// the rest went out after it. Each group looks generated (a digit or a symbol beside letters, three to twenty-four
// characters, one or two blanks before it); prose stops it (`Xk29fLq9 for the staging db`), and the whole stays
// within the stream's bound for a finding with blanks (LONGEST_SPACED_FINDING): a value of at most 24 characters and
// MOST_VALUE_GROUPS groups of at most 26 (two blanks, 24 characters) span 154 at most, so no run-time check is needed.
const VALUE_GROUP = /[ ]{1,2}([A-Za-z0-9!@#$%^&*+=?~_.-]{3,24})(?=[,;)]?(?:[ \t]|\r?\n|$))/y
// A version after a password is the release it was set for (`hunter2 v2.1.0`), not one of its groups.
const VERSION_GROUP = /^v?\d{1,4}(?:\.\d{1,4}){1,3}$/
// The next setting of a line of pairs (`password=Sommer2024! user=admin`) is its own pair, not a group of the value. A
// pair has a value after its `=`: a group ending in `=` (`pR9zW4tB=`, base64's padding) is the password's own.
const PAIR_GROUP = /^[A-Za-z_][\w.-]{0,23}=[^=\s]/

function isValueGroup(group: string): boolean {
  return !VERSION_GROUP.test(group) && !PAIR_GROUP.test(group)
}
/** The most groups read after the value. */
const MOST_VALUE_GROUPS = 5

// A password's symbols: a hyphen, a dot or an underscore joins words (`ConvertTo-SecureString`, `read-host`), not one.
const PASSWORD_SYMBOLS = /[!@#$%^&*+=?~]/

/**
 * Whether a group of a password's looks generated: it starts with a letter or a digit (a leading `-`, `$` or `#` is a
 * flag, a variable or a comment: `-out`, `$plain`, `#rotated`) and holds letters with a digit or a password's symbol,
 * or digits with such a symbol.
 */
function isGeneratedGroup(group: string): boolean {
  if (!isAsciiAlphanumeric(group.charCodeAt(0))) return false
  const classes = characterClasses(group)
  const letters = classes.lower || classes.upper
  const symbol = PASSWORD_SYMBOLS.test(group)
  return (letters && (classes.digit || symbol)) || (classes.digit && symbol)
}

/** `value` with the generated groups after it, when there are any and the whole reads as a password; else undefined. */
function groupedValue(text: string, value: Span | undefined): Span | undefined {
  if (value === undefined || value.end - value.start < 3 || value.end - value.start > 24) return undefined
  if (!isGeneratedGroup(text.slice(value.start, value.end))) return undefined
  let end = value.end
  let joined = text.slice(value.start, value.end)
  for (let groups = 0; groups < MOST_VALUE_GROUPS; groups++) {
    VALUE_GROUP.lastIndex = end
    const group = VALUE_GROUP.exec(text)
    if (group === null || !isGeneratedGroup(group[1] as string) || !isValueGroup(group[1] as string)) break
    end = VALUE_GROUP.lastIndex
    joined += group[1]
  }
  if (end === value.end || !isPasswordLike(joined)) return undefined
  return { start: value.start, end }
}

function isAlphabetRun(letters: string): boolean {
  for (let i = 1; i < letters.length; i++) if (letters.charCodeAt(i) !== letters.charCodeAt(i - 1) + 1) return false
  return true
}

// `:`, `=`, `：`: an assignment's operator (not a call's next argument or a CSV row's next cell).
const assigns = (code: number) => code === 58 || code === 61 || code === 0xff1a

function isCapitalisedWord(text: string, start: number, end: number): boolean {
  if (end - start > LONGEST_PHRASE_WORD) return false
  const word = text.slice(start, end)
  return CAPITALISED_WORD.test(word) && !STATUS_WORDS.has(word.toLowerCase())
}

// JSON pasted inside a JSON string (`"{\"password\": \"…\"}"`), escaped once more in a log line or a shell
// argument: its quotes come after a run of backslashes, as many for the value's closing quote as for its opening one.
const MAX_ESCAPES = 7
const isBackslash = (code: number) => code === 92

/** Past an escaped quote at `at` (`\"`, `\\\"`), closing a secret's name; `at` when none stands there. */
function pastEscapedQuote(text: string, at: number): number {
  const quote = skipWhile(text, at, MAX_ESCAPES, isBackslash)
  const code = text.charCodeAt(quote)
  return quote > at && (code === 34 || code === 39) ? quote + 1 : at
}

/** The value between escaped quotes opening at `from`, on its line: up to the quote escaped as the opening one is. */
function escapedQuotedValue(text: string, from: number): Span | undefined {
  const quoteAt = skipWhile(text, from, MAX_ESCAPES, isBackslash)
  const escapes = quoteAt - from
  const quote = text.charCodeAt(quoteAt)
  if (quote !== 34 && quote !== 39) return undefined
  const start = quoteAt + 1
  // The run of backslashes just before the character read: a quote after exactly `escapes` of them closes the value.
  let run = 0
  for (let i = start; i < text.length && i - start <= MAX_VALUE + escapes; i++) {
    const code = text.charCodeAt(i)
    if (code === 10 || code === 13) return undefined
    if (code === quote && run === escapes) return { start, end: i - escapes }
    // A quote escaped less closes a string the value sits in: `"{\"password\": \"" + password + "\"}"` is code
    // joining a variable into the JSON, not a value written in it.
    if (code === quote && run < escapes) return undefined
    run = code === 92 ? run + 1 : 0
  }
  return undefined
}

// OpenSSL's pass phrase arguments (`-pass pass:…`, `-passin pass:…`): `pass:` says the password follows on the line,
// as `env:` and `file:` say where it is read from.
const PASS_SOURCE = 'pass:'

function isPassphraseSource(text: string, value: Span): boolean {
  return value.end - value.start > PASS_SOURCE.length && text.startsWith(PASS_SOURCE, value.start)
}

// Locale files: `{"apiKey": "API-Schlüssel"}`, `"password": "Mật khẩu: "`, `password=Passwort`. A value of a few
// words of letters that ends on a colon (the label before an input) or that holds a secret's name in any language (the
// name translated) is the label, not the secret. A form's label wears the marks of its field: the star of a required
// one (`Passwort*`), a hint in parentheses (`API-Schlüssel (optional)`, `Password (min. 8 chars, 1 digit)`), an
// ampersand or a slash between names (`Benutzername / Passwort`), French elision (`Clé d'API`), a question
// (`Passwort?`). A hint's words are letters or digits, not both: a secret in parentheses is no hint.
const LABEL =
  /^(?:\* ?)?([\p{L}\p{M}]+(?:(?:[ -]|['’]| & | ?\/ ?)[\p{L}\p{M}]+){0,6})[?？]? ?\*?(?: \((?:[\p{L}\p{M}]+|\d+(?:[-–]\d+)?\+?)[.,]?(?: (?:[\p{L}\p{M}]+|\d+(?:[-–]\d+)?\+?)[.,]?){0,5}\))?\*?(?: ?[:：])?\s{0,3}$/u
const LONGEST_LABEL = 60
const KEYWORD_IN_LABEL = new RegExp(`(?<![\\p{L}\\p{M}])(?:${KEYWORD.source})(?![\\p{L}\\p{M}])`, 'iu')
// `Red-Secret-Garden`, `Pass-Key-Horse`: three words or more joined by dashes (or slashes) alone is how a passphrase is
// written (a diceware list's words), not a label, whichever of its words names a secret. Words of two letters are the
// compounds of labels (`E-Mail-Passwort`, `Wi-Fi-Passwort`).
const PASSPHRASE = /^[\p{L}\p{M}]{3,}([-/])[\p{L}\p{M}]{3,}(?:\1[\p{L}\p{M}]{3,})+$/u

/** Whether a value is a label naming the secret rather than the secret (see LABEL). */
export function isKeywordLabel(value: string): boolean {
  const label = value.length > LONGEST_LABEL ? null : LABEL.exec(value)
  if (label === null) return false
  const trimmed = value.trimEnd()
  if (trimmed.endsWith(':') || trimmed.endsWith('：')) return true
  const words = label[1] as string
  if (PASSPHRASE.test(words)) return false
  return (
    KEYWORD_IN_LABEL.test(words) ||
    words
      .toLowerCase()
      .split(/[ '’&/-]+/)
      .some((word) => SECRET_SEGMENTS.has(word))
  )
}

// `-Password (ConvertTo-SecureString "…" -AsPlainText -Force)`: a PowerShell sub-expression opening with a cmdlet
// (Verb-Noun) computes the value; the literal inside it is read by its own reader (command-secrets.ts).
const CMDLET_SUBEXPRESSION = /^\([A-Z][A-Za-z]{1,20}-[A-Z][A-Za-z]{1,40}$/
// `$password = Read-Host -AsSecureString`, `$pw = convertTo-SecureString $plain`: the cmdlet alone, in any case as
// PowerShell reads it, computes the value too. Its verb is one of PowerShell's, so a passphrase of two words joined by
// a dash stays a value.
const CMDLET =
  /^(?:Get|Set|New|Read|ConvertTo|ConvertFrom|Import|Export|Invoke|Add|Remove|Select|Join|Out|Write|Format|Test|Resolve|Protect|Unprotect|Start|Find|Copy|Request|Receive|Show|Use)-[A-Za-z]{1,40}$/i

// `token: BTC/USDT`, `EUR/USD`: two codes of a trading or currency pair, the token traded rather than a credential.
const CODE_PAIR = /^[A-Z]{2,6}\/[A-Z]{2,6}$/

// A setting and its number, alone or as a note in brackets after a secret's name (`Syncing secret prod/db-creds
// (rv=48213)`, `token ttl=98213`, `password: (port=54321)`): the number is the setting's, not the secret. A name that
// is a secret's or a code's own (`pw=48213933`, `pin=48213`, `otp=482913`) gives its number as the secret still.
const NUMBER_SETTING = /^\(?([A-Za-z_][\w.-]{0,40})=\d{1,20}(?:\.\d{1,20})?[),;]?$/
const CODE_NAME = /pin|otp|code|cvv|cvc|tan/i

/** Whether `value` is a setting and its number (NUMBER_SETTING), under a name that is no secret's. */
function isNumberSetting(value: string): boolean {
  const name = NUMBER_SETTING.exec(value)?.[1]
  return name !== undefined && !judgeIdentifier(name) && !CODE_NAME.test(name)
}

// A container build's or service's secret, given by where it is read from (`docker build --secret
// id=npmrc,src=$HOME/.npmrc`, `--secret id=gh_token,env=GH_TOKEN`, swarm's `--secret source=db_pw,target=db_password`,
// a Dockerfile's `--mount=type=secret,id=npmrc,target=/root/.npmrc`): the spec's fields name the secret and its file or
// variable, never its value, which these tools take no other way.
const SPEC_FIELD = '(?:id|src|source|env|target|dst|destination|type|required|mode|uid|gid)=[^,\\s]{1,200}'
const SECRET_SPEC = new RegExp(`^${SPEC_FIELD}(?:,${SPEC_FIELD}){1,8}$`)

// A tracker's record number, what a ticket or a form puts after a label as often as a value (`Token: INC0012345`,
// `Password: CHG0031337`, `Token: PLAT-2231`): ServiceNow's table prefixes with their seven digits or more, or a
// JIRA key, a project's capitals, a dash and an issue's number (which never opens with 0). A JIRA-shaped value whose
// project is a password's word or whose number is a year (`ADMIN-123`, `ACME-2024`, `SUMMER-2023`) is how weak
// passwords are written, and is judged as ever.
const SERVICENOW_NUMBER = /^(?:INC|CHG|RITM|REQ|PRB|TASK|SCTASK|CTASK|PTASK|STRY|KB)\d{7,10}$/
const JIRA_KEY = /^([A-Z][A-Z0-9]{1,9})-([1-9]\d{0,5})$/
const PASSWORD_PROJECT =
  /^(?:ADMIN|ROOT|PASS|PASSWORD|PASSWD|PWD|SECRET|WELCOME|CHANGEME|LETMEIN|QWERTY|TEST|GUEST|USER|MASTER|LOGIN|SUMMER|WINTER|SPRING|AUTUMN|FALL|DEFAULT)$/
const YEAR = /^(?:19|20)\d\d$/

// Records listed in one value: `RITM0012345/SCTASK0012346`, `PLAT-2231,PLAT-2232`.
const RECORD_LIST_SEPARATOR = /[/,]/

/** Whether `value` is a tracker's record number (SERVICENOW_NUMBER, JIRA_KEY), or a list of them. */
export function isRecordNumber(value: string): boolean {
  return value.split(RECORD_LIST_SEPARATOR).every(isOneRecordNumber)
}

function isOneRecordNumber(value: string): boolean {
  if (SERVICENOW_NUMBER.test(value)) return true
  const key = JIRA_KEY.exec(value)
  return key !== null && !PASSWORD_PROJECT.test(key[1] as string) && !YEAR.test(key[2] as string)
}

// A password's symbol written on after a record's number (`password request: INC0012345!`): no tracker numbers its
// records so, and the value is a password the number is part of (review 32).
const PASSWORD_TAIL = /[!#$%&*@+=~^]/y

/** Whether `value`, judged at `span`, is a record's number (isRecordNumber) with no password's symbol after it. */
function isRecordNumberAt(text: string, span: Span, value: string): boolean {
  if (!isRecordNumber(value)) return false
  PASSWORD_TAIL.lastIndex = span.end
  return !PASSWORD_TAIL.test(text)
}

function isNotAWrittenValue(value: string): boolean {
  return (
    isKeywordLabel(value) ||
    CMDLET_SUBEXPRESSION.test(value) ||
    CMDLET.test(value) ||
    CODE_PAIR.test(value) ||
    isNumberSetting(value) ||
    SECRET_SPEC.test(value)
  )
}

// The next attribute of a tag, read after a name attribute's closing quote (`<setting name="ApiKey"
// serializeAs="String">`): its name and `=` look like base64 with its padding, but the quote after the `=` opens the
// attribute's value. A padded value in quotes has its opening quote before it.
const ATTRIBUTE_NAME = /^[A-Za-z_][\w.:-]{0,63}=$/

function isAttributeName(text: string, span: Span, value: string): boolean {
  const after = text.charCodeAt(span.end)
  return (after === 34 || after === 39) && text.charCodeAt(span.start - 1) !== after && ATTRIBUTE_NAME.test(value)
}

function isSecretAt(text: string, span: Span | undefined, lenient = false): span is Span {
  if (span === undefined) return false
  const value = literalText(text, valueJudged(span))
  // The same rule as isSecretAtFast's, so the reference and the fast path judge a value alike; the quoted-status
  // rule before it catches every plain phrase the suite writes, so this return is not reached by a test.
  /* c8 ignore next */
  if (isPlainPhrase(value)) return false
  if (isProseMessage(value)) return false
  if (lenient && (isDigitsPassword(text, span, value) || isLettersPassword(text, span, value))) return true
  // Most values fail the tests of a secret: a label is told apart only from those that pass.
  return (
    (lenient ? isPasswordLike(value) : isSecretLike(value)) &&
    !isNotAWrittenValue(value) &&
    !isRecordNumberAt(text, span, value) &&
    !isAttributeName(text, span, value)
  )
}

// A password of digits alone (`password: 84721936`, "my password is 84721936"): at least six, below which digits
// after a password word are a PIN's example or a count more often than a password, and not one digit repeated
// (`000000` fills a template). Digits are also what most settings hold (`PASSWORD_TIMEOUT=3600000`,
// `password length: 128000`), so they pass only right after a name whose last word is a password's.
const DIGITS_PASSWORD_MIN_LENGTH = 6
const DIGITS_PASSWORD_MAX_LENGTH = 64
const ENDS_WITH_PASSWORD_WORD =
  /(?:pass(?:word|wd|wort|code|phrase|e)?|pwd|pw|kennwort|contrase[ñn]a|senha|wachtwoord|has[łl](?:o|em)|heslo|парол[ьа]|密[码碼]|パスワード|비밀번호|[şs][iİ]fre(?:m[iİ]z[iİ]?|n[iİ]z[iİ]?|s[iİ](?:n[iİ])?|m[iİ]?|n[iİ]?|y[iİ])?|parol(?:a(?:m[ıi]z[ıi]?|n[ıi]z[ıi]?|s[ıi](?:n[ıi])?|m[ıi]?|n[ıi]?|y[ıi])?|ă)|parool|jelsz(?:[óo]|av(?:atok|unk|am|ad|uk|a))|salasana|l[öo]senord|passord|adgangskode|kodeord|lozinka|κωδικ[οό]ς|סיסמ[הא]|รหัสผ่าน|पासवर्ड)$/iu
// The second word of a two-word password name (`kata sandi`, `mật khẩu`, `كلمة المرور`, `κωδικός πρόσβασης`), a
// password's only after its first (`Sandi` alone is a name).
const SECOND_PASSWORD_WORD = /^(?:sandi|laluan|khẩu|khau|المرور|السر|πρ[οό]σβασης)$/iu
const FIRST_PASSWORD_WORD = /(?:kata|mật|mat|كلمة|κωδικ[οό]ς) {1,4}$/iu
const FIRST_WORD_REACH = 12
// How far back from a value its name may end: quotes, blanks, an operator and a connector between them.
const DIGITS_NAME_REACH = 64

function isDigitsPassword(text: string, span: Span, value: string): boolean {
  return isPasswordDigits(value) && isNamedAsPassword(text, span.start, false)
}

/** Digits alone, DIGITS_PASSWORD_MIN_LENGTH to DIGITS_PASSWORD_MAX_LENGTH of them, not one repeated. */
function isPasswordDigits(value: string): boolean {
  const length = value.length
  if (length < DIGITS_PASSWORD_MIN_LENGTH || length > DIGITS_PASSWORD_MAX_LENGTH) return false
  let repeated = true
  for (let at = 0; at < length; at++) {
    const code = value.charCodeAt(at)
    if (code < 48 || code > 57) return false
    if (code !== value.charCodeAt(0)) repeated = false
  }
  return !repeated
}

/**
 * A cell of digits alone under a column whose name's last word is a password's (`USER  PASSWORD` over
 * `alice  84721936`): the header names it as an operator would.
 */
function isDigitsCell(name: string, text: string, value: Span): boolean {
  const written = text.slice(value.start, value.end)
  if (!isPasswordDigits(written)) return false
  const words = segments(name)
  return ENDS_WITH_PASSWORD_WORD.test(words.at(-1) as string)
}

// A password of letters alone, words run together (`PASSWORD=sunshinelemonade`, `"password": "correcthorsebattery"`):
// fourteen letters or more in lower case (a capital may open it), given to a password's name by an operator or in
// quotes, not by a verb. The words of a setting or a sentence are shorter (`required`, `string`, `hidden`,
// `confirmation`), and a longer one says what it is about (NOT_A_LETTERS_PASSWORD: `autogenerated`,
// `passwordrequired`, `notconfigured`, `encryptedstring`).
const LETTERS_PASSWORD = /^[A-Za-z][a-z]{13,63}$/
const NOT_A_LETTERS_PASSWORD =
  /pass|pwd|secret|token|auth|login|user|admin|account|credential|example|sample|default|change|dummy|test|your|placeholder|hidden|redact|crypt|hash|config|generat|random|requir|option|valid|confirm|expir|string|value|field|input|empty|blank|none|null|undefined|unknown|disable|enable|protect|charact|alpha|numer|letter|digit|length|minim|maxim|strength|polic|reset|forgot|manag|vault|environ|variable|param|setting/i

function isLettersPassword(text: string, span: Span, value: string): boolean {
  if (!LETTERS_PASSWORD.test(value) || NOT_A_LETTERS_PASSWORD.test(value)) return false
  return !isAlphabetRun(value.toLowerCase()) && isNamedAsPassword(text, span.start, true)
}

/**
 * Whether the name just before a value at `start` (past quotes, blanks, an operator, a connector unless `byOperator`)
 * is a password's.
 */
// A name's last word: after `_`, `-`, `.` or a lower-case letter before a capital; the whole name if none.
const LAST_NAME_WORD = /(?:^|[_.-]|(?<=\p{Ll})(?=\p{Lu}))([^_.-]*)$/u

function isNamedAsPassword(text: string, start: number, byOperator: boolean): boolean {
  const floor = Math.max(0, start - DIGITS_NAME_REACH)
  let end = skipBackOver(text, start, floor, isValueLead)
  // Given by an operator, a quote or a verb: `password 84729103` alone (a count, a model's number) is not enough.
  let given = !isAllBlank(text, end, start)
  let begin = skipBackOver(text, end, floor, isNameCode)
  if (!byOperator && CONNECTORS.has(text.slice(begin, end).toLowerCase())) {
    given = true
    end = skipBackOver(text, begin, floor, isValueLead)
    begin = skipBackOver(text, end, floor, isNameCode)
  }
  if (begin === end || !given) return false
  const name = text.slice(begin, end)
  // The name's last word: after `_`, `-`, `.` or a lower-case letter before a capital (`dbPassword`).
  const last = (LAST_NAME_WORD.exec(name) as RegExpExecArray)[1] as string
  if (ENDS_WITH_PASSWORD_WORD.test(last)) return true
  return (
    SECOND_PASSWORD_WORD.test(name) &&
    FIRST_PASSWORD_WORD.test(text.slice(Math.max(0, begin - FIRST_WORD_REACH), begin))
  )
}

function isAllBlank(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (!isBlank(text.charCodeAt(at))) return false
  return true
}

function skipBackOver(text: string, from: number, floor: number, skipped: (code: number) => boolean): number {
  let at = from
  while (at > floor && skipped(text.charCodeAt(at - 1))) at--
  return at
}

// Blanks, quotes, an operator and a colon: what stands between a name and its value.
function isValueLead(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 34 ||
    code === 39 ||
    code === 96 ||
    code === 58 ||
    code === 61 ||
    code === 62 ||
    code === 0xff1a
  )
}

// A name's characters: letters of any script, digits, `_`, `-`, `.`.
function isNameCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 ||
    code === 45 ||
    code === 46 ||
    (code >= 128 && !isRegexSpace(code) && code !== 0xff1a && code !== 0x3000)
  )
}

// Tokens and keys are long and random; only a password word lets a short or plain value through.
const NOT_A_PASSWORD_WORD =
  /secret|token|key|credential|bearer|auth|jeton|cl[ée]|schl[üu]ssel|chiave|clave|chave|sleutel|ключ|токен|密钥|秘钥|密鑰|令牌/i

/**
 * Operators: `=`, `:`, `:=`, `=>`, `==`, `->`, Makefile `?=` and `::=`, PHP `.=`, `+=`, the logical assignments
 * `||=`, `??=`, `&&=` and Perl's `//=` (a default set once), full-width colon, and CJK particles like は / 是.
 * AsciiDoc's description list (`Password:: X`, the value maybe on the next line) writes `::` before a blank; glued to
 * the next word it is a scope (`Password::Hash`).
 */
const OPERATOR =
  /^(?:===?|=>|::=|::(?=[ \t\r\n])|:=|\?\?=|\?=|\.=|\+=|\|\|=|&&=|\/\/=|->|→|<<-|<-|=|:|：|(?:は|是|为|為|는|은|이|가|を|が|를|을)(?: ?[:：])?|คือ)/

// Every operator's first character: text after a keyword that starts otherwise holds no operator.
const OPERATOR_STARTS = '=:?.+|&/-→<：は是为為는은이가をが를을ค'

/** `'s ` or `’s `: the possessive that stands for "is". */
function isPossessiveIs(text: string, at: number): boolean {
  const apostrophe = text.charCodeAt(at)
  return (apostrophe === 39 || apostrophe === 0x2019) && text.startsWith('s ', at + 1)
}
// ", ', ` and ]: what may close a quoted or bracketed name before its operator.
function hasLettersAndDigits(value: string): boolean {
  return /[A-Za-z]/.test(value) && /\d/.test(value)
}

function isAtLineStart(text: string, start: number): boolean {
  let i = start
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--
  return i === 0 || text[i - 1] === '\n'
}

/**
 * Whether a value ends its line, past the quote closing it: Gradle's `storePassword "…"`, fastlane's `password '…'` set a
 * property without an operator as a config line's `requirepass …` does.
 */
function endsLine(text: string, value: Span): boolean {
  const open = text.charCodeAt(value.start - 1)
  const quoted = (open === 34 || open === 39) && text.charCodeAt(value.end) === open
  const marked = pastClosingMark(text, value)
  return isAtLineEnd(text, quoted ? value.end + 1 : marked === -1 ? value.end : marked)
}

function isAtLineEnd(text: string, end: number): boolean {
  return end === text.length || text[end] === '\n' || text[end] === '\r'
}

/** `<password>…</password>`: the element's whole text (element-text.ts). */
function elementText(text: string, from: number, identifier: string, lenient: boolean): Span | undefined {
  const value = elementValue(text, from, identifier)
  return isSecretAt(text, value, lenient) ? value : undefined
}

// `<property name="password" value="…"/>`, `<add key="ClientSecret" value="…" />`: the name and the value as attributes.
const VALUE_ATTRIBUTE = /^value ?= ?/i
// `setProperty("password", "…")`, `put('api_key', '…')`: the name and the value as a call's first two arguments.
const NEXT_ARGUMENT = /^, ?/
// `credentials = ("admin", "…")`: a user and password pair; the password is the second element.
const PAIR_FIRST_ELEMENT = /^[([] ?(["'])[^"'\n]{1,64}\1 ?, ?/

/**
 * The length of a pair's first element at `from` (0 for none): not when that element is a secret itself, which makes
 * the brackets a list of them (`API_KEYS = ["…", "…"]`), each read as a value.
 */
function pairLength(text: string, from: number, lenient: boolean, judge: JudgeValue): number {
  const pair = PAIR_FIRST_ELEMENT.exec(text.slice(from, from + 72))
  if (pair === null) return 0
  const first = readValue(text, from + pair[0].indexOf(pair[1] as string))
  return judge(text, first, lenient) ? 0 : pair[0].length
}

// `config('SECRET_KEY', default='…')`, `add_argument('--api-key', type=str, default='…')`: after the name, the value
// may be passed by name, on the same line or the lines below. Only a default (or fallback) is the secret's value; the
// other named arguments (`type=str`, `cast=str`, `help='…'`) say something about it and are passed over, within the
// reach a keyword's value has (stream-redact.ts' LONGEST_CONTEXT_BEFORE), so a streamed reply decides it alike.
// An object literal's members too (yargs' `{ type: 'string', default: '…' }`, JSON's `{"default": "…"}`).
const NAMED_ARGUMENT = /^(["']?)([A-Za-z_]\w{0,23})\1 ?[=:] ?(?![=:])/
const VALUE_ARGUMENTS = new Set(['default', 'fallback', 'value', 'default_value', 'defaultvalue'])
const NAMED_ARGUMENTS_REACH = 120
const ARGUMENT_SEPARATOR_SPACES = 41

/**
 * Where the value passed after a secret's name as a call's next argument starts, from `from` just past the comma:
 * `from` when it is passed by position (on this line or the next), -1 when the named arguments there pass none.
 */
function pastNamedArguments(text: string, from: number): number {
  const below = nextValueLine(text, from)
  let at = below === -1 ? from : below
  if (text.charCodeAt(at) === 123) at = skipSpaces(text, at + 1, 4)
  const reach = Math.min(text.length, at + NAMED_ARGUMENTS_REACH)
  for (let argument = 0; ; argument++) {
    const named = at < reach && opensName(text.charCodeAt(at)) ? NAMED_ARGUMENT.exec(text.slice(at, at + 30)) : null
    if (named === null) return argument === 0 ? from : -1
    at += named[0].length
    if (VALUE_ARGUMENTS.has((named[2] as string).toLowerCase())) return at
    at = pastArgument(text, at, reach)
    if (text.charCodeAt(at) !== 44) return -1
    at = skipWhile(text, at + 1, ARGUMENT_SEPARATOR_SPACES, isRegexSpace)
  }
}

// A letter, or a quote opening a member's name.
function opensName(code: number): boolean {
  return isAsciiLetter(code) || code === 34 || code === 39
}

// `Field(default="…")`, `models.CharField(max_length=64, default="…")`: a call given the value as its default.
const CALL_OPENING = /^[A-Za-z_][\w.]{0,40}\(/
// `process.env.X || '…'`, `?? "…"`, Python's `or "…"`, Kotlin's `?: "…"`: the literal a lookup falls back to, after
// the lookup (one word, with at most one literal argument: `data.get("password")`).
// FALLBACK's lookup, its `{1,80}`.
const FALLBACK_LOOKUP = 80
// The lookup's one literal argument may follow a blank (Swift's `string(forKey: "token")`); Ruby's block default
// (`ENV.fetch("X") { "…" }`) and a conditional's branches (`isDev ? '…' : process.env.X`, `os.environ["X"] if … else
// "…"`, `cond ? process.env.X : '…'`) fall back alike. The operator may end its line as well as open the next
// (`process.env.TOKEN ||\n  "…"`, `isProd ?\n  "…" :\n  "…"`).
const FALLBACK =
  /^[^\s'"`]{1,80}(?: ?(["'`])[^"'`\n]{0,60}\1[^\s'"`]{0,20})?(?: {1,4}|[ \t]{0,4}\r?\n[ \t]{0,40})(?:\|\||\?\?|\?:|or|\?|\{|if [^\n]{1,80}?(?: |[ \t]{0,4}\r?\n[ \t]{0,40})else|\?(?: |[ \t]{0,4}\r?\n[ \t]{0,40})[^\s'"`]{1,80}(?: |[ \t]{0,4}\r?\n[ \t]{0,40}):)(?: {1,4}|[ \t]{0,4}\r?\n[ \t]{0,40})(?=["'`])/
// A conditional on a comparison (`env === "prod" ? "…" : "…"`, `$mode == 'live' ? '…'`): its first branch's literal.
const COMPARED_CONDITION =
  /^[^\s'"`]{1,80} {0,4}(?:===?|!==?|[<>]=?) {0,4}(?:[^\s'"`?]{1,40}|(["'`])[^"'`\n]{0,60}\1) {1,4}\? {1,4}(?=["'`])/
// A template's default filter: Jinja and Ansible `{{ x | default('…') }}`, Helm and Go templates `{{ .Values.x |
// default "…" }}` and Sprig's `{{ default "…" .Values.x }}`.
const TEMPLATE_DEFAULT = /^["']?\{\{-? ?(?:[^{}\n|]{1,80}?\| ?)?default ?\(? ?(?=["'])/
// A call that returns its first argument that is set: SQL's and Terraform's `coalesce(a, "…")`, `nvl`, `ifnull`,
// Java's `Objects.requireNonNullElse(x, "…")`; the literal after the lookups is the fallback.
const COALESCING_CALL =
  /^(?:[\w.]{0,40}\.)?(?:coalesce|nvl|ifnull|isnull|requireNonNullElse|firstNonNull|defaultIfBlank|defaultIfEmpty|defaultString)\((?:[^\s'"`,()]{1,80}(?:\((["'`])[^"'`\n]{0,60}\1\))?, ?)+(?=["'`])/i

/**
 * Where a literal given as the value's default starts, when the value at `from` is a lookup or a call rather than
 * a literal: its `default=` argument, or the literal after a fallback operator; -1 when none is written.
 */
function defaultValueStart(text: string, from: number): number {
  const call = CALL_OPENING.exec(text.slice(from, from + 42))
  if (call !== null) {
    const open = from + call[0].length
    const named = pastNamedArguments(text, open)
    if (named !== -1 && named !== open) return named
  }
  // The lookup is a word of at most FALLBACK_LOOKUP characters before a blank or a quote: a long run holds neither.
  if (isInLongRun(text, from) && longRun.end - from > FALLBACK_LOOKUP) return -1
  const ahead = text.slice(from, from + 176)
  const fallback =
    FALLBACK.exec(ahead) ??
    COMPARED_CONDITION.exec(ahead) ??
    TEMPLATE_DEFAULT.exec(ahead) ??
    COALESCING_CALL.exec(ahead)
  // A conditional on any other condition, or an if-expression (value-wrappers.ts).
  return fallback === null ? firstBranchStart(text, from) : from + fallback[0].length
}

// `token = (os.getenv("T")\n    or "…")`, `(process.env.TOKEN || "…")`: a lookup in brackets, as Python wraps a long
// fallback. The bracket opens no value: the literal the lookup falls back to is, or none is (`(os.getenv(` was read
// as one).
const GROUPED_CALL = /\([ \t]{0,4}(?:\r?\n[ \t]{0,40})?(?=[A-Za-z_$][\w$.]{0,60}[([])/y

/** The lookup in a bracket at `from`, as wrappedValue gives a value: a call, an index, or a word with a fallback. */
function groupedLookup(text: string, from: number): Wrapped | undefined {
  if (text.charCodeAt(from) !== 40) return undefined
  GROUPED_CALL.lastIndex = from
  if (GROUPED_CALL.test(text)) return { at: GROUPED_CALL.lastIndex, bracketed: false, named: false }
  const at = skipSpaces(text, from + 1, 4)
  return defaultValueStart(text, at) === -1 ? undefined : { at, bracketed: false, named: false }
}

/** Past the argument starting at `from`, before `limit`: a quoted literal on its line, or a word up to `,` or `)`. */
function pastArgument(text: string, from: number, limit: number): number {
  const quote = text.charCodeAt(from)
  const quoted = quote === 34 || quote === 39
  for (let i = quoted ? from + 1 : from; i < limit; i++) {
    const code = text.charCodeAt(i)
    if (code === 10) return i
    if (quoted ? code === quote : code === 44 || code === 41 || code === 125) return quoted ? i + 1 : i
  }
  return limit
}

/** A value reader of the full scan or the fast path (valueAt, valueAtFast), and its judge (isSecretAt, isSecretAtFast). */
type ReadValue = (text: string, from: number) => Span | undefined
type JudgeValue = (text: string, span: Span | undefined, lenient: boolean) => span is Span

// Values read inside a bracket a wrapper opened (`["…", "…"]`, `(\n "…"\n "…"\n)`): their parts may follow on
// the lines below, and in a list after commas (judgeKeyword's literalParts).
const bracketedValues = new WeakSet<Span>()

/**
 * The value inside the wrappers at `wrapped` (value-wrappers.ts): the literal they wrap, or the literal the lookup
 * they wrap falls back to (`SecretStr(os.environ.get("PW") or "…")`); a lookup alone is no value.
 */
function wrappedLiteral(
  text: string,
  identifierStart: number,
  wrapped: Wrapped,
  lenient: boolean,
  read: ReadValue,
  judge: JudgeValue,
): Span | undefined {
  if (!isWithinReach(identifierStart, wrapped.at)) return undefined
  const quote = text.charCodeAt(wrapped.at)
  if (quote === 34 || quote === 39 || quote === 96) {
    const value = read(text, wrapped.at)
    // `("dev" if x else "…")`, as Black wraps a conditional: its other branch.
    if (!judge(text, value, lenient)) return otherBranch(text, identifierStart, value, lenient, read, judge)
    // `{"password": ["is too short (minimum is 8 characters)"]}`: a list of messages, as validation errors are sent;
    // a list of secrets holds keys without blanks.
    if (!wrapped.named && /\s/.test(text.slice(value.start, value.end))) return undefined
    if (wrapped.bracketed) bracketedValues.add(value)
    return value
  }
  return fallbackLiteral(text, identifierStart, wrapped.at, lenient, read, judge)
}

/**
 * The literal the lookup or condition at `from` gives as a value (defaultValueStart), or its conditional's other
 * branch when that literal is no secret; within VALUE_REACH of the name.
 */
function fallbackLiteral(
  text: string,
  identifierStart: number,
  from: number,
  lenient: boolean,
  read: ReadValue,
  judge: JudgeValue,
): Span | undefined {
  const arm = firstArmStart(text, from)
  if (arm !== -1) return armLiteral(text, identifierStart, arm, lenient, read, judge)
  const fallback = defaultValueStart(text, from)
  if (!isWithinReach(identifierStart, fallback)) return undefined
  const literal = read(text, fallback)
  return judge(text, literal, lenient) ? literal : otherBranch(text, identifierStart, literal, lenient, read, judge)
}

// The literals read as the arms of a `when`, `match` or `switch` (value-wrappers.ts): the arms after each are values
// too.
const armValues = new WeakSet<Span>()

/**
 * The first secret among the literals of the arms from `arm` on (an arm's value that is code ends the reading),
 * within PARTS_REACH of the name, as a conditional's branches are.
 */
function armLiteral(
  text: string,
  identifierStart: number,
  arm: number,
  lenient: boolean,
  read: ReadValue,
  judge: JudgeValue,
): Span | undefined {
  for (let at = arm, count = 0; at !== -1 && at - identifierStart <= PARTS_REACH && count < MOST_BRANCHES; count++) {
    const literal = read(text, at)
    if (literal === undefined || !isQuotedSpan(text, literal)) return undefined
    const close = literal.end
    if (judge(text, literal, lenient)) {
      armValues.add(literal)
      return literal
    }
    at = nextArmStart(text, close)
  }
  return undefined
}

// `db_password: str = "…"`, `apiKey: string = '…'`, `const PASSWORD: &str = "…"`, `password: Optional[str] = …`,
// PL/SQL's `v_password VARCHAR2(30) := '…'`: a declaration with a type between the name and its value. The type is
// one name (a path, a reference `&`, a lifetime), with its parameters in brackets and a `?`, before `=` or `:=`.
const TYPE_ANNOTATION =
  /^(?:constant |CONSTANT )?(?:&(?:'[a-z]{1,12} )?)?([A-Za-z_][\w.]{0,40})(?:[<[(][^\n=;]{0,60}?[>\])])?\??[ \t]{0,4}(:?=)(?![=>])[ \t]{0,4}/

/**
 * Where the value of a declaration typed at `at` starts, or -1: past `Type =`, and past the type's own constructor
 * wrapping it (`password: SecretStr = SecretStr("…")`). Without a colon before the type (`name TYPE := …`), only
 * `:=` declares: a word then `=` is prose or a comparison.
 */
// How far after its name's start a value read past named arguments, a type or a lookup may start: within the context
// stream-redact.ts' LONGEST_CONTEXT_BEFORE allows a finding, so a streamed reply reads it as the whole one does.
const VALUE_REACH = MAX_IDENTIFIER_EXTENSION + 166

/** Whether a value starting at `from` (-1: none) lies within VALUE_REACH of its name at `identifierStart`. */
function isWithinReach(identifierStart: number, from: number): boolean {
  return from !== -1 && from - identifierStart <= VALUE_REACH
}

/** Whether `span` is a quoted literal's text: the same quote before and after it. */
function isQuotedSpan(text: string, span: Span): boolean {
  const quote = text.charCodeAt(span.end)
  return (quote === 34 || quote === 39 || quote === 96) && text.charCodeAt(span.start - 1) === quote
}

/**
 * Hiragana, katakana, CJK ideographs and Hangul: a name's last unit in those scripts (half-width katakana reaches the
 * guard as full-width: the scan's view composes it).
 */
function isCjkUnit(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af)
}

// The longest value read glued to its name: as a separated value's.
const LONGEST_GLUED_VALUE = 200

/**
 * `密码Xk92mqLz7Wq`, `WiFi密码…`, `비번…`: in a script written without spaces the value in Latin letters follows the
 * name at once. Its printable ASCII run, without a sentence's closing punctuation, when it is random-looking.
 */
function gluedValue(text: string, keywordEnd: number, identifier: string, judge: JudgeValue): Span | undefined {
  if (!isCjkUnit(identifier.charCodeAt(identifier.length - 1))) return undefined
  if (!isAsciiAlphanumeric(text.charCodeAt(keywordEnd))) return undefined
  let end = skipWhile(text, keywordEnd, LONGEST_GLUED_VALUE, (code) => code > 32 && code < 127)
  while (end > keywordEnd && '.,;:!?)'.includes(text.charAt(end - 1))) end--
  const value = { start: keywordEnd, end }
  return judge(text, value, false) && hasLettersAndDigits(text.slice(value.start, value.end)) ? value : undefined
}

/**
 * `password "Xk92mqLz7Wq" does not work`: a name opening its line is read as a config line's, whose value ends the line
 * (`Password reset sent` is no value); a quoted random-looking value says where it ends, and prose may follow it as it
 * may after a name in prose (`my password "…" does not work`). Typographic quotes say it as straight ones do
 * (`password “…” does not work`, `token «…», then`, `password 「…」`).
 */
function isQuotedRandomValue(text: string, value: Span | undefined, judge: JudgeValue): value is Span {
  if (value === undefined) return false
  if (isQuotedSpan(text, value) || pastClosingMark(text, value) !== -1) return isRandomWithin(text, value, judge)
  // Read with its marks: judged without them, as the same value in straight quotes is (`“db_password_v2”` is a name).
  if (!isTightlyQuoted(text, value)) return false
  return isRandomWithin(text, { start: value.start + 1, end: value.end - 1 }, judge)
}

function isRandomWithin(text: string, value: Span, judge: JudgeValue): boolean {
  return judge(text, value, false) && hasLettersAndDigits(text.slice(value.start, value.end))
}

/**
 * The literal of the conditional's other branch after the literal branch `literal` (`"dev" if … else "…"`,
 * `isProd ? "" : "…"`), when it is a secret: a branch is as much the value as the other, and one that is no secret
 * (an empty string, a placeholder) says nothing of the other. Within PARTS_REACH of the name, as a value's parts are.
 */
function otherBranch(
  text: string,
  identifierStart: number,
  literal: Span | undefined,
  lenient: boolean,
  read: ReadValue,
  judge: JudgeValue,
): Span | undefined {
  let branch = literal
  // A chain (`a ? "…" : b ? "…" : "…"`, `else if`) is read on past branches that are no secret.
  for (let count = 0; count < MOST_BRANCHES && branch !== undefined && isQuotedSpan(text, branch); count++) {
    const start = otherBranchStart(text, branch.start - 1, branch.end)
    if (start === -1 || start - identifierStart > PARTS_REACH) return undefined
    branch = read(text, start)
    if (judge(text, branch, lenient)) return branch
  }
  return undefined
}
const MOST_BRANCHES = 8

/** `from` past a type annotation after a colon, when one stands there (`: str = …`); `from` itself otherwise. */
function typedFrom(text: string, from: number): number {
  const typed = typedValueStart(text, from, true)
  return typed === -1 ? from : typed
}

/**
 * Whether a type annotation's match is a value ending in base64's padding instead (`password: WGsyOXZMcTdacCE=`,
 * `pw: Xk29vLq7Zp= ok`): an `=` against the name with nothing after it but a blank, the text's end or a clause's
 * punctuation. A declaration's `=` stands apart from its type or has its value right after it (`str="…"`).
 */
function isPaddingOfValue(match: string, type: string, operator: string, after: number): boolean {
  const operatorEnd = match.trimEnd().length
  const before = match.charCodeAt(operatorEnd - operator.length - 1)
  if (before === 32 || before === 9) return false
  // A blank after the `=` and more after it: a declaration's value (`password: str= getpass()`) unless the "type"
  // reads as no type's name does, mixed case and digits (`Xk29vLq7Zp= ok`; not `Uint8Array`, `Int32`).
  if (operatorEnd < match.length) return operator === '=' && looksGenerated(type)
  return Number.isNaN(after) || after === 32 || after === 9 || after === 10 || after === 13 || PADDING_END.has(after)
}
// `.`, `,`, `;`, `)`, `!`, `?`: a sentence's or a list's punctuation after a padded value.
const PADDING_END = new Set([46, 44, 59, 41, 33, 63])
/**
 * Eight characters or more mixing both cases with a digit, or turning from lower to upper case every five characters
 * or more often (base64 without a digit, `ZmFrZUtleTEyMw`; a type's words are longer), outside a sized number type's
 * name, and with most of its letters outside words: a type's name is words with a number among them (`Base64Str`,
 * `Sha256Hash`, `OAuth2PasswordBearer`, `Ed25519PrivateKey`, `KeyIdRefSet`), a generated value's letters come in ones
 * and twos (`Xk29vLq7Zp`, `R4nd0mPassW0rd`).
 */
function looksGenerated(name: string): boolean {
  if (name.length < 8 || SIZED_TYPE.test(name)) return false
  let generated = /\d/.test(name) && /[a-z]/.test(name) && /[A-Z]/.test(name)
  if (!generated) {
    let turns = 0
    for (let i = 1; i < name.length; i++) if (/[a-z]/.test(name.charAt(i - 1)) && /[A-Z]/.test(name.charAt(i))) turns++
    generated = turns >= 3 && turns * 5 >= name.length
  }
  if (!generated) return false
  // A type's name that opens in lower case has no capital after it (`str`, `bytes32`); base64 turns at will.
  if (/^[a-z][a-z\d]{0,128}[A-Z]/.test(name)) return true
  return wordLetters(name) * 2 < name.replace(/[^A-Za-z]/g, '').length
}
const SIZED_TYPE = /(?:Int|Float|Uint|Complex|Word|Vec)\d/
// A word of a type's name: three letters or more, a capital and lower-case letters or lower-case letters only
// (`Base`, `Str`, `auth`), or an acronym types are named with (`HMACSha256`, `AES256Key`); a generated value's runs
// of two (`Xk`, `nd`) are none.
const TYPE_NAME_WORD =
  /[A-Z][a-z]{2,128}|[a-z]{3,128}|(?:HMAC|AES|RSA|SHA|HTTPS?|JSON|XML|URL|URI|UUID|AWS|GCP|JWT|TLS|SSL|SQL|API|DTO|KMS|PEM|DER|ECDSA|EC|DH)(?![a-z])/g

/** How many of a name's letters stand in words of three letters or more (`Base`, `Str`, `auth`). */
function wordLetters(name: string): number {
  let letters = 0
  for (const word of name.matchAll(TYPE_NAME_WORD)) letters += word[0].length
  return letters
}

function typedValueStart(text: string, at: number, afterColon: boolean): number {
  const first = text.charCodeAt(at)
  if (first !== 38 && first !== 95 && !isAsciiLetter(first)) return -1
  const typed = TYPE_ANNOTATION.exec(text.slice(at, at + 128))
  if (typed === null || (!afterColon && typed[2] !== ':=')) return -1
  if (isPaddingOfValue(typed[0], typed[1] as string, typed[2] as string, text.charCodeAt(at + typed[0].length))) {
    return -1
  }
  const from = at + typed[0].length
  const type = typed[1] as string
  return text.startsWith(`${type}(`, from) ? from + type.length + 1 : from
}

// `"password=" + os.environ['PW']`, `'pwd=' + getenv("DB_PW")`, `"Server=x;Password=" + pw + ";"`: the name and its
// operator are the start of a string built by concatenation, and the quote after the operator closes that string (an
// odd count of its kind before it on the line) with an operator after it (`+`, `.`, `,`, `)`, `&`, `|`, `%`, `;`, or
// the line's end): the value is the expression that follows, never a literal. A quote opening a value
// (`password="x"`, `{"password":"x"}`, `It's password='x'`) is followed by the value, not by an operator. The string
// closed must open where code opens one (CODE_STRING_OPENING); an apostrophe inside a word (`Here's`, `don't`,
// `O'Brien`) opens none: in prose a password may start with `%`, `.` or `+` (`Here's the password: '%Tr0ub4dor'`).
const LITERAL_LOOK_BACK = 200
const AFTER_CLOSING_QUOTE = /^[ \t]{0,4}(?:[+.,)&|%;~]|\r?\n|$)/
// Before a string literal of code: the line's start, an operator or a bracket (`= "…`, `("…`, `, "…`, `+ "…`,
// `: "…` in a dict), or a keyword that takes an expression, then a string's prefix (`f"`, `r'`, `$"`, `@"`).
const CODE_STRING_OPENING =
  /(?:^|[=(,[{+:?&|.~]|(?:^|[^\w$])(?:return|yield|echo|print|puts|await))[ \t]*(?:[fFrRbBuU]{1,2}|\$@?|@\$?)?$/
const STRING_PREFIX = /^[fFrRbBuU]{1,2}$/
const LETTER = /\p{L}/u

function closesLiteral(text: string, from: number): boolean {
  const quote = text.charCodeAt(from)
  if (quote !== 34 && quote !== 39 && quote !== 96) return false
  if (!AFTER_CLOSING_QUOTE.test(text.slice(from + 1, from + 8))) return false
  let quotes = 0
  let opening = -1
  let at = from - 1
  for (; at >= 0 && from - at <= LITERAL_LOOK_BACK; at--) {
    const code = text.charCodeAt(at)
    if (code === 10) break
    if (code !== quote || text.charCodeAt(at - 1) === 92 || isApostrophe(text, at)) continue
    if (opening === -1) opening = at
    quotes++
  }
  if (quotes % 2 === 0) return false
  const lineStart = at + 1
  const head = text.slice(Math.max(lineStart, opening - 24), opening)
  return CODE_STRING_OPENING.test(opening - 24 > lineStart ? `x${head}` : head)
}

// `"password=" + "S3cr3t"`, `'pwd=' . 'x'`, `"Password=" & "x"`: the string the name opens is closed and another
// literal is joined to it at once. That literal is the value (an expression joined instead is code, never one).
const JOINED_LITERAL = /^[ \t]{0,4}(?:\+|\.\.?|&)[ \t]{0,4}["'`]/

/** The value of a name whose string is closed at `closing` (closesLiteral): a literal joined to that string, if any. */
function joinedLiteral(
  text: string,
  closing: number,
  lenient: boolean,
  read: ReadValue,
  judge: JudgeValue,
): Span | undefined {
  const joined = JOINED_LITERAL.exec(text.slice(closing + 1, closing + 12))
  if (joined === null) return undefined
  // At most eleven characters past a closing quote within VALUE_REACH of the name: still well inside the context a
  // streamed reply's screen reads before a finding (LONGEST_CONTEXT_BEFORE, 270).
  const value = read(text, closing + joined[0].length)
  return judge(text, value, lenient) ? value : undefined
}

// A `'` with a letter on each side (`Here's`, `O'Brien`), unless the letters before are a string's prefix (`f'`, `rb'`).
function isApostrophe(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 39 || !LETTER.test(text.charAt(at + 1)) || !LETTER.test(text.charAt(at - 1))) return false
  const word = (/[\p{L}\p{N}_]{1,3}$/u.exec(text.slice(Math.max(0, at - 3), at)) as RegExpExecArray)[0]
  return !STRING_PREFIX.test(word)
}

// ABAP's `DATA lv_password TYPE string VALUE '…'.` and COBOL's `05 WS-PASSWORD PIC X(12) VALUE '…'.`: a declaration
// giving its initial value after the word VALUE, its type (or picture) before it.
const VALUE_CLAUSE =
  /^(?:(?:TYPE|LIKE|PIC|PICTURE)(?: IS)? {1,4}[^\s.]{1,40}(?: {1,4}LENGTH {1,4}\d{1,4})? {1,4})?VALUE(?: IS)? {1,4}(?=['"])/i

/** Where a declaration's value starts at `at` (a typed one, `name TYPE := …`, or a VALUE clause), or -1. */
function declaredValueStart(text: string, at: number): number {
  const typed = typedValueStart(text, at, false)
  if (typed !== -1) return typed
  const first = text.charCodeAt(at) | 32
  if (first !== 116 && first !== 108 && first !== 112 && first !== 118) return -1
  const clause = VALUE_CLAUSE.exec(text.slice(at, at + 80))
  return clause === null ? -1 : at + clause[0].length
}

// Erlang's and Elixir's `{password, "…"}` / `{:password, "…"}` tuples and a Lisp pair `(password . "…")`: the name
// opens the pair, and its separator stands for the operator.
function pairSeparatorLength(text: string, identifierStart: number, identifierEnd: number, at: number): number {
  const before = text.charCodeAt(identifierStart - 1)
  const opening = before === 58 ? text.charCodeAt(identifierStart - 2) : before
  const separator = text.charCodeAt(at)
  if (opening === 123 && separator === 44 && at === identifierEnd) return text.charCodeAt(at + 1) === 32 ? 2 : 1
  if (opening === 40 && separator === 46 && at > identifierEnd && text.charCodeAt(at + 1) === 32) return 2
  return 0
}

function isQuoted(text: string, identifierStart: number): boolean {
  const before = text[identifierStart - 1]
  return before === '"' || before === "'"
}

/**
 * A quoted name whose value may be the attribute or the argument after it (`setProperty("password", "…")`): not a
 * subscript's key, whose bracket closes before the comma (`connect(host, user, os.environ['PW'], 'appdb')`: the next
 * argument is the call's, here the database's name).
 */
function isQuotedArgumentName(text: string, identifierStart: number, identifierEnd: number): boolean {
  return isQuoted(text, identifierStart) && text.charCodeAt(identifierEnd + 1) !== 93
}

/** `"…" == password`, `'…' === secret`: the literal a secret is compared with, written before it. */
// `"…" == password`, `'…' !== token`, and R's right assignment `"…" -> password`: a literal, then the operator.
const COMPARED_BEFORE = /(["']) ?(?:[!=]==?|->>?) ?$/

function comparedLiteral(text: string, identifierStart: number, lenient: boolean): Span | undefined {
  // Every comparison operator ends on `=`, at most one space before the name: most keywords stop here.
  const last = text[identifierStart - 1] === ' ' ? identifierStart - 2 : identifierStart - 1
  if (text[last] !== '=' && text[last] !== '>') return undefined
  const comparison = COMPARED_BEFORE.exec(text.slice(Math.max(0, identifierStart - 7), identifierStart))
  if (comparison === null) return undefined
  const end = identifierStart - comparison[0].length
  let start = end
  while (start > 0 && end - start <= MAX_VALUE && text[start - 1] !== comparison[1] && text[start - 1] !== '\n') start--
  if (text[start - 1] !== comparison[1]) return undefined
  const value = { start, end }
  return isSecretAt(text, value, lenient) ? value : undefined
}

// ---- The value on the line after its name's (`Password:\n  Tr0ub4dor&3xq`) ----
// A form, a chat client or a YAML block scalar puts the value on the next non-blank line: at most one blank line and
// NEXT_LINE_INDENT characters of indentation between. The reach stays within what a keyword's prose reading already
// spans (PROSE_WINDOW), so a streamed reply decides it as the whole one.
const NEXT_LINE_BLANKS = 8
const NEXT_LINE_INDENT = 40

// A line below an empty value that gives a name a value of its own (`.env.example`'s `OPENAI_API_KEY=` above
// `MODEL=gpt-4o-mini`, `export DEBUG=true`, a compose list's `- PORT=3000`, YAML's `base_url: …`): the next entry,
// not the value moved below its name. An expression a formatter moved below (`env === "prod"`) compares.
// Below a label given by `:` (a form's, prose's, YAML's), a name with digits between small letters, capitalised
// (`Tr0ub4dor=3xq`, `Xk9m=Q2vLp7`) or twice (`tr0ub4dor=3xq`, `P4ssw0rd=Xk9`), opens no `=` entry, as `maxRetries2=`,
// `S3_BUCKET=`, `http2Enabled=` and `k8sNamespace=` do: it is a password with an `=` in it, the value below its label
// (YAML has no `=` entries; its value on the next line is a plain scalar). Below a label given by `=` (`.env`, INI),
// whose value never goes on to the next line, and as YAML's `name:`, every entry is one (`DB_PASSWORD=` over
// `Log4jConfig=…`, `password:` over `Vue3app: true`).
const ENTRY_LINE =
  /(?:-[ \t]{1,4}|export[ \t]{1,4})?([A-Za-z_][\w.-]{0,80})[ \t]{0,4}(?:(=)(?![=>~])|:(?=[ \t]|\r?\n|$))/y
const RANDOM_LOOKING_NAME = /^[A-Z][^\d]{0,80}[a-z]\d{1,8}[a-z]|^[A-Za-z]{1,40}\d{1,8}[a-z]{1,40}\d{1,8}[A-Za-z]/

/** Whether the line at `at` opens with an entry of its own (ENTRY_LINE), below a label given by `=` or otherwise. */
function isEntryLine(text: string, at: number, labelledByEquals: boolean): boolean {
  ENTRY_LINE.lastIndex = at
  const entry = ENTRY_LINE.exec(text)
  if (entry === null) return false
  return labelledByEquals || entry[2] === undefined || !RANDOM_LOOKING_NAME.test(entry[1] as string)
}

/** Where the next non-blank line's text starts when only blanks are left on the line at `from`; -1 otherwise. */
function nextValueLine(text: string, from: number): number {
  let at = skipSpaces(text, from, NEXT_LINE_BLANKS)
  for (let blankLines = 0; blankLines < 2; blankLines++) {
    if (text.charCodeAt(at) === 13) at++
    if (text.charCodeAt(at) !== 10) return -1
    at = skipSpaces(text, at + 1, NEXT_LINE_INDENT)
    const code = text.charCodeAt(at)
    if (code !== 10 && code !== 13) return Number.isNaN(code) ? -1 : at
  }
  return -1
}

// A YAML block sequence below a name (`api_keys:\n  - …\n  - …`): each item a value, the first read as the value
// below, the others by pushWithParts, on the lines after it at the first item's indentation.
const SEQUENCE_ITEM = /-[ \t]{1,4}/y
const sequenceItems = new WeakSet<Span>()

/** Where a YAML sequence item's value starts, its `- ` at `at`; -1 when none stands there. */
function sequenceItemStart(text: string, at: number): number {
  SEQUENCE_ITEM.lastIndex = at
  return SEQUENCE_ITEM.test(text) ? SEQUENCE_ITEM.lastIndex : -1
}

/** The blanks before `at`, at most NEXT_LINE_INDENT of them: a sequence item's indentation before its `-`. */
function indentBefore(text: string, at: number): string {
  let start = at
  while (start > 0 && at - start < NEXT_LINE_INDENT && isBlank(text.charCodeAt(start - 1))) start--
  return text.slice(start, at)
}

/** Where the `-` of the sequence item whose value is `value` stands: before its blanks and its opening quote. */
function itemDash(text: string, value: Span): number {
  let at = value.start - (isQuotedSpan(text, value) ? 2 : 1)
  while (isBlank(text.charCodeAt(at))) at--
  return at
}

/**
 * A sequence's item judged as a list's element is (value-wrappers.ts' lists): random-looking by the strict judgement,
 * with no blank (a public key's `ssh-ed25519 AAAA… user@host`, a sentence), with letters and digits.
 */
function isSequenceKey(text: string, item: Span, judge: JudgeValue): boolean {
  const written = text.slice(item.start, item.end)
  return !/\s/.test(written) && hasLettersAndDigits(written) && judge(text, item, false)
}

/**
 * The values of a YAML sequence's items from the item whose `- ` is at `dash`: each item on a line of its own at
 * that item's indentation, its value alone on its line (an item that is a mapping, `- name: …`, or prose holds
 * none), judged by `isValue`; items that are no value are passed over. Items start within `reach`.
 */
function sequenceValues(text: string, dash: number, reach: number, isValue: (span: Span) => boolean): Span[] {
  const indent = indentBefore(text, dash)
  const values: Span[] = []
  for (let at = dash; at <= reach; ) {
    // Every read stops at `reach`: each name's items cost at most that, so the scan stays linear.
    const lineEnd = lineEndWithin(text, at, reach)
    if (lineEnd === -1) break
    const item = sequenceItemStart(text, at)
    // A line at the items' indentation that is no item ends the sequence (nextItemLine passed over the blank and the
    // comment lines).
    if (item === -1) break
    const value = readValue(text, item)
    // An item whose value is all its line (a comment after it aside) is read; one of several words is no key.
    if (value !== undefined && isCommentOrBlank(text, valueEndOf(text, value), lineEnd) && isValue(value)) {
      values.push(value)
    }
    const next = nextItemLine(text, lineEnd, indent, reach)
    if (next === -1) break
    at = next
  }
  return values
}

/**
 * Where the next line at `indent` after the line ending at `lineEnd` starts, past its indentation, within `reach`;
 * -1 at the text's end (an empty indentation is at every position, past it too) or when the next line is indented
 * otherwise. Blank lines, lines of blanks alone (a tab left by an editor) and comment lines are passed over at any
 * indentation: YAML lets a comment start in the first column inside a sequence, and ends a block only at a line of
 * content.
 */
function nextItemLine(text: string, lineEnd: number, indent: string, reach: number): number {
  if (lineEnd >= text.length) return -1
  let at = lineEnd + 1
  for (let end = lineEndWithin(text, at, reach); end !== -1 && isCommentOrBlank(text, at, end); ) {
    if (end >= text.length) return -1
    at = end + 1
    end = lineEndWithin(text, at, reach)
  }
  return at >= text.length || !text.startsWith(indent, at) ? -1 : at + indent.length
}

/**
 * Where the `-` of the first item of a YAML block sequence below the key at `identifierStart` stands, its operator
 * ending at `from`; -1 for none. A YAML key opens its line, quoted or not (`"api_keys":`): `Models priced per 1M
 * tokens:` then a Markdown list is prose.
 */
function sequenceBelowKey(text: string, identifierStart: number, from: number): number {
  const quote = text.charCodeAt(identifierStart - 1)
  const keyStart = quote === 34 || quote === 39 ? identifierStart - 1 : identifierStart
  if (!isAtLineStart(text, keyStart)) return -1
  // A capitalised word opening its line (`Tokens:`, `Secrets:`) is a heading as often as a key: a list a blank or a
  // comment line away from it is Markdown's (`Tokens:\n\n- llama3-8b`), read only right below it.
  const first = text.charCodeAt(identifierStart)
  const second = text.charCodeAt(identifierStart + 1)
  const heading = first >= 65 && first <= 90 && second >= 97 && second <= 122
  return firstItemBelow(text, from, identifierStart + PARTS_REACH, heading)
}

/**
 * The first value of the YAML sequence whose first item's `-` is at `dash`, marked for pushWithParts to read the
 * items after it.
 */
function sequenceValue(text: string, identifierStart: number, dash: number, judge: JudgeValue): Span | undefined {
  const [value] = sequenceValues(text, dash, identifierStart + PARTS_REACH, (item) => isSequenceKey(text, item, judge))
  if (value !== undefined) sequenceItems.add(value)
  return value
}

/**
 * Where the `-` of the first item of a YAML sequence below a key stands: the rest of the key's line from `from`
 * blank or a comment (`api_keys: # rotated monthly`), then blank and comment lines, within `reach`; -1 when the
 * first line of content below is no item.
 */
function firstItemBelow(text: string, from: number, reach: number, rightBelow: boolean): number {
  const lineEnd = lineEndWithin(text, from, reach)
  if (lineEnd === -1 || !isCommentOrBlank(text, from, lineEnd)) return -1
  const line = nextItemLine(text, lineEnd, '', reach)
  if (line === -1 || (rightBelow && line !== lineEnd + 1)) return -1
  const dash = skipSpaces(text, line, NEXT_LINE_INDENT)
  return sequenceItemStart(text, dash) === -1 ? -1 : dash
}

/** Past a value's closing quote, when it has one. */
const valueEndOf = (text: string, value: Span) => value.end + (isQuotedSpan(text, value) ? 1 : 0)

/** Where the line holding `from` ends (its `\n`), looked for up to `limit`; -1 past it (the text's end counts). */
function lineEndWithin(text: string, from: number, limit: number): number {
  const end = Math.min(limit, text.length)
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === 10) return i
  return end === text.length ? text.length : -1
}

/** Whether [from, lineEnd) holds blanks only, or blanks then a YAML comment (`# …`), or a `\r` ending the line. */
function isCommentOrBlank(text: string, from: number, lineEnd: number): boolean {
  const at = skipSpaces(text, from, lineEnd - from)
  if (at >= lineEnd || (text.charCodeAt(at) === 13 && at + 1 === lineEnd)) return true
  return text.charCodeAt(at) === 35 && (at > from || at === 0 || isRegexSpace(text.charCodeAt(at - 1)))
}

// A YAML block scalar's indicator (`|`, `>`, `|-`, `>+2`): the value is the indented line below.
const BLOCK_SCALAR = /^[|>][-+]?[1-9]?/

/** Past the `**` or `__` closing a Markdown label in bold after its operator (`**Password:** …`), if one stands at `at`. */
function pastBoldClose(text: string, at: number): number {
  const code = text.charCodeAt(at)
  return (code === 42 || code === 95) && text.charCodeAt(at + 1) === code ? at + 2 : at
}

// HTML's inline markup around a label's operator or its value, as an e-mail or a page sets them (`<b>Password:</b> …`,
// `<strong>Password:</strong> …`, `Password: <code>…</code>`, `<span class="label">Password:</span> <span>…</span>`):
// the tag closing the label right after its operator, and the one opening the value, are read past as the bold of
// Markdown is. Tags that set text only; a link, a line break or a form's input hold no value.
const INLINE_CLOSE = /<\/(?:b|strong|em|i|u|span|label|font|small|mark)[ \t]{0,4}>/iy
const INLINE_OPEN = /<(?:code|b|strong|em|i|u|kbd|tt|samp|var|span|mark|font|small)(?:[ \t][^<>\r\n]{0,80})?>/iy

/** Past the inline tag closing a label at `at` and the one opening its value after blanks, where they stand. */
function pastInlineMarkup(text: string, at: number): number {
  let from = at
  INLINE_CLOSE.lastIndex = from
  if (text.charCodeAt(from) === 60 && INLINE_CLOSE.test(text)) from = INLINE_CLOSE.lastIndex
  const open = skipSpaces(text, from, ALIGNMENT_BLANKS)
  if (text.charCodeAt(open) !== 60) return from
  INLINE_OPEN.lastIndex = open
  return INLINE_OPEN.test(text) ? INLINE_OPEN.lastIndex : from
}

// A here-document's opener, its body the lines below: `<<EOF`, `<<-EOT` (shell, HCL), `<<~PASS` (Ruby, maybe with a
// method called on the string, `<<~PASS.strip`), `<<<EOT` (PHP), the delimiter quoted or not (`<<'EOF'`). Written
// against the delimiter, unlike R's `<<- "…"`. At most 62 characters: the value below stays near its name, within a
// streamed reply's context before it (stream-redact.ts).
export const HEREDOC_OPENER = String.raw`<<(?:<|[-~])?(["']?)[A-Za-z_][A-Za-z0-9_]{0,30}\1(?:\.[a-z_]{1,12}[!?]?){0,2}`
const HEREDOC = new RegExp(HEREDOC_OPENER, 'y')

/** The length of a here-document's opener at `from` (HEREDOC), 0 for none. */
function heredocLength(text: string, from: number): number {
  if (text.charCodeAt(from) !== 60 || text.charCodeAt(from + 1) !== 60) return 0
  HEREDOC.lastIndex = from
  return HEREDOC.test(text) ? HEREDOC.lastIndex - from : 0
}

/** The length of a block scalar's indicator or a here-document's opener at `from`, 0 for none. */
function blockScalarLength(text: string, from: number): number {
  const code = text.charCodeAt(from)
  if (code === 60) return heredocLength(text, from)
  return code === 124 || code === 62 ? (BLOCK_SCALAR.exec(text.slice(from, from + 3)) as RegExpExecArray)[0].length : 0
}

// `Ubuntu22.04`, `v2.3.1`, `release-2024.10`: a name and its version, what a line under a label (or the next message
// under `Reset password:`) holds far more often than a password.
const NAMED_VERSION = /^[A-Za-z]{0,16}[-_]?v?\d{1,4}(?:\.\d{1,4}){1,3}$/

/**
 * Whether a name ending its line after other words (`my password`, not a CSV header's `username,password`) is
 * followed by a random-looking value, as `login bot password X` is on one line. A traceback's frame line names a
 * function there (`File "…", line 42, in get_token`): the line below is its source.
 */
function endsPhrase(text: string, identifierStart: number, identifierEnd: number, value: Span): boolean {
  return (
    text.charCodeAt(identifierStart - 1) === 32 &&
    hasLettersAndDigits(text.slice(value.start, value.end)) &&
    !namesTracebackFrame(text, identifierStart, identifierEnd)
  )
}

// A setting's line below a label or a heading (`## Token` over `expiry=3600s`, `Password settings:` over
// `min_length=12`, `Private key` over `type=ed25519`): a name of words, in one case or camel-cased, and `=` give a value
// of the setting's own, judged by itself; the line is the label's value only when that value is one (a password with an
// `=` in it, `Xk9m=Q2vLp7`, has no such name before it).
const SETTING_ENTRY =
  /^(?:[a-z]{2,40}(?:[_.-][a-z]{1,40}){0,6}|[a-z]{2,40}(?:[A-Z][a-z]{1,40}){1,6}|[A-Z]{2,40}(?:_[A-Z]{1,40}){0,6})=(?=[^=])/

/** Whether `value`, read on the line below a name, is a setting's entry whose own value is no secret (SETTING_ENTRY). */
function isSettingBelow(text: string, value: Span, lenient: boolean, judge: JudgeValue): boolean {
  const entry = SETTING_ENTRY.exec(text.slice(value.start, value.end))
  return entry !== null && !judge(text, { start: value.start + entry[0].length, end: value.end }, lenient)
}

/** The value starting the line at `from`, judged as an assigned one; with `wholeLine`, only if it ends the line. */
function valueBelow(text: string, from: number, lenient: boolean, wholeLine: boolean): Span | undefined {
  const value = valueAt(text, from)
  if (!isSecretAt(text, value, lenient) || NAMED_VERSION.test(text.slice(value.start, value.end))) return undefined
  if (isSettingBelow(text, value, lenient, isSecretAt)) return undefined
  return !wholeLine || endsLineBelow(text, value, isSecretAt) ? value : undefined
}

/**
 * Whether a value read on the line below its name ends that line, past the quote or the typographic mark closing it
 * (`Password` then `"…"`, `« … »`, `「…」`); or is quoted and random-looking, which says where it ends, prose after it
 * or not (isQuotedRandomValue).
 */
function endsLineBelow(text: string, value: Span, judge: JudgeValue): boolean {
  const marked = pastClosingMark(text, value)
  const end = isQuotedSpan(text, value) ? value.end + 1 : marked === -1 ? value.end : marked
  return isAtLineEnd(text, skipSpaces(text, end, NEXT_LINE_BLANKS)) || isQuotedRandomValue(text, value, judge)
}

function assignedValue(
  text: string,
  identifierStart: number,
  keywordEnd: number,
  identifier: string,
  lenient: boolean,
): Span | undefined {
  if (text[keywordEnd] === '>' && text[identifierStart - 1] === '<') {
    return elementText(text, keywordEnd + 1, identifier, lenient)
  }
  const compared = comparedLiteral(text, identifierStart, lenient)
  if (compared !== undefined) return compared
  // "the wifi password's blue-otter-lamp": the possessive stands for "is".
  if (isPossessiveIs(text, keywordEnd)) {
    const value = valueAt(text, keywordEnd + 3)
    return isSecretAt(text, value, lenient) ? value : undefined
  }
  let i = keywordEnd
  while (i < keywordEnd + 2 && isClosingQuote(text.charCodeAt(i))) i++
  i = pastEscapedQuote(text, i)
  i = skipSpaces(text, i, ALIGNMENT_BLANKS)
  i = pastLeader(text, i)
  const pair = pairSeparatorLength(text, identifierStart, keywordEnd, i)
  const attribute: readonly [string] | RegExpExecArray | null =
    pair > 0
      ? ([text.slice(i, i + pair)] as const)
      : isQuotedArgumentName(text, identifierStart, keywordEnd)
        ? (VALUE_ATTRIBUTE.exec(text.slice(i, i + 8)) ?? NEXT_ARGUMENT.exec(text.slice(i, i + 2)))
        : opensElement(text, identifierStart, keywordEnd, i)
          ? VALUE_ATTRIBUTE.exec(text.slice(i, i + 8))
          : null
  // `read -r -d '' DB_PASSWORD <<'EOF'`, `--with-token <<EOF`: a here-document right after the name, no R `<<-`.
  const heredoc = heredocLength(text, i)
  const operator =
    attribute ??
    (heredoc === 0 && OPERATOR_STARTS.includes(text.charAt(i)) ? OPERATOR.exec(text.slice(i, i + 3)) : null)
  if (operator !== null) {
    let from = skipSpaces(text, pastInlineMarkup(text, pastBoldClose(text, i + operator[0].length)), ALIGNMENT_BLANKS)
    if (text.charCodeAt(i) === 44) from = pastNamedArguments(text, from)
    else if (operator[0] === ':') from = typedFrom(text, from)
    if (!isWithinReach(identifierStart, from)) return undefined
    from = pastTagBeforeBlock(text, from)
    const block = blockScalarLength(text, from)
    const dash = block === 0 ? sequenceBelowKey(text, identifierStart, from) : -1
    if (dash !== -1) return sequenceValue(text, identifierStart, dash, isSecretAt)
    const below = nextValueLine(text, from + block)
    if (below !== -1) {
      // A comment line below a key (no sequence after it, read above) holds no value.
      if (block === 0 && isAtLineStart(text, identifierStart) && text.charCodeAt(below) === 35) return undefined
      if (block === 0 && isEntryLine(text, below, text.charCodeAt(i) === 61)) return undefined
      if (block > 0) return valueBelow(text, below, lenient, true)
      // `const secret =\n  env === "prod"\n    ? "…"`: an expression a formatter moved below its name.
      return (
        valueBelow(text, below, lenient, false) ??
        fallbackLiteral(text, identifierStart, below, lenient, valueAt, isSecretAt)
      )
    }
    if (closesLiteral(text, from)) return joinedLiteral(text, from, lenient, valueAt, isSecretAt)
    const written = from === i + operator[0].length
    const pair = pairLength(text, from, lenient, isSecretAt)
    const wrapped = pair === 0 ? (wrappedValue(text, from) ?? groupedLookup(text, from)) : undefined
    if (wrapped !== undefined) return wrappedLiteral(text, identifierStart, wrapped, lenient, valueAt, isSecretAt)
    from += pair
    const read = schemeCredentials(
      text,
      identifierStart,
      identifier,
      from,
      valueAt(text, from),
      lenient,
      valueAt,
      isSecretAt,
    )
    const value = flagWordValue(text, identifierStart, identifier, written, read, lenient, isSecretAt)
    if (isSecretAt(text, value, lenient) && !isUnquotedArgument(text, identifierStart, value, lenient)) {
      return (lenient && value.start === from && groupedValue(text, value)) || value
    }
    const exclaimed = exclaimedValue(text, value)
    if (exclaimed !== undefined && isSecretAt(text, exclaimed, lenient)) return exclaimed
    const passphrase = lenient && assigns(text.charCodeAt(i)) ? capitalisedPassphrase(text, value) : undefined
    if (passphrase !== undefined) return passphrase
    const grouped =
      groupedAppPassword(text, value) ?? (lenient && value?.start === from ? groupedValue(text, value) : undefined)
    if (grouped !== undefined) return grouped
    const branch =
      otherBranch(text, identifierStart, value, lenient, valueAt, isSecretAt) ??
      (value === undefined ? undefined : replacedBy(text, identifierStart, value, isSecretAt))
    if (branch !== undefined) return branch
    return fallbackLiteral(text, identifierStart, from, lenient, valueAt, isSecretAt)
  }
  // CLI flags (--password X), auth schemes (Bearer X) and space-separated config lines (requirepass X).
  const configLine = isAtLineStart(text, identifierStart)
  // The name ends its line: a label alone on its line (`Password`, `API key`) is read as a config line's name, with
  // the value alone on the next line; after other words (`my password`), only a random-looking value. So does a
  // here-document's opener after it.
  const below = nextValueLine(text, i + heredoc)
  if (below !== -1) {
    const value = valueBelow(text, below, configLine && lenient, true)
    return value !== undefined && (configLine || endsPhrase(text, identifierStart, keywordEnd, value))
      ? value
      : undefined
  }
  // Without an operator the value must stand apart: `requirepass X`, not the rest of the word `パスワードを…`.
  const separated = i > keywordEnd
  const declared = separated ? declaredValueStart(text, i) : -1
  if (declared !== -1) {
    const value = valueAt(text, declared)
    return isSecretAt(text, value, lenient) ? value : undefined
  }
  // A word in brackets says which secret it is (`pw (eu-west_1) X`): the value after it, not the word, when one follows.
  if (separated) {
    const value = qualifiedByBracket(text, i, valueAt, isSecretAt)
    if (value !== undefined) return value
  }
  if (separated && !isPassedByName(text, identifierStart) && !closesCallAfterName(text, i)) {
    const value = valueAt(text, i)
    const configKey = configLine && !SPOKEN_PASSWORD_FORM.test(identifier)
    if (identifier.startsWith('-') || AUTH_SCHEMES.has(identifier.toLowerCase()) || configKey) {
      if (
        isSecretAt(text, value, lenient) &&
        (configKey ? endsLine(text, value) : !isNextField(text, identifierStart, value))
      )
        return value
      if (configKey && isQuotedRandomValue(text, value, isSecretAt)) return value
    } else if (
      isSecretAt(text, value) &&
      !isNextField(text, identifierStart, value) &&
      hasLettersAndDigits(text.slice(value.start, value.end))
    ) {
      // `login bot password X`, `npm config set …:_authToken X`: a random-looking value right after the name.
      return value
    }
  }
  const glued = gluedValue(text, keywordEnd, identifier, isSecretAt)
  if (glued !== undefined) return glued
  // Prose: up to six words, then a connector ("is", "est", "to", "password (staging): …") and the value.
  if (opensParameterList(text, keywordEnd, i)) return undefined
  const verb = isVerbPass(identifier)
  const words = text.slice(i, i + PROSE_WINDOW).split(' ', 7)
  let qualified = false
  let offset = i
  for (const [index, word] of words.entries()) {
    const lineEnd = word.indexOf('\n')
    const clause = lineEnd === -1 ? word : word.slice(0, word.charAt(lineEnd - 1) === '\r' ? lineEnd - 1 : lineEnd)
    if (index === 6 || clause.length === 0) return undefined
    if (index === 0 && namesAProperty(clause, 0, clause.length)) return undefined
    if (namesARecord(text, offset, offset + clause.length)) return undefined
    // A qualified name's value ends its line, with the punctuation a password may end with (`Sommer2024!`).
    if (index === 0) qualified = QUALIFYING_PREPOSITIONS.has(clause.toLowerCase())
    else if (qualified) {
      if (index >= 2 && (lineEnd !== -1 || offset + word.length === text.length)) {
        const value = valueAt(text, offset)
        if (isQualifiedValue(text, value, isSecretAt)) return value
      }
      qualified = QUALIFIER_WORD.test(clause)
    }
    // A clause ends at sentence punctuation or a comma: "das Passwort ist falsch, ich habe es …" stops there.
    if (/[.,!?;]$/.test(clause)) return undefined
    if (verb && clause.toLowerCase() === 'to') return undefined
    if (lineEnd !== -1) {
      // And with its line: "my password is" ending one leaves its value to the next, within the prose window.
      if (!CONNECTORS.has(clause.toLowerCase()) && !clause.endsWith(':') && !(lenient && isBe(clause))) return undefined
      const below = nextValueLine(text, offset + clause.length)
      return below !== -1 && below - i <= PROSE_WINDOW ? valueBelow(text, below, lenient, false) : undefined
    }
    offset += word.length + 1
    if (
      CONNECTORS.has(word.toLowerCase()) ||
      (word.endsWith(':') && !isOtherThingsLabel(text, offset - word.length - 1, offset - 1, offset)) ||
      (lenient && isBe(word))
    ) {
      const value = valueAt(text, offset)
      if (isSecretAt(text, value, lenient)) return value
    }
  }
  return undefined
}

/**
 * `assignedValue` on the fast path: the same reading, with the prose words walked in place rather than split, values
 * too short to judge turned down before they are copied, and the brackets of a value counted only when one closes it.
 */
function assignedValueFast(
  text: string,
  identifierStart: number,
  keywordEnd: number,
  identifier: string,
  lenient: boolean,
): Span | undefined {
  if (text.charCodeAt(keywordEnd) === 62 && text.charCodeAt(identifierStart - 1) === 60) {
    return elementText(text, keywordEnd + 1, identifier, lenient)
  }
  const compared = comparedLiteral(text, identifierStart, lenient)
  if (compared !== undefined) return compared
  if (isPossessiveIs(text, keywordEnd)) {
    const value = valueAtFast(text, keywordEnd + 3)
    return isSecretAtFast(text, value, lenient) ? value : undefined
  }
  let i = keywordEnd
  while (i < keywordEnd + 2 && isClosingQuote(text.charCodeAt(i))) i++
  i = pastEscapedQuote(text, i)
  i = skipSpaces(text, i, ALIGNMENT_BLANKS)
  i = pastLeader(text, i)
  const heredoc = heredocLength(text, i)
  const operator =
    pairSeparatorLength(text, identifierStart, keywordEnd, i) ||
    (isQuotedArgumentName(text, identifierStart, keywordEnd) && attributeLength(text, i)) ||
    (opensElement(text, identifierStart, keywordEnd, i) && valueAttributeLength(text, i)) ||
    (heredoc === 0 ? operatorLength(text, i) : 0)
  if (operator > 0) {
    let from = skipSpaces(text, pastInlineMarkup(text, pastBoldClose(text, i + operator)), ALIGNMENT_BLANKS)
    if (text.charCodeAt(i) === 44) from = pastNamedArguments(text, from)
    else if (operator === 1 && text.charCodeAt(i) === 58) from = typedFrom(text, from)
    if (!isWithinReach(identifierStart, from)) return undefined
    from = pastTagBeforeBlock(text, from)
    const block = blockScalarLength(text, from)
    const dash = block === 0 ? sequenceBelowKey(text, identifierStart, from) : -1
    if (dash !== -1) return sequenceValue(text, identifierStart, dash, isSecretAtFast)
    const below = nextValueLine(text, from + block)
    if (below !== -1) {
      // A comment line below a key (no sequence after it, read above) holds no value.
      if (block === 0 && isAtLineStart(text, identifierStart) && text.charCodeAt(below) === 35) return undefined
      if (block === 0 && isEntryLine(text, below, text.charCodeAt(i) === 61)) return undefined
      if (block > 0) return valueBelowFast(text, below, lenient, true)
      // `const secret =\n  env === "prod"\n    ? "…"`: an expression a formatter moved below its name.
      return (
        valueBelowFast(text, below, lenient, false) ??
        fallbackLiteral(text, identifierStart, below, lenient, valueAtFast, isSecretAtFast)
      )
    }
    if (closesLiteral(text, from)) {
      return joinedLiteral(text, from, lenient, valueAtFast, isSecretAtFast)
    }
    // The pair opens with a bracket: without one the pattern is not tried.
    const written = from === i + operator
    const bracket = text.charCodeAt(from)
    const pair = bracket === 40 || bracket === 91 ? pairLength(text, from, lenient, isSecretAtFast) : 0
    const wrapped = pair === 0 ? (wrappedValue(text, from) ?? groupedLookup(text, from)) : undefined
    if (wrapped !== undefined) {
      return wrappedLiteral(text, identifierStart, wrapped, lenient, valueAtFast, isSecretAtFast)
    }
    from += pair
    const read = schemeCredentials(
      text,
      identifierStart,
      identifier,
      from,
      valueAtFast(text, from),
      lenient,
      valueAtFast,
      isSecretAtFast,
    )
    const value = flagWordValue(text, identifierStart, identifier, written, read, lenient, isSecretAtFast)
    if (isSecretAtFast(text, value, lenient) && !isUnquotedArgument(text, identifierStart, value, lenient)) {
      return (lenient && value.start === from && groupedValue(text, value)) || value
    }
    const exclaimed = exclaimedValue(text, value)
    if (exclaimed !== undefined && isSecretAtFast(text, exclaimed, lenient)) return exclaimed
    const passphrase = lenient && assigns(text.charCodeAt(i)) ? capitalisedPassphrase(text, value) : undefined
    if (passphrase !== undefined) return passphrase
    const grouped =
      groupedAppPassword(text, value) ?? (lenient && value?.start === from ? groupedValue(text, value) : undefined)
    if (grouped !== undefined) return grouped
    const branch =
      otherBranch(text, identifierStart, value, lenient, valueAtFast, isSecretAtFast) ??
      (value === undefined ? undefined : replacedBy(text, identifierStart, value, isSecretAtFast))
    if (branch !== undefined) return branch
    return fallbackLiteral(text, identifierStart, from, lenient, valueAtFast, isSecretAtFast)
  }
  const configLine = isAtLineStart(text, identifierStart)
  const below = nextValueLine(text, i + heredoc)
  if (below !== -1) {
    const value = valueBelowFast(text, below, configLine && lenient, true)
    return value !== undefined && (configLine || endsPhrase(text, identifierStart, keywordEnd, value))
      ? value
      : undefined
  }
  const declared = i > keywordEnd ? declaredValueStart(text, i) : -1
  if (declared !== -1) {
    const value = valueAtFast(text, declared)
    return isSecretAtFast(text, value, lenient) ? value : undefined
  }
  const qualified = i > keywordEnd ? qualifiedByBracket(text, i, valueAtFast, isSecretAtFast) : undefined
  if (qualified !== undefined) return qualified
  const value =
    i > keywordEnd && !isPassedByName(text, identifierStart) && !closesCallAfterName(text, i)
      ? valueAtFast(text, i)
      : undefined
  // Both readings of a separated value judge it, which a value shorter than a password never passes.
  if (value !== undefined && value.end - value.start >= SHORTEST_PASSWORD) {
    const configKey = configLine && !SPOKEN_PASSWORD_FORM.test(identifier)
    if (identifier.startsWith('-') || configKey || isAuthScheme(identifier)) {
      if (
        isSecretAtFast(text, value, lenient) &&
        (configKey ? endsLine(text, value) : !isNextField(text, identifierStart, value))
      )
        return value
      if (configKey && isQuotedRandomValue(text, value, isSecretAtFast)) return value
    } else if (
      isSecretAtFast(text, value, false) &&
      !isNextField(text, identifierStart, value) &&
      hasLettersAndDigits(text.slice(value.start, value.end))
    ) {
      return value
    }
  }
  const glued = gluedValue(text, keywordEnd, identifier, isSecretAtFast)
  if (glued !== undefined) return glued
  return opensParameterList(text, keywordEnd, i) ? undefined : proseValueFast(text, i, lenient, isVerbPass(identifier))
}

// A word in brackets after a password's name says which password it is (`password [prod] X`, `password (staging) X`,
// a template's `password {prod} X`), as `password (staging): X` does before its colon: the value right after it is
// read as a separated one, random by the strict test with letters and digits (`password [required] string`,
// `password (optional) field` give none).
const BRACKETED_QUALIFIER = /(?:\[[\p{L}\p{N}_-]{1,20}\]|\([\p{L}\p{N}_-]{1,20}\)|\{[\p{L}\p{N}_-]{1,20}\}) {1,4}/uy

// A password word in a form only a sentence gives it (`şifrem` "my password", `parolası`, `jelszavam`, `hasłem`) is no
// config file's key: opening its line, its value is read as after other words (`parolam X olarak ayarlandı`), not
// only when it ends the line as `requirepass X` must.
const SPOKEN_PASSWORD_FORM =
  /^(?:[şs][iİ]fre(?:m[iİ]z[iİ]?|n[iİ]z[iİ]?|s[iİ](?:n[iİ])?|m[iİ]?|n[iİ]?|y[iİ])|parola(?:m[ıi]z[ıi]?|n[ıi]z[ıi]?|s[ıi](?:n[ıi])?|m[ıi]?|n[ıi]?|y[ıi])|jelszav\p{L}{1,4}|has[łl]em)$/iu

/**
 * The value after a bracketed word at `at` (BRACKETED_QUALIFIER), if it is a random one; from the bracket on when the
 * word is as random as a key itself (isRandomWord): `--password (X) Y` is two passwords, or one written twice.
 */
function qualifiedByBracket(text: string, at: number, readValue: ReadValue, judge: JudgeValue): Span | undefined {
  BRACKETED_QUALIFIER.lastIndex = at
  // The value opens with a letter or a digit: not a link or another bracket (`pwd (bcoe) [#31095](…)`, a changelog's).
  if (!BRACKETED_QUALIFIER.test(text) || !isAsciiAlphanumeric(text.charCodeAt(BRACKETED_QUALIFIER.lastIndex))) {
    return undefined
  }
  const value = readValue(text, BRACKETED_QUALIFIER.lastIndex)
  if (!judge(text, value, false) || !hasLettersAndDigits(text.slice(value.start, value.end))) return undefined
  // A finding with a blank in it stays within the stream's bound for one (src/guard/stream-redact.ts).
  let close = BRACKETED_QUALIFIER.lastIndex - 1
  while (text.charCodeAt(close) === 32) close--
  const word = { start: at + 1, end: close }
  return value.end - at <= LONGEST_SPACED_FINDING && isRandomWord(text, word, judge)
    ? { start: at, end: value.end }
    : value
}

/** A bracketed word no qualifier is: random by the strict test, with upper and lower case letters and digits. */
function isRandomWord(text: string, word: Span, judge: JudgeValue): boolean {
  const written = text.slice(word.start, word.end)
  return /[a-z]/.test(written) && /[A-Z]/.test(written) && /\d/.test(written) && judge(text, word, false)
}

// A parameter's name right after the bracket, then its type's colon or the next parameter's comma.
// Swift's argument label may stand before it (`func token(for user: User)`).
const FIRST_PARAMETER = /\([ \t]{0,4}(?:[A-Za-z_$][\w$]{0,40}[ \t]{1,4})?[A-Za-z_$][\w$]{0,40}[ \t]{0,4}[:,]/y

/**
 * `def get_token(creds: S3Credentials):`, `function getToken(opts: OAuth2Options)`: a name followed at once by `(`
 * and a parameter names a function, and the words ending on `:` in its brackets are its parameters, typed: no label
 * of a value. A bracket closed before the colon is prose's (`password(staging): …`).
 */
function opensParameterList(text: string, end: number, at: number): boolean {
  if (at !== end || text.charCodeAt(at) !== 40) return false
  FIRST_PARAMETER.lastIndex = at
  return FIRST_PARAMETER.test(text) || opensBlockHeader(text, end)
}

// Python's definition headers: `class RSAPrivateKey(metaclass=abc.ABCMeta):`, `def get_token(self):`, `async def`.
// The colon ending one opens a block, not a label: the line below is a decorator, a docstring or a statement
// (`@abc.abstractmethod`, `"An API key issued to a user."`).
const BLOCK_HEADER = /^[ \t]{0,40}(?:(?:async[ \t]{1,4})?def|class)[ \t]/
const HEADER_REACH = 120

/**
 * Whether the name ending at `end`, before its `(`, is a Python definition's: BLOCK_HEADER opens its line (within
 * HEADER_REACH before the name) and a colon ends it (within HEADER_REACH after).
 */
function opensBlockHeader(text: string, end: number): boolean {
  const floor = Math.max(0, end - HEADER_REACH)
  let start = end
  while (start > floor && text.charCodeAt(start - 1) !== 10) start--
  if (!((start === 0 || text.charCodeAt(start - 1) === 10) && BLOCK_HEADER.test(text.slice(start, end)))) return false
  const limit = Math.min(text.length, end + HEADER_REACH)
  let lineEnd = end
  while (lineEnd < limit && text.charCodeAt(lineEnd) !== 10) lineEnd++
  if (lineEnd === limit && limit < text.length) return false
  while (lineEnd > end && isBlank(text.charCodeAt(lineEnd - 1))) lineEnd--
  return text.charCodeAt(lineEnd - 1) === 58
}

// Within stream-redact.ts' LONGEST_CONTEXT_BEFORE of the value, which starts at most VALUE_REACH past the name.
const PARAMETER_LOOK_BACK = 60

/**
 * Whether the name at `identifierStart` stands in a call's or a signature's brackets (`get_token(creds: …`,
 * `f(a: int, password: …`): an opening bracket right after a name, before it on its line and not closed.
 */
function isInParameterList(text: string, identifierStart: number): boolean {
  const floor = Math.max(0, identifierStart - PARAMETER_LOOK_BACK)
  for (let at = identifierStart - 1; at > floor; at--) {
    const code = text.charCodeAt(at)
    if (code === 40) return isIdentifierCode(text.charCodeAt(at - 1))
    if (code === 10 || code === 41 || code === 34 || code === 39 || code === 96) return false
  }
  return false
}

/**
 * An unquoted value given to a name in a call's or a signature's brackets: code, a parameter's type
 * (`creds: S3Credentials)`) or a variable passed by name (`login(password: pw2Fa)`), never a written literal.
 */
function isUnquotedArgument(text: string, identifierStart: number, value: Span, lenient: boolean): boolean {
  const before = text.charCodeAt(value.start - 1)
  if (before === 34 || before === 39 || before === 96) return false
  return isInParameterList(text, identifierStart) && !isPrintedValue(text, identifierStart, value, lenient)
}

// An object printed by its `toString` (Lombok's and Kotlin's data classes: `LoginRequest(username=alice,
// password=Xk9mPq2vL7wZ)` in a log line): a class's name, then `name=value` pairs with the values unquoted.
const PRINTED_OBJECT_NAME = /[A-Z][A-Za-z0-9]{1,60}\($/
// Characters no expression passed as an argument holds after its first one (`#`, `!`, `@`, `%`, `^`, `~`, `\`, `$`).
const NO_EXPRESSION_CHARACTER = /.(?:[#@%^~\\$]|!(?!=))/
// A variable's name is words (`db_password`, `hashedPw`, `token2`); a value of mixed case and digits with no `_` or
// `.` in it, random enough to be a secret, is no name anyone chose.
const CHOSEN_NAME = /[_.]/

// A plain password printed in an object (`User(name=alice, password=hunter2)`): letters and digits, or a common
// password, naming nothing a variable holding a password would be named after.
const PLAIN_PRINTED_PASSWORD = /^[A-Za-z0-9]{5,40}$/
const VARIABLE_WORD = /pass|pw|secret|token|key|cred|arg|param|val|var|input/i

/**
 * Whether an unquoted value in brackets is a written value after all: one holding a character no code passed there
 * holds (`password=Xk9#mPq2!vL`), or a random one given by `=` in what reads as a printed object (under a password's
 * name, `lenient`, a plain one: PLAIN_PRINTED_PASSWORD).
 */
function isPrintedValue(text: string, identifierStart: number, value: Span, lenient: boolean): boolean {
  const written = text.slice(value.start, value.end)
  if (NO_EXPRESSION_CHARACTER.test(written)) return true
  if (text.charCodeAt(value.start - 1) !== 61 || CHOSEN_NAME.test(written)) return false
  if (!isRandomPrinted(written) && !(lenient && isPlainPrintedPassword(written))) return false
  // The bracket isInParameterList found, within its look back.
  let open = identifierStart - 1
  while (text.charCodeAt(open) !== 40) open--
  return PRINTED_OBJECT_NAME.test(text.slice(Math.max(0, open - 61), open + 1))
}

function isRandomPrinted(written: string): boolean {
  const classes = characterClasses(written)
  return isSecretLike(written) && classes.digit && classes.lower && classes.upper
}

function isPlainPrintedPassword(written: string): boolean {
  return (
    PLAIN_PRINTED_PASSWORD.test(written) &&
    (hasLettersAndDigits(written) || isCommonPassword(written)) &&
    !VARIABLE_WORD.test(written)
  )
}

// A name's shape with a digit in it (`tiger-lily-88`, `blue_monkey_7`): not a reference (`$DB_PASSWORD`), a
// placeholder (`change-me`) or a word, which a `!` after them leaves what they are.
const EXCLAIMED_NAME = /^(?=[^\d]{0,64}\d)[A-Za-z0-9]{1,64}(?:[-_.][A-Za-z0-9]{1,64}){0,7}$/

/**
 * An unquoted value with the `!` after it that trimmedValueEnd left out as a sentence's (`password: tiger-lily-88!`),
 * when the `!` ends the word and the value has a name's shape with a digit, or is words given as alternatives
 * (`Sommer/Winter!`, a rule's words without it): judged with it, as a password is written
 * with one far more often than such a setting's value is exclaimed, and the name (`tiger-lily-88`, a resource's shape)
 * is a password only with it. Undefined otherwise.
 */
function exclaimedValue(text: string, value: Span | undefined): Span | undefined {
  if (value === undefined || text.charCodeAt(value.end) !== 33) return undefined
  const written = text.slice(value.start, value.end)
  if (!EXCLAIMED_NAME.test(written) && !isWordAlternatives(written)) return undefined
  let end = value.end + 1
  while (end < value.end + 3 && text.charCodeAt(end) === 33) end++
  return end === text.length || isRegexSpace(text.charCodeAt(end)) ? { start: value.start, end } : undefined
}

/** `. , : ! ?`: the sentence punctuation trimmedValueEnd leaves out of an unquoted value. */
function isSentencePunctuation(code: number): boolean {
  return code === 46 || code === 44 || code === 58 || code === 33 || code === 63
}
const MAX_FLAG_WORD_PUNCTUATION = 8

/**
 * A value written on to a flag (`/password:Q!w2e3r4!`, `--password=Xk9mQ2zz?`): the command line passes the whole
 * word, so punctuation ending it is the password's, not a sentence's (a trailing `!` was left unredacted). Only a
 * password takes it: what is no secret without it (`--password=$DB_PASS.`, `/password:%PASS%!`) is a reference or a
 * placeholder ending a sentence, and the full stop is the sentence's.
 */
// An Authorization header's value is `<scheme> <credentials>`: a provider's own scheme word (Discord `Bot`, Okta
// `SSWS`, `Splunk`, `OAuth`, `JWT`, `Negotiate`, Zoho `Zoho-oauthtoken`, `Klaviyo-API-Key`) stands before the credential
// as `Bearer` does (AUTH_SCHEMES, read by valueAt). The scheme is the first word after the operator, unquoted, of
// letters with hyphens between; the credential follows it on its line and is judged as the value. Without a written
// credential after it (`Authorization: Bot <token>`, a sentence) the word itself is judged, as before.
const SCHEME_WORD = /^[A-Za-z]{2,20}(?:-[A-Za-z]{2,20}){0,3}$/
const LONGEST_SCHEME_WORD = 83
const AUTHORIZATION_NAME = /authorization$/i

function schemeCredentials(
  text: string,
  identifierStart: number,
  identifier: string,
  from: number,
  value: Span | undefined,
  lenient: boolean,
  read: ReadValue,
  isSecret: (text: string, span: Span | undefined, lenient: boolean) => boolean,
): Span | undefined {
  if (value === undefined || !AUTHORIZATION_NAME.test(identifier)) return value
  const parameters = parameterListStart(text, from)
  if (parameters !== -1) return credentialParameter(text, parameters, identifierStart)
  if (value.start !== from || value.end - value.start > LONGEST_SCHEME_WORD) return value
  if (!SCHEME_WORD.test(text.slice(value.start, value.end))) return value
  const next = skipSpaces(text, value.end, 4)
  const code = text.charCodeAt(next)
  if (next === value.end || code === 10 || code === 13) return value
  const credentials = read(text, next)
  return isSecret(text, credentials, lenient) ? credentials : value
}

// A scheme whose credentials are a list of parameters (RFC 7235's auth-params) rather than one token: Digest
// (`username="bob", realm=…, nonce=…, response="…"`), AWS's Signature Version 4 (`AWS4-HMAC-SHA256 Credential=…,
// SignedHeaders=…, Signature=…`), OAuth 1.0, Hawk, HTTP Signatures. Its secret is the parameter that proves the key:
// the digest's response, the signature, Hawk's mac; the others (a user's name, a nonce, the signed headers) are
// none, and the scheme's name (`AWS4-HMAC-SHA256`) is no value. A parameter's `=` has its value after it, where a
// token's base64 padding ends it (`Basic dXNlcjpwYXNz=`). The parameter's value starts on the list's line within
// PARAMETERS_REACH of the header's name, which a streamed reply keeps before a finding (LONGEST_CONTEXT_BEFORE).
const PARAMETER_SCHEME =
  /[A-Za-z][A-Za-z0-9]{0,19}(?:-[A-Za-z0-9]{1,20}){0,3}[ \t]{1,4}(?=[A-Za-z][\w-]{0,40}[ \t]{0,4}=[ \t]{0,4}[^\s=,\\])/y
const CREDENTIAL_PARAMETER = /(?:^|[\s,])(?:response|signature|oauth_signature|mac)[ \t]{0,4}=[ \t]{0,4}(?:\\?")?/gi
const PARAMETERS_REACH = 256
const LONGEST_CREDENTIAL_PARAMETER = 1024

/** Where the parameters of a scheme at `from` start (`Digest username=…`), -1 when no such scheme opens there. */
function parameterListStart(text: string, from: number): number {
  PARAMETER_SCHEME.lastIndex = from
  return PARAMETER_SCHEME.test(text) ? PARAMETER_SCHEME.lastIndex : -1
}

// What ends a parameter's value: a blank, a quote, a comma, a backslash (of an escaped quote).
function endsParameter(code: number): boolean {
  return code <= 32 || code === 34 || code === 44 || code === 92
}

/**
 * The credential of a parameter list from `from` (see PARAMETER_SCHEME) after the header's name at `nameStart`, when
 * it is written and reads as one.
 */
function credentialParameter(text: string, from: number, nameStart: number): Span | undefined {
  const reach = nameStart + PARAMETERS_REACH - from
  const end = lineEndFrom(text, from, reach)
  const list = text.slice(from, end === -1 ? from + reach : end)
  CREDENTIAL_PARAMETER.lastIndex = 0
  for (let match = CREDENTIAL_PARAMETER.exec(list); match !== null; match = CREDENTIAL_PARAMETER.exec(list)) {
    const start = from + CREDENTIAL_PARAMETER.lastIndex
    let valueEnd = start
    while (valueEnd - start < LONGEST_CREDENTIAL_PARAMETER && valueEnd < text.length) {
      if (endsParameter(text.charCodeAt(valueEnd))) break
      valueEnd++
    }
    if (isSecretLike(text.slice(start, Math.min(valueEnd, start + MAX_VALUE)))) return { start, end: valueEnd }
  }
  return undefined
}

function flagWordValue(
  text: string,
  identifierStart: number,
  identifier: string,
  written: boolean,
  value: Span | undefined,
  lenient: boolean,
  isSecret: (text: string, span: Span, lenient: boolean) => boolean,
): Span | undefined {
  if (value === undefined || !written) return value
  const flagged = identifier.startsWith('-') || text.charCodeAt(identifierStart - 1) === 47
  // `password=Sommer2024! user=admin`: a name joined to its value by `=` without blanks is a setting's or a query's
  // pair, not prose, so a `!` ending the word is the value's (a sentence's `!` follows a value after a blank).
  if ((!flagged || ENVIRONMENT_NAME.test(identifier)) && text.charCodeAt(identifierStart + identifier.length) === 61) {
    return isSecret(text, value, lenient) ? throughWordEnd(text, value, true) : value
  }
  if (!flagged) return value
  const end = skipWhile(text, value.end, MAX_FLAG_WORD_PUNCTUATION, isSentencePunctuation)
  // Only a run that ends the word: the unquoted value's reading stopped on the punctuation alone.
  if (end === value.end || (end < text.length && !isRegexSpace(text.charCodeAt(end)))) return value
  return isSecret(text, value, lenient) ? { start: value.start, end } : value
}

/**
 * The value with the punctuation run after it when that run ends the word (`mysql -pSummer2024!`, `curl -u
 * admin:Passw0rd!`): a command line passes its whole word, so the `!` that the value's reading left out as a
 * sentence's is the password's last character. The shell ends the word at its separators too (`mysql -pSummer2024!;`,
 * `… -pSummer2024!&& echo ok`, `…!| jq`, `$(… -pSummer2024!)`). `bangsOnly` takes a run of `!` alone (an assignment or
 * a login pair, written in prose too, where a full stop ends the sentence).
 */
function throughWordEnd(text: string, value: Span, bangsOnly = false): Span {
  const end = bangsOnly
    ? skipWhile(text, value.end, MAX_EXCLAIMED_BANGS, (code) => code === 33)
    : skipWhile(text, value.end, MAX_FLAG_WORD_PUNCTUATION, isSentencePunctuation)
  const code = text.charCodeAt(end)
  return end === value.end || (end < text.length && !isRegexSpace(code) && !isShellSeparator(code))
    ? value
    : { start: value.start, end }
}

/** `; & | )`: where a shell ends a command's word. */
function isShellSeparator(code: number): boolean {
  return code === 59 || code === 38 || code === 124 || code === 41
}
const MAX_EXCLAIMED_BANGS = 3

// A shell's assignment of an environment variable (`PGPASSWORD=…`, `export DB_PASS=…`): its value is the whole word.
const ENVIRONMENT_NAME = /^[A-Z][A-Z0-9_]{1,63}$/

// The quotes and bracket that may close a quoted name before its operator: " ' ` ]
function isClosingQuote(code: number): boolean {
  return code === 34 || code === 39 || code === 96 || code === 93
}

const LONGEST_AUTH_SCHEME = Math.max(...[...AUTH_SCHEMES].map((scheme) => scheme.length))
const SHORTEST_AUTH_SCHEME = Math.min(...[...AUTH_SCHEMES].map((scheme) => scheme.length))

function isAuthScheme(word: string): boolean {
  return word.length <= LONGEST_AUTH_SCHEME && AUTH_SCHEMES.has(word.toLowerCase())
}

/** The length of VALUE_ATTRIBUTE's or NEXT_ARGUMENT's match at `at`, 0 for none: each needs its first letter. */
function attributeLength(text: string, at: number): number {
  const first = text.charCodeAt(at)
  if (first === 44) return text.charCodeAt(at + 1) === 32 ? 2 : 1
  return valueAttributeLength(text, at)
}

function valueAttributeLength(text: string, at: number): number {
  const first = text.charCodeAt(at)
  if (first !== 118 && first !== 86) return 0
  return VALUE_ATTRIBUTE.exec(text.slice(at, at + 8))?.[0].length ?? 0
}

/**
 * `<Password value="…"/>`, `<ApiKey value="…" />`: an element named after the secret opens at the name, and its
 * `value` attribute (the next one, after a blank) carries it.
 */
function opensElement(text: string, identifierStart: number, identifierEnd: number, at: number): boolean {
  return text.charCodeAt(identifierStart - 1) === 60 && at > identifierEnd
}

// `<input value="…" name="password">`, `<add value="…" key="DbPassword" />`: a tag's attributes stand in any order, so
// the `value` attribute may come before the one naming the secret (`name`, `key`, `id`, `type`), in the same opening
// tag. The tag is looked for this far back from the name; the name ends within a streamed reply's reach after the
// value (stream-redact.ts' LONGEST_CONTEXT_AFTER, 100), so a stream decides the value as the whole reply does.
const NAMING_ATTRIBUTE = /(?:^|\s)(?:name|key|id|type) ?= ?$/i
const MAX_TAG_BEFORE_NAME = 160
const MAX_VALUE_TO_NAMING_END = 96
const VALUE_ATTRIBUTES_BEFORE = /\svalue ?= ?(?=["'])/gi

/** The quoted `value` attribute before the naming attribute that holds the identifier [start, end) whole. */
function valueAttributeBefore(
  text: string,
  start: number,
  end: number,
  lenient: boolean,
  judge: JudgeValue,
): Span | undefined {
  const quote = text.charCodeAt(start - 1)
  if ((quote !== 34 && quote !== 39) || text.charCodeAt(end) !== quote) return undefined
  if (!NAMING_ATTRIBUTE.test(text.slice(Math.max(0, start - 8), start - 1))) return undefined
  const from = Math.max(0, start - MAX_TAG_BEFORE_NAME)
  const before = text.slice(from, start - 1)
  const open = before.lastIndexOf('<')
  if (open === -1 || before.includes('>', open) || !isAsciiLetter(before.charCodeAt(open + 1))) return undefined
  const tag = before.slice(open)
  let value: Span | undefined
  for (const field of tag.matchAll(VALUE_ATTRIBUTES_BEFORE)) {
    value = readValue(text, from + open + field.index + field[0].length)
  }
  if (value === undefined || value.end >= start || end + 1 - value.end > MAX_VALUE_TO_NAMING_END) return undefined
  return judge(text, value, lenient) ? value : undefined
}

/** `비밀번호는: X`, `密码是：X`: a notice lists the value with a colon after the particle, a blank between or none. */
function colonAfterParticleLength(text: string, at: number): number {
  const blank = text.charCodeAt(at) === 32 ? 1 : 0
  const colon = text.charCodeAt(at + blank)
  return colon === 58 || colon === 0xff1a ? blank + 1 : 0
}

// A leader between a name and its value, as a form or a report lines them up (`Password ....... X`,
// `Password . . . . . : X`, ipconfig's way, `API key ________ X`), or an arrow drawn with one (`Password --> X`,
// `==>`, `⇒`, `»`): read as the blanks of an alignment, then an operator or none, as after blanks. Three leader
// characters at least (`password...` is an ellipsis before a word, judged as the value it is), and a blank or a
// colon after them (`-----BEGIN` is no leader).
const MAX_LEADER = 80
const GLUED_DOT_LEADER = 6

/** Whether a value starts right at `at`, glued to what stands before it: no blank, colon or end of text there. */
function gluesValue(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  return code > 32 && code !== 58
}

/** Where the text goes on past a leader or a drawn arrow at `at` and the blanks after it; `at` when none is there. */
function pastLeader(text: string, at: number): number {
  const first = text.charCodeAt(at)
  if (first === 0x21d2 || first === 0xbb)
    return text.charCodeAt(at + 1) === 32 ? skipSpaces(text, at + 1, ALIGNMENT_BLANKS) : at
  if (first !== 46 && first !== 95 && first !== 45 && first !== 61) return at
  let end = at
  let count = 0
  while (end - at < MAX_LEADER) {
    if (text.charCodeAt(end) === first) count++
    // `. . . .`: dots spaced one apart.
    else if (!(first === 46 && text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 46)) break
    end++
  }
  // `-->`, `==>`: an arrow, which points at its value glued to it too (`PASSWORD-->X`).
  if ((first === 45 || first === 61) && text.charCodeAt(end) === 62) {
    if (count < 2) return at
    end++
    if (gluesValue(text, end)) return end
  } else if (count < 3 || first === 61) return at
  // Six dots and more, a value glued to them: two ellipses' worth (`Password……X`, which the scan's view reads as
  // dots), no ellipsis before a word.
  if (first === 46 && count >= GLUED_DOT_LEADER && gluesValue(text, end)) {
    return end
  }
  const next = text.charCodeAt(end)
  return next === 32 || next === 9 || next === 58 ? skipSpaces(text, end, ALIGNMENT_BLANKS) : at
}

/** The length of OPERATOR's match at `at`, 0 for none, read from its characters. */
function operatorLength(text: string, at: number): number {
  const second = text.charCodeAt(at + 1)
  switch (text.charCodeAt(at)) {
    case 61: // ===, ==, =>, =
      if (second === 61) return text.charCodeAt(at + 2) === 61 ? 3 : 2
      return second === 62 ? 2 : 1
    case 58: // ::=, :: before a blank, :=, :
      if (second === 58) {
        const third = text.charCodeAt(at + 2)
        if (third === 61) return 3
        if (third === 32 || third === 9 || third === 13 || third === 10) return 2
      }
      return second === 61 ? 2 : 1
    case 63: // ?=, ??=
      if (second === 63) return text.charCodeAt(at + 2) === 61 ? 3 : 0
      return second === 61 ? 2 : 0
    case 46: // .=
    case 43: // +=
      return second === 61 ? 2 : 0
    case 124: // ||=
    case 38: // &&=
    case 47: // Perl's //=
      return second === text.charCodeAt(at) && text.charCodeAt(at + 2) === 61 ? 3 : 0
    case 45: // ->
      return second === 62 ? 2 : 0
    case 60: // R's <- and <<-
      if (second === 45) return 2
      return second === 60 && text.charCodeAt(at + 2) === 45 ? 3 : 0
    case 0xff1a: // ：
    case 0x2192: // →, what editors and chat apps make of `->`
      return 1
    case 0x306f: // は
    case 0x662f: // 是
    case 0x4e3a: // 为
    case 0x70ba: // 為
    case 0xb294: // 는
    case 0xc740: // 은
    case 0xc774: // 이
    case 0xac00: // 가
    case 0x3092: // を
    case 0x304c: // が
    case 0xb97c: // 를
    case 0xc744: // 을
      return 1 + colonAfterParticleLength(text, at + 1)
    case 0x0e04: // คือ, Thai "is", written on to the word before it
      return second === 0x0e37 && text.charCodeAt(at + 2) === 0x0e2d ? 3 : 0
    default:
      return 0
  }
}

// A password's name, a preposition and what the password opens, then the value ending the line with no verb between:
// "password for my email X", `Passwort für den Router X`, `contraseña del router X`, `пароль от почты X`. The
// prepositions that say what a password is for, of and on, in the languages KEYWORD knows.
const QUALIFYING_PREPOSITIONS = new Set(
  [
    'for of on at', // English
    'für vom von zum zur des', // German
    'pour du de des', // French (and Spanish, Portuguese `de`)
    'del para', // Spanish
    'do da dos das no na', // Portuguese (Polish `do`)
    'della dello di per', // Italian
    'van voor op', // Dutch
    'dla od', // Polish
    'от для к до на', // Russian
    'від', // Ukrainian
  ]
    .join(' ')
    .split(' '),
)
const LONGEST_PREPOSITION = Math.max(...[...QUALIFYING_PREPOSITIONS].map((word) => word.length))

function isQualifyingPreposition(text: string, start: number, end: number): boolean {
  return end - start <= LONGEST_PREPOSITION && QUALIFYING_PREPOSITIONS.has(text.slice(start, end).toLowerCase())
}

// The words between the preposition and the value: plain words of any script (`my email`, `den Router`, `почты`), so
// that a bracket, a link or a number (`(Brian White) [#12420](…)`) ends the qualifier.
const QUALIFIER_WORD = /^[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*$/u

// A host's or a file's name (`db01.prod.internal`, `backup2.tar`): what a password is for, not the password.
const DOTTED_NAME = /^[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,12}$/

/**
 * The value after a qualified password's name (QUALIFYING_PREPOSITIONS): with no connector to say where it starts,
 * only a value ending its line, random as a secret by the strict test, letters and digits both, and no host's or
 * file's name or named version, which the qualifier's words end with as often.
 */
function isQualifiedValue(text: string, value: Span | undefined, judge: JudgeValue): value is Span {
  if (value === undefined || !isAtLineEnd(text, pastSentenceEnd(text, value.end)) || !judge(text, value, false)) {
    return false
  }
  const written = text.slice(value.start, value.end)
  return (
    hasLettersAndDigits(written) &&
    !DOTTED_NAME.test(written) &&
    !NAMED_VERSION.test(written) &&
    !TICKET_KEY.test(written) &&
    !NAMING_NOUNS.has(wordBefore(text, value.start))
  )
}

// A tracker's key or a staff number (`JIRA-4312`, `EMP-20931`): what the password is for, never the password.
const TICKET_KEY = /^[A-Z][A-Z0-9]{1,9}-\d{1,8}$/
// Nouns whose next word is their name or number (`for user admin123`, `for ticket 4312`, `for the wifi network
// HomeNet5G`, `for employee E20931`): the value they introduce names what the password opens.
const NAMING_NOUNS = new Set(
  [
    'user username login account employee staff member customer client patient student ticket issue case order',
    'invoice project repo repository network ssid host hostname machine device instance node vm container',
    'tenant team group org organization id benutzer konto nutzer utilisateur compte usuario cuenta',
  ]
    .join(' ')
    .split(' '),
)
const LONGEST_NAMING_NOUN = Math.max(...[...NAMING_NOUNS].map((word) => word.length))

/** The word of letters right before the blanks before `at`, lower-cased ('' when none, or longer than a noun). */
function wordBefore(text: string, at: number): string {
  let end = at
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--
  let start = end
  while (start > 0 && end - start <= LONGEST_NAMING_NOUN && /\p{L}/u.test(text.charAt(start - 1))) start--
  return end - start > LONGEST_NAMING_NOUN ? '' : text.slice(start, end).toLowerCase()
}

/** Past up to three of `.` `!` `?` ending a sentence at `at` (which the value read leaves out). */
function pastSentenceEnd(text: string, at: number): number {
  let end = at
  while (end - at < 3 && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end++
  return end
}

// The longest word of NON_SECRET_SEGMENTS and SECRET_PROPERTY_WORDS a prose label is read for.
const LONGEST_PROPERTY_WORD = 12

/**
 * Whether the word [start, end) right after a secret's name is a label's last word naming something of the secret,
 * with the label's colon (`recovery key ID: 4A3B2C1D`, BitLocker's; `password hint: …`, `token name: …`, `Secret
 * version: …`, `Token scope: …`): the value after it is that, not the secret, as `recovery_key_id` and `token_scope`
 * name none.
 */
function namesAProperty(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end - 1) !== 58 || end - start > LONGEST_PROPERTY_WORD + 1) return false
  const word = text.slice(start, end - 1).toLowerCase()
  return NON_SECRET_SEGMENTS.has(word) || SECRET_PROPERTY_WORDS.has(word)
}

// A tracker's record a label names after a secret's word (`Password reset request: RITM0012345`, `token refresh bug:
// PLAT-2231`, `API key leak incident: INC0012345`): the value is the record's number, filed about the secret, when it
// is written as trackers number records (a project's or a table's capitals, a hyphen or none, then digits; or `#` and
// digits). Any other value after such a label is judged as ever (`password request: Xk9mQ2vLp7aB`).
const RECORD_WORDS = new Set(['ticket', 'request', 'incident', 'bug', 'issue', 'case', 'story', 'task'])
const LONGEST_RECORD_WORD = 8
const RECORD_NUMBER = /[ \t]{1,4}(?:[A-Z]{1,10}-?\d{2,12}|#\d{2,12})(?=[.,;)]?(?:[ \t\r\n]|$))/y

/**
 * Whether the word [start, end) is a label's last word, with its colon, naming a tracker's record (RECORD_WORDS), and
 * a record's number follows it (RECORD_NUMBER).
 */
function namesARecord(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end - 1) !== 58 || end - start > LONGEST_RECORD_WORD + 1) return false
  if (!RECORD_WORDS.has(text.slice(start, end - 1).toLowerCase())) return false
  RECORD_NUMBER.lastIndex = end
  return RECORD_NUMBER.test(text)
}

// The prose reading of `assignedValue`: the words of the 160 characters from `from`, split on single spaces.
const PROSE_WINDOW = 160
const PROSE_WORDS = 6
const LONGEST_CONNECTOR = Math.max(...[...CONNECTORS].map((connector) => connector.length))

/**
 * Whether a closing bracket stands at `at`, right after the quote closing a quoted name (`getItem("token"),x:1`,
 * `get("password")]`): the name was a call's argument, and what follows is the code after the call, not its value.
 */
function closesCallAfterName(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  const before = text.charCodeAt(at - 1)
  return (code === 41 || code === 93 || code === 125) && (before === 34 || before === 39 || before === 96)
}

// A field's name and its `=` (logfmt's `version=7`, a form's or a command's `key=value`).
const FIELD_NAME = /[A-Za-z_][\w.-]{0,40}=/y
// How far back a name is looked for in a field's value (`secret_path=kv/app-token`).
const FIELD_VALUE_REACH = 64

/**
 * Whether the name at `start` stands in a field's quoted value, the quote opened after the field's `=` on its line
 * (logfmt's `msg="invalid api key" key_prefix=…`).
 */
function isInQuotedField(text: string, start: number, floor: number): boolean {
  let i = start - 1
  while (i > floor && text.charCodeAt(i) !== 34 && text.charCodeAt(i) !== 10) i--
  return text.charCodeAt(i) === 34 && text.charCodeAt(i - 1) === 61
}

/**
 * Whether `value`, after the name at `start` with a blank between, is the next field of a line of fields the name is
 * itself in a value of (`secret_name=db-creds version=7`, `secret_path=kv/app-token lease=3600s`): that field is no value of the name's, unless what it holds
 * is a secret by itself (`secret=app-token key=Xk9mQ2vL7pZq4Tq`, which a lone `key` would not vouch for).
 */
function isNextField(text: string, start: number, value: Span): boolean {
  const floor = Math.max(0, start - FIELD_VALUE_REACH)
  let i = start - 1
  while (i > floor && text.charCodeAt(i) !== 61 && text.charCodeAt(i) > 32) i--
  if (text.charCodeAt(i) !== 61 && !isInQuotedField(text, start, floor)) return false
  FIELD_NAME.lastIndex = value.start
  return FIELD_NAME.test(text) && !isSecretAt(text, { start: FIELD_NAME.lastIndex, end: value.end })
}

/**
 * Whether the name at `start` is passed on by name, not given a value: a variable's expansion assigned to a name
 * (`SECRET=$SECRET`) or a container's environment variable taken from the caller's (`--env DB_PASS`,
 * `docker run -e POSTGRES_PASSWORD postgres:16`). The word after it is the command's next argument (an image).
 */
function isPassedByName(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1)
  // An expansion assigned to a name (`-e SECRET=$SECRET`): `echo $PASSWORD X` still reads X. (`${SECRET}` closes
  // on its brace, with no blank before a value, so it never comes here.)
  if (before === 36) return text.charCodeAt(start - 2) === 61
  if (before !== 32 && before !== 61) return false
  return (
    (before === 32 && text.startsWith(' -e', start - 4) && text.charCodeAt(start - 4) === 32) ||
    text.startsWith('--env', start - 6)
  )
}

// A label in a sentence after a secret's name that names another thing of it (`Generated API key "ci-runner-2" (id:
// 4f1a-88c2, scopes: …)`, `token name: deploy-bot2`): the value after it is that thing's, not the secret.
const OTHER_THINGS_LABEL =
  /^[([]?(?:id|ids|identifier|name|names|type|alias|prefix|fingerprint|hash|digest|checksum|url|uri|path|file|label|length|ttl|expiry|expires|scopes?|count):$/i

// What such a thing's value is written with (`4f1a-88c2`, `ak_9f1x2`, `read:packages`, `"ci-runner-2"`): a password's
// symbol in it (`fingerprint: Qz7#pL2!xW9`, `(id: x): INC0012345!`) makes it a secret's again (review 32).
const THING_VALUE = /["'`]?[\w.:/-]{1,128}["'`]?(?=[\s,;)\]}]|$)/y

/**
 * Whether the word [start, end) of `text`, with its colon, is a label of another thing (OTHER_THINGS_LABEL) and the
 * value from `from` is written as such a thing's (THING_VALUE).
 */
function isOtherThingsLabel(text: string, start: number, end: number, from: number): boolean {
  if (end - start > 13 || !OTHER_THINGS_LABEL.test(text.slice(start, end))) return false
  THING_VALUE.lastIndex = from
  const written = THING_VALUE.exec(text)?.[0]
  return written !== undefined && !isPasswordAsThing(written.replace(QUOTES, ''))
}

const QUOTES = /["'`]/g
const MIXED_CASE_AND_DIGITS = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)/

/**
 * Whether a thing's value is a password written as one (review 32): a policy's (`type: Spring2025`) or random in mixed
 * case with digits (`id: Xk9mQ2vLp7aB`), which ids and digests written in one case (`4f1a-88c2`) are not; a value with
 * a scheme's colon (`SHA256:nThbg6kX…`) is a fingerprint's.
 */
function isPasswordAsThing(value: string): boolean {
  if (value.includes(':')) return false
  return isPasswordBaseWithDigits(value) || (MIXED_CASE_AND_DIGITS.test(value) && isRandomCredential(value, 1))
}

/**
 * Whether the name is `pass` alone, which prose uses as a verb as often as a noun: "pass it as an option to
 * `fast-json-stringify`", "pass the flag to npm-check-updates". Its `to` is the verb's, not a value's connector
 * ("the wifi pass is …" keeps its `is`).
 */
function isVerbPass(identifier: string): boolean {
  return identifier.length === 4 && identifier.toLowerCase() === 'pass'
}

function proseValueFast(text: string, from: number, lenient: boolean, verb: boolean): Span | undefined {
  const windowEnd = Math.min(text.length, from + PROSE_WINDOW)
  let wordStart = from
  let qualified = false
  for (let index = 0; index < PROSE_WORDS; index++) {
    let wordEnd = wordStart
    let code = text.charCodeAt(wordEnd)
    while (wordEnd < windowEnd && code !== 32 && code !== 10) code = text.charCodeAt(++wordEnd)
    const lineEnd = wordEnd < windowEnd && code === 10
    // The clause on this line: a line's `\r\n` ends it before its `\r`.
    if (lineEnd && wordEnd > wordStart && text.charCodeAt(wordEnd - 1) === 13) wordEnd--
    if (wordEnd === wordStart) return undefined
    if (index === 0 && namesAProperty(text, wordStart, wordEnd)) return undefined
    if (namesARecord(text, wordStart, wordEnd)) return undefined
    if (index === 0) qualified = isQualifyingPreposition(text, wordStart, wordEnd)
    else if (qualified) {
      if (index >= 2 && (lineEnd || wordEnd === text.length)) {
        const value = valueAtFast(text, wordStart)
        if (isQualifiedValue(text, value, isSecretAtFast)) return value
      }
      qualified = QUALIFIER_WORD.test(text.slice(wordStart, wordEnd))
    }
    const last = text.charCodeAt(wordEnd - 1)
    // A clause ends at sentence punctuation or a comma.
    if (last === 46 || last === 44 || last === 33 || last === 63 || last === 59) return undefined
    if (verb && wordEnd - wordStart === 2 && text.slice(wordStart, wordEnd).toLowerCase() === 'to') return undefined
    if (lineEnd) {
      // And with its line: a connector or a label ending it leaves its value to the next line.
      if (last !== 58 && !isProseConnector(text, wordStart, wordEnd, lenient)) return undefined
      const below = nextValueLine(text, wordEnd)
      return below !== -1 && below - from <= PROSE_WINDOW ? valueBelowFast(text, below, lenient, false) : undefined
    }
    if (
      (last === 58 && !isOtherThingsLabel(text, wordStart, wordEnd, wordEnd + 1)) ||
      isProseConnector(text, wordStart, wordEnd, lenient)
    ) {
      const value = valueAtFast(text, wordEnd + 1)
      if (isSecretAtFast(text, value, lenient)) return value
    }
    // The window ended inside this word: there is no next one.
    if (wordEnd === windowEnd) return undefined
    wordStart = wordEnd + 1
  }
  return undefined
}

/** `valueBelow` on the fast path. */
function valueBelowFast(text: string, from: number, lenient: boolean, wholeLine: boolean): Span | undefined {
  const value = valueAtFast(text, from)
  if (!isSecretAtFast(text, value, lenient) || NAMED_VERSION.test(text.slice(value.start, value.end))) return undefined
  if (isSettingBelow(text, value, lenient, isSecretAtFast)) return undefined
  return !wholeLine || endsLineBelow(text, value, isSecretAtFast) ? value : undefined
}

// `be` after a modal connects a password's name to its value (`the password would be …`); after another name it
// describes it as often (`whose type will be 'private'`).
const isBe = (word: string) => word.length === 2 && word.toLowerCase() === 'be'

/** isConnector, or `be` after a password's name (`lenient`). */
function isProseConnector(text: string, start: number, end: number, lenient: boolean): boolean {
  return isConnector(text, start, end) || (lenient && end - start === 2 && isBe(text.slice(start, end)))
}

function isConnector(text: string, start: number, end: number): boolean {
  const length = end - start
  if (length > LONGEST_CONNECTOR) return false
  // A word starting with an ASCII character is a connector only if some connector starts with it lower-cased and has
  // its length (lower-casing never shortens a word, and lengthens one only with İ, which no connector holds).
  const first = text.charCodeAt(start)
  if (first < 128 && !CONNECTOR_SHAPES.has(asciiLower(first) * 8 + length)) return false
  return CONNECTORS.has(text.slice(start, end).toLowerCase())
}

function asciiLower(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code
}

// First character code × 8 + length, of each connector starting with an ASCII character.
const CONNECTOR_SHAPES = new Set(
  [...CONNECTORS]
    .filter((connector) => connector.charCodeAt(0) < 128)
    .map((connector) => connector.charCodeAt(0) * 8 + connector.length),
)

// Words meaning both "key" and "password" (`clave del wifi`, `chiave wifi`, `ключ от wifi`, `clé wifi`,
// `WLAN-Schlüssel`): read as password words, whose plain values people share. `ключ` only as a whole word:
// `ключевое слово` is "keyword".
const KEY_OR_PASSWORD = /^(?:clave|chiave|chave|cl[ée]f?|schl[üu]ssel|sleutel|ключ)$/i

/** Whether the keyword at [start, end) names a password, so a short or plain value is let through. */
function keywordLeniency(text: string, start: number, end: number, identifier: string): boolean {
  if (isPasswordWord(identifier)) return true
  return end - start <= 9 && KEY_OR_PASSWORD.test(identifier) && !isWordCode(text.charCodeAt(end))
}

// Letters and digits of any script.
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u

function isWordCode(code: number): boolean {
  return !Number.isNaN(code) && WORD_CHARACTER.test(String.fromCharCode(code))
}

// A key word naming a public key or which key it is, as `public key` and `key id` do in English: the word after it in
// French, Spanish, Italian, Portuguese and Polish (`clé publique`, `clave pública`, `chiave pubblica`, `Schlüssel-ID`,
// `sleutel-id`, `Schlüssel-Fingerabdruck`), before it in German, Dutch and Russian (`öffentlicher Schlüssel`,
// `openbare sleutel`, `открытый ключ`, `ID de la clé`).
const NOT_A_SECRET_KEY_AFTER =
  /^[ \t-]{1,2}(?:publi(?:que|c|ca|co)|p[úu]blic[ao]|pubblic[ao]|publiczny|id|kennung|fingerabdruck|empreinte|huella|impronta)(?![\p{L}\p{N}])/iu
const NOT_A_SECRET_KEY_BEFORE =
  /(?:^|[^\p{L}\p{N}])(?:öffentliche[rsn]?|public|openbare|publieke|открытый|публичный|(?:id|identifiant|empreinte|huella)[ \t]d[eu][ \t](?:la[ \t])?)[ \t-]{0,2}$/iu
// "Word" before a key word makes "keyword" (`palabra clave`, `parola chiave`, `palavra-chave`, `mot-clé`): a list
// of search terms, no secret.
const WORD_BEFORE_KEY = /(?:^|[^\p{L}\p{M}])(?:palabras?|parol[ae]|palavras?|mots?)[ -]$/iu
// Italian `parola` is "word" (`la parola del giorno`, `nuova parola`); Turkish and Romanian `parola` is the password.
// With a suffix (Turkish `parolası`, `parolanız`) it is the password; bare, only as a field's name: no word right
// before it, an operator (or Romanian `este`) after it, past a closing quote.
const PAROLA_AS_NAME = /^["'`\]]?[ \t]{0,4}(?:[:=：]|este )/u
const WORD_BEFORE = /[\p{L}\p{N}][ \t]{1,4}$/u

// Greek `κωδικός` (read as a name only before its operator): a word before it makes it a code of some kind
// (`Ταχυδρομικός κωδικός: 10558`, a postcode).
const GREEK_CODE_LENGTH = 'κωδικός'.length
const GREEK_K = 0x3ba

/** Whether the (non-ASCII) keyword at [start, end) is no secret's name here: "keyword", Italian "word", a code. */
function isNotASecretsName(text: string, start: number, end: number): boolean {
  if (end - start === GREEK_CODE_LENGTH && (text.charCodeAt(start) | 32) === GREEK_K) {
    return WORD_BEFORE.test(text.slice(Math.max(0, start - 5), start))
  }
  const first = text.charCodeAt(start) | 32
  if (first === 112 && end - start === 6 && (text.charCodeAt(end - 1) | 32) === 97) {
    // parola (not parolă, parool)
    if (isWordCode(text.charCodeAt(end))) return false
    return (
      WORD_BEFORE.test(text.slice(Math.max(0, start - 5), start)) || !PAROLA_AS_NAME.test(text.slice(end, end + 16))
    )
  }
  // The key words start with c, s or к (clave, chiave, chave, clé, schlüssel, sleutel, ключ).
  if ((first !== 99 && first !== 115 && first !== 0x43a) || !KEY_OR_PASSWORD.test(text.slice(start, end))) return false
  if (
    NOT_A_SECRET_KEY_AFTER.test(text.slice(end, end + 16)) ||
    NOT_A_SECRET_KEY_BEFORE.test(text.slice(Math.max(0, start - 24), start))
  ) {
    return true
  }
  // A separator before.
  const before = text.charCodeAt(start - 1)
  return (before === 32 || before === 45) && WORD_BEFORE_KEY.test(text.slice(Math.max(0, start - 10), start))
}

// Identifier → whether only a password word is in it, so a short or plain value is let through (`NOT_A_PASSWORD_WORD`).
const passwordWords = new Map<string, boolean>()

/** Whether the identifier names a password (a short or plain value may be one), not a key or token. */
export function isPasswordWord(identifier: string): boolean {
  let lenient = passwordWords.get(identifier)
  if (lenient === undefined) {
    lenient = !NOT_A_PASSWORD_WORD.test(identifier)
    if (passwordWords.size >= 512) passwordWords.clear()
    passwordWords.set(detached(identifier), lenient)
  }
  return lenient
}

// Shorter values fail `isPasswordLike` (five characters or more) and `isSecretLike` (eight or more) before any work.
const SHORTEST_PASSWORD = PASSWORD_MIN_LENGTH
const SHORTEST_SECRET = SECRET_MIN_LENGTH

// The last value judged, and how: a name's value that is no secret is judged twice in a row, by flagWordValue (whether
// a `!` ending it is its own) and by its reader after, and a long one costs two reads of up to MAX_VALUE characters
// (`password=password=…`, a keyword every nine characters, each with a value of 200: a fifth of its scan).
const lastJudged = { text: '', start: -1, end: -1, lenient: false, secret: false }
forgetWhenScanEnds(() => {
  lastJudged.text = ''
  lastJudged.start = -1
})

function isSecretAtFast(text: string, span: Span | undefined, lenient: boolean): span is Span {
  if (span === undefined) return false
  const { start, end } = span
  if (start === lastJudged.start && end === lastJudged.end && lenient === lastJudged.lenient) {
    if (sameText(lastJudged, text)) return lastJudged.secret
  }
  const secret = judgeSecretAt(text, span, lenient)
  lastJudged.text = text
  lastJudged.start = start
  lastJudged.end = end
  lastJudged.lenient = lenient
  lastJudged.secret = secret
  return secret
}

function judgeSecretAt(text: string, span: Span, lenient: boolean): boolean {
  const length = span.end - span.start
  if (length < (lenient ? SHORTEST_PASSWORD : SHORTEST_SECRET)) return false
  // A word of prose ("required", "incorrect"): neither test lets ASCII letters alone through below 16 characters
  // unless they are a common password.
  if (length < SHORTEST_LETTERS_SECRET && isAsciiLetters(text, span.start, span.end)) {
    if (!lenient) return false
    const value = text.slice(span.start, span.end)
    return isCommonPassword(value) || isLettersPassword(text, span, value)
  }
  const value = literalText(text, valueJudged(span))
  if (isPlainPhrase(value) || isProseMessage(value)) return false
  if (lenient && (isDigitsPassword(text, span, value) || isLettersPassword(text, span, value))) return true
  return (
    (lenient ? isPasswordLikeFast(value) : isSecretLike(value)) &&
    !isNotAWrittenValue(value) &&
    !isRecordNumberAt(text, span, value) &&
    !isAttributeName(text, span, value)
  )
}

// `isSecretLike` takes letters alone only from 16 characters on (and mixed case); `isPasswordLike` adds the common
// passwords (and passphrases, which hold dashes).
const SHORTEST_LETTERS_SECRET = LETTERS_SECRET_MIN_LENGTH

function isAsciiLetters(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (!isAsciiLetter(text.charCodeAt(i))) return false
  }
  return true
}

function valueAtFast(text: string, from: number): Span | undefined {
  if (text.charCodeAt(from) === 92) return escapedQuotedValue(text, from) ?? readValueFast(text, from)
  if (isValueBracket(text.charCodeAt(from)))
    return bracketedValue(text, from, readValueFast) ?? readValueFast(text, from)
  const value = readValueFast(text, from)
  if (value === undefined) return undefined
  const quotedBracketed = quotedBracketedValue(text, from, value)
  if (quotedBracketed !== undefined) return quotedBracketed
  const member = memberExpression(text, value)
  if (member !== undefined) return member
  const node = taggedNode(text, value, readValueFast)
  if (node !== null) return node
  if (isPassphraseSource(text, value)) return { start: value.start + PASS_SOURCE.length, end: value.end }
  if (isAuthSchemeAt(text, value.start, value.end)) return readValueFast(text, skipSpaces(text, value.end, 4))
  return expansionLiteral(text, value)
}

/**
 * Whether [start, end) is an auth scheme, told first by its length (5 or 6) and first letter (b, t, d or a; no other
 * character lower-cases to one of these), so that a word of prose is not copied and lower-cased to be looked up.
 */
function isAuthSchemeAt(text: string, start: number, end: number): boolean {
  const length = end - start
  if (length < SHORTEST_AUTH_SCHEME || length > LONGEST_AUTH_SCHEME) return false
  const first = asciiLower(text.charCodeAt(start))
  if (first !== 98 && first !== 116 && first !== 100 && first !== 97) return false
  return AUTH_SCHEMES.has(text.slice(start, end).toLowerCase())
}

function readValueFast(text: string, from: number): Span | undefined {
  const literal = stringLiteralValue(text, from, quotedValue)
  if (literal !== undefined) return literal
  const quote = text.charCodeAt(from)
  if (quote === 34 || quote === 39) return quotedValue(text, from + 1, quote)
  if (quote === 96) return backtickValue(text, from)
  const spaced = spacedQuoteValue(text, from)
  if (spaced !== undefined) return spaced
  // 「 and 『: CJK_QUOTES' openings.
  if (quote === 0x300c || quote === 0x300e) return quotedValue(text, from + 1, quote + 1)
  let i = isInLongRun(text, from) ? longRun.end : from
  while (i < text.length && !endsValueAt(text, i)) {
    if (i - from >= MAX_VALUE) {
      i = longValueEnd(text, i)
      // The run holds its first MAX_VALUE characters too: the keywords among them jump to its end as well.
      if (longRun.start > from) longRun = { text, start: from, end: i }
      break
    }
    i++
  }
  const opened = openedBefore(text, from, i)
  const floor = tailStart(from, opened)
  let end = opened
  let balance: number[] | undefined
  for (
    let code = text.charCodeAt(end - 1);
    end > floor && isTrailingPunctuation(code);
    code = text.charCodeAt(--end - 1)
  ) {
    const bracket = code === 41 ? 0 : code === 93 ? 1 : code === 125 ? 2 : -1
    if (bracket >= 0) {
      balance ??= bracketBalance(text, floor, opened)
      if ((balance[bracket] as number) >= 0) break
      balance[bracket] = (balance[bracket] as number) + 1
    }
  }
  return { start: from, end }
}

/**
 * A quoted value on one line. In double and single quotes (JSON, YAML, shell double quotes, JavaScript, Python, PHP)
 * a backslash escapes the next character: `"ab\\"cd"` is one value holding a quote, not `ab\\` followed by `cd"`.
 * In single quotes a doubled quote is one quote too (YAML, SQL): `'ab''cd'`.
 */
function quotedValue(text: string, start: number, quote: number): Span | undefined {
  let i = start
  // Past MAX_VALUE only a value without blanks is read on (a long token or key, judged as one), so that every spaced
  // finding stays within stream-redact.ts' LONGEST_SPACED_FINDING; and only in ASCII quotes, whose next opening (a
  // value's quote never follows a backslash) closes the one before it: each character is read for one value.
  let spaced = quote > 96
  for (let code = text.charCodeAt(i); i < text.length; code = text.charCodeAt(++i)) {
    if (code <= 32) spaced = true
    if (code === 10 || (spaced && i - start > MAX_VALUE)) break
    if (code === quote) {
      if (quote !== 39 || i === start || text.charCodeAt(i + 1) !== 39) break
      i++
    } else if (code === 92 && quote !== 96 && text.charCodeAt(i + 1) !== 10) i++
  }
  if (text.charCodeAt(i) === quote) return { start, end: i }
  // No closing quote on the line read so: the backslash was the value's last character (shell single quotes,
  // `'C:\\dir\\'`), and the next quote closes it.
  return quote === 96 ? undefined : plainQuotedValue(text, start, quote)
}

// The typographic quotes of the European languages, with the closing marks each is met with: `« … »` (French, with a
// space, a no-break space or a narrow no-break space inside), `» … «` (German, Danish), `‹ … ›`, `„ … “`, `‚ … ‘`,
// `“ … ”`, `‘ … ’`. Without a space inside they are part of the unquoted value (`«Xk9#mq2!vL»`), which the value's judges read
// around (secret-value.ts' AROUND_WORDS); with one, the reader that stops at a space would read the lone mark.
const SPACED_QUOTES: Record<string, string> = {
  '«': '»',
  '»': '«»',
  '‹': '›',
  '›': '‹',
  '„': '“”',
  '‚': '‘’',
  '“': '”“',
  '‘': '’‘',
  // Swedish and Finnish open with the closing mark (`”…”`, `»…»`).
  '”': '”',
}
const MAX_QUOTE_SPACES = 4

// A space, a tab, a no-break space (U+00A0), a thin and a narrow no-break space (U+2009, U+202F).
function isQuoteSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x2009 || code === 0x202f
}

/**
 * The value inside typographic quotes opened at `from` (SPACED_QUOTES), on one line: with a space after the opening
 * mark, or set tight around a value holding a space.
 */
function spacedQuoteValue(text: string, from: number): Span | undefined {
  const closing = SPACED_QUOTES[text.charAt(from)]
  if (closing === undefined) return undefined
  const spaced = isQuoteSpace(text.charCodeAt(from + 1))
  let start = from + 1
  while (start - from <= MAX_QUOTE_SPACES && isQuoteSpace(text.charCodeAt(start))) start++
  let end = start
  let holdsSpace = false
  while (end - start <= MAX_VALUE && end < text.length && !closing.includes(text.charAt(end))) {
    if (text.charCodeAt(end) === 10) return undefined
    holdsSpace ||= isQuoteSpace(text.charCodeAt(end))
    end++
  }
  if (end === text.length || !closing.includes(text.charAt(end))) return undefined
  // Set tight (German and English `„Vq4mZt8w Lp2k“`), the marks quote a value only when it holds a space: a word
  // alone is read unquoted, marks and all (`«Xk9#mq2!vL»`), which the value's judges read around (review 28).
  if (!spaced && !holdsSpace) return undefined
  while (end > start && isQuoteSpace(text.charCodeAt(end - 1))) end--
  return { start, end }
}

/** The marks that close a value opened by `open`, one of SPACED_QUOTES' or CJK_QUOTES' opening marks. */
function closingMarks(open: string): string | undefined {
  return SPACED_QUOTES[open] ?? CJK_QUOTES[open]
}

/**
 * Past the typographic mark closing `value` when one of SPACED_QUOTES' or CJK_QUOTES' marks opens it (`« … »`'s
 * blanks inside passed over); -1 otherwise. A value after such a mark is one their readers read, and they read it
 * only up to its closing mark.
 */
function pastClosingMark(text: string, value: Span): number {
  let open = value.start - 1
  while (value.start - open <= MAX_QUOTE_SPACES && isQuoteSpace(text.charCodeAt(open))) open--
  if (closingMarks(text.charAt(open)) === undefined) return -1
  let close = value.end
  while (close - value.end <= MAX_VALUE && isQuoteSpace(text.charCodeAt(close))) close++
  return close + 1
}

/** A value read with its marks, set tight around a word (`“Xk9#mq2!vL”`: spacedQuoteValue). */
function isTightlyQuoted(text: string, value: Span): boolean {
  const closing = closingMarks(text.charAt(value.start))
  return closing !== undefined && value.end - value.start > 2 && closing.includes(text.charAt(value.end - 1))
}

/**
 * The value in backticks at `from`: a template literal's or Markdown code's content, or, when it reads as a shell's
 * command substitution, the command with its backticks, which the value's judges read as a reference.
 */
function backtickValue(text: string, from: number): Span | undefined {
  const value = quotedValue(text, from + 1, 96)
  if (value === undefined || !isCommandSubstitution(text.slice(from, value.end + 1))) return value
  return { start: from, end: value.end + 1 }
}

function plainQuotedValue(text: string, start: number, quote: number): Span | undefined {
  let i = start
  for (let code = text.charCodeAt(i); i < text.length && i - start <= MAX_VALUE; code = text.charCodeAt(++i)) {
    if (code === quote || code === 10) break
  }
  return text.charCodeAt(i) === quote ? { start, end: i } : undefined
}

// .,;:!?)]}
function isTrailingPunctuation(code: number): boolean {
  return (
    code === 46 ||
    code === 44 ||
    code === 59 ||
    code === 58 ||
    code === 33 ||
    code === 63 ||
    code === 41 ||
    code === 93 ||
    code === 125
  )
}

// Clients that take a password as a short flag: `mysql -pS3cr3t`, `redis-cli -a S3cr3t`, `sshpass -p S3cr3t`.
const PASSWORD_FLAG_COMMAND = /(?<![\w-])(?:mysql(?:dump|admin)?|mariadb|redis-cli|sshpass)(?= )/g
const PASSWORD_FLAG_COMMANDS = ['mysql', 'mariadb', 'redis-cli', 'sshpass']
const MAX_COMMAND_LINE = 200

// A line continued by a shell's `\\` or PowerShell's backtick, with its line break (`mysql -u root \\` then `  -p…`).
const CONTINUATION = /[\\`]\r?\n/g

/**
 * A command's window with its continued line breaks and its tabs written as blanks, of the same length: its flags
 * are found on its line at the offsets they have in the text.
 */
function commandLineWindow(window: string): string {
  return window.replace(CONTINUATION, (continuation) => ' '.repeat(continuation.length)).replaceAll('\t', ' ')
}

/** The flag's value: attached for mysql (`-p` alone prompts), the next word for redis-cli and sshpass. */
function passwordFlagValues(text: string): Span[] {
  const spans: Span[] = []
  // The patterns below start on a literal the engine cannot skip to past their lookbehind; a search for the literal
  // itself is many times faster and rules out most texts.
  if (!PASSWORD_FLAG_COMMANDS.some((command) => text.includes(command))) return spans
  PASSWORD_FLAG_COMMAND.lastIndex = 0
  for (let match = PASSWORD_FLAG_COMMAND.exec(text); match !== null; match = PASSWORD_FLAG_COMMAND.exec(text)) {
    const attached = match[0].startsWith('m')
    const flag = match[0] === 'redis-cli' ? ' -a' : ' -p'
    // The flag is looked for on the command's line, in a window of bounded size: a search for the line's end that
    // ran on to the end of the text would read it again for every command on one long line.
    const window = commandLineWindow(text.slice(match.index, match.index + MAX_COMMAND_LINE))
    const newline = window.indexOf('\n')
    const found = (newline === -1 ? window : window.slice(0, newline)).indexOf(flag)
    if (found === -1) continue
    const at = match.index + found
    const from = at + flag.length
    if (attached === (text[from] === ' ')) continue
    // The flag names the password as a label does: judged as a password, with the rest of its word.
    const value = readValue(text, attached ? from : from + 1)
    if (isSecretAt(text, value, true)) spans.push(throughWordEnd(text, value))
  }
  return spans
}

const PASSWORD_FLAG_SEEN = 1
const USER_FLAG_SEEN = 2

/**
 * In one pass over the hyphens: whether the text holds ` -p` or ` -a`, the flags `passwordFlagValues` reads after its
 * commands (hyphens are rarer than the commands' first letters, so this rules out most texts sooner than a search for
 * each command), and whether it holds `-u` or `-U`, which USER_FLAG needs.
 */
function hyphenFlags(text: string): number {
  let seen = 0
  for (let at = text.indexOf('-'); at !== -1 && seen !== 3; at = text.indexOf('-', at + 1)) {
    const next = text.charCodeAt(at + 1)
    if (next === 117 || next === 85) seen |= USER_FLAG_SEEN
    else if ((next === 112 || next === 97) && isBlank(text.charCodeAt(at - 1))) seen |= PASSWORD_FLAG_SEEN
  }
  return seen
}

// `curl -u deploy:S3cr3t` (and its proxy's, `--proxy-user`, `-U`; the short flags also with the login written on to
// them, `curl -uadmin:S3cr3t`, as getopt reads it), `requests.get(url, auth=('admin', 'S3cr3t'))`, Elasticsearch's and
// OpenSearch's `basic_auth=('elastic', 'S3cr3t')` and `http_auth=(…)`, "login: admin / P@ssw0rd99".
const USER_FLAG = /(?<![\w-])(?:-[uU][ =]?|--(?:proxy-)?user[ =])["']?[^\s:'"$]{1,64}:/g
const AUTH_TUPLE = /(?:\b(?:basic_|http_)?auth ?= ?\(|BasicAuth\() ?["'][^"'\n]{1,64}["'] ?, ?(?=["'])/g
const LOGIN_PAIR = /(?<![^\s"'(,])[A-Za-z][\w.@-]{0,40} ?\/ ?(?=[^\s/])/g
// A Wi-Fi network's name and key are written as a pair too (`Wi-Fi: Home / …`, `SSID / key`).
const LOGIN_WORD =
  /login|log in|logon|creds|sign in|signin|credential|user|account|identifiant|anmeld|zugang|acceso|usuario|utente|accesso|conta|inloggen|gebruiker|[Ww]i-?[Ff]i|WIFI|wlan|WLAN|ssid|SSID/

function valuesAfter(pattern: RegExp, text: string, accept: (value: string) => boolean, longest = Infinity): Span[] {
  const spans: Span[] = []
  // The values are kept aside: the search goes on from the end of each match, not of its value.
  matchSpansIn(pattern, text, WHOLE_TEXT, (match) => {
    const value = readValue(text, match.index + match[0].length)
    if (value !== undefined && value.end - value.start <= longest && accept(text.slice(value.start, value.end))) {
      spans.push(value)
    }
    return false
  })
  return spans
}

function credentialPairValues(text: string): Span[] {
  return [
    // `--user` holds `-u`; `BasicAuth(` is the one tuple opener without a lower-case `auth`.
    ...(text.includes('-u') || text.includes('-U') ? userFlagValues(text) : []),
    ...(text.includes('auth') || text.includes('BasicAuth(') ? valuesAfter(AUTH_TUPLE, text, isPasswordLike) : []),
    // A user / password pair needs a login word just before it and a password of three character classes. The pair
    // pattern is tried at every letter, so text without a slash skips it.
    ...(text.includes('/') ? loginPairValues(text) : []),
  ]
}

// A login's password is no longer than this: a longer word after `-u…:` is a run of something else (`-ua:-ua:…`, the
// flag written on to its login repeated), judged unread, so each match of a long run costs no walk of it.
const LONGEST_USER_FLAG_PASSWORD = 256

/** `curl -u deploy:…`'s passwords, each with the rest of its word (throughWordEnd). */
function userFlagValues(text: string): Span[] {
  return valuesAfter(USER_FLAG, text, isPasswordLike, LONGEST_USER_FLAG_PASSWORD).map((value) =>
    throughWordEnd(text, value),
  )
}

function isLoginPassword(value: string): boolean {
  return !value.includes('/') && characterClasses(value).count >= 3 && isPasswordLike(value)
}

// How far before a pair's password its login word is looked for.
const LOGIN_WORD_REACH = 80
// The pair alone at the start of its line (a list's bullet before it): `admin / Adm1n!2024` under a label.
const PAIR_OPENING_LINE = /^[ \t]{0,8}(?:[-*•][ \t]{1,4})?[^\s/]{1,41} ?\/ ?$/
// A label line above a pair, named by a login word that ends it or by a colon that does (`Login:`, `WiFi credentials`).
const LOGIN_LABEL_END = new RegExp(`(?:(?:${LOGIN_WORD.source})[a-z]{0,3}|[:：])[ \\t]*$`)

/**
 * Whether a login word stands before the pair on its line, or on the line above when that line is a label over the
 * pair and the pair opens its own. A word on another line names something else: a path's halves are no login's
 * (`persist-credentials: false` above `- uses: actions/setup-node@v4`, `dkf@users.sf.net` above `* doc/GetIndex.3:`,
 * `…-user-profile+xml` above `application/vnd.3gpp.mcptt-info+xml`).
 */
function afterLoginWord(text: string, span: Span): boolean {
  const from = Math.max(0, span.start - LOGIN_WORD_REACH)
  // Looked for within the reach only: a search to the text's start would read a long line again for each pair on it.
  const lineStart = lineStartWithin(text, span.start, LOGIN_WORD_REACH)
  if (lineStart <= from) return LOGIN_WORD.test(windowAround(text, span.start, span.start, LOGIN_WORD_REACH))
  const before = text.slice(lineStart, span.start).toLowerCase()
  if (LOGIN_WORD.test(before)) return true
  if (!PAIR_OPENING_LINE.test(before)) return false
  // Blank lines may part the label from its pair (`Account:`, a blank line, `  admin / …`).
  const above = text
    .slice(from, lineStart - 1)
    .toLowerCase()
    .trimEnd()
  const label = above.slice(above.lastIndexOf('\n') + 1)
  const word = LOGIN_WORD.exec(label)
  if (word === null) return false
  return LOGIN_LABEL_END.test(label) || (endsItsLine(text, span.end) && !isInAPath(label, word.index))
}

/**
 * Whether only blanks follow `end` on its line. A pair alone under a label line naming a login anywhere
 * (`Credentials for the prod DB`, `Staging login (read-only)`) ends its line; a path that opens a line of prose goes
 * on with the sentence (`* doc/GetIndex.3: Reinforced the description…`, `UID/GID-poolbestanden naar een regel`).
 */
function endsItsLine(text: string, end: number): boolean {
  let at = end
  while (at < text.length && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++
  return at === text.length || text.charCodeAt(at) === 10 || text.charCodeAt(at) === 13
}

/** Whether the word at `index` of the line is in a path or a type's name (`…/vnd.mcdata-user-profile+xml`). */
function isInAPath(line: string, index: number): boolean {
  const start = line.lastIndexOf(' ', index) + 1
  const space = line.indexOf(' ', index)
  const token = line.slice(start, space === -1 ? line.length : space)
  return token.includes('/') && /[.+@]/.test(token)
}

function loginPairValues(text: string): Span[] {
  return valuesAfter(LOGIN_PAIR, text, isLoginPassword)
    .filter((span) => afterLoginWord(text, span) && !isSwitchOrSiblingNetwork(text, span))
    .map((span) => throughWordEnd(text, span, true))
}

/**
 * Whether the pair whose second half is `value` parts no login from its password: a Windows switch written after a
 * blank (`net user alice /times:M-F,08:00-17:00`, `/workstations:PC01`: the slash opens the switch, with no blank after
 * it), or, in a Wi-Fi line, two networks (`SSID: HomeNet / HomeNet5G`, `HomeNet / HomeNet-Guest`): the second half is
 * the first with a band or a network's word on to it, or names a band or a security mode itself.
 */
function isSwitchOrSiblingNetwork(text: string, value: Span): boolean {
  const spaced = text.charCodeAt(value.start - 1) === 32
  const slash = spaced ? value.start - 2 : value.start - 1
  if (!spaced && text.charCodeAt(slash - 1) === 32 && isWindowsSwitch(text, slash, value)) return true
  if (!WIFI_LINE_WORD.test(windowAround(text, value.start, value.start, 80))) return false
  const written = text.slice(value.start, value.end)
  if (BAND_OR_MODE.test(written)) return true
  const nameEnd = text.charCodeAt(slash - 1) === 32 ? slash - 1 : slash
  let nameStart = nameEnd
  while (nameStart > 0 && nameEnd - nameStart <= PAIR_NAME_LENGTH && isLoginNameCode(text.charCodeAt(nameStart - 1))) {
    nameStart--
  }
  const name = text.slice(nameStart, nameEnd).toLowerCase()
  return written.toLowerCase().startsWith(name) && SIBLING_SUFFIX.test(written.slice(name.length))
}

/**
 * A slash after a blank opens a Windows switch when the word after it is one: a name with its colon (`/times:M-F`,
 * `/workstations:PC01`), or any word on a `net user` line. Elsewhere `alice /Hunter2024!` is a login pair written with
 * its slash against the password (a bare switch's name, `/add`, `/active`, is no password to begin with).
 */
function isWindowsSwitch(text: string, slash: number, value: Span): boolean {
  let nameEnd = slash + 1
  while (nameEnd < value.end && isAsciiLetter(text.charCodeAt(nameEnd))) nameEnd++
  if (nameEnd > slash + 1 && text.charCodeAt(nameEnd) === 58) return true
  return NET_USER_LINE.test(text.slice(Math.max(0, slash - NET_USER_REACH), slash))
}

// `net user` (or `net users`, `net localgroup`) earlier on the slash's line, within a command line's reach.
const NET_USER_LINE = /\bnet[ \t]+(?:users?|localgroup)\b[^\n]*$/i
const NET_USER_REACH = 160

// The Wi-Fi words of LOGIN_WORD (read in the lower-cased window). A network's sibling is the same name and a network's
// word (`-Guest`, `_IoT`, `EXT`, `Mesh`) or a band (`5G`, ` 2.4GHz`); a band or a security mode may stand alone
// (`HomeNet / 5GHz`, `WPA2-PSK`). Any other word is no network's: Wi-Fi passwords are built from the network's name, a
// word and a band (`Smith-Family`, `Cafe_Secret`, `Tr0ub4dor6g`, `Sunshine-5G`, `wpaKx8mQ2zz9`).
const WIFI_LINE_WORD = /wi-?fi|wlan|ssid|network/
const BAND = String.raw`(?:5|2\.?4|6)\s?g(?:hz)?`
const SIBLING_SUFFIX = new RegExp(
  `^[-_ ]?(?:guest|gast|invit[ée]s?|iot|ext|extender|repeater|rpt|mesh|${BAND}|${BAND}[-_ ]?(?:guest|iot))$`,
  'i',
)
const BAND_OR_MODE = new RegExp(
  String.raw`^(?:${BAND}|wpa[23]?(?:[-_ ]?(?:psk|personal|enterprise|sae|eap|aes|tkip))*|wep|802\.11[a-z]{0,3})$`,
  'i',
)

/** `credentialPairValues`, the login pairs read back from each slash instead of trying the pattern at every letter. */
function credentialPairValuesFast(text: string, userFlag: boolean): Span[] {
  return [
    ...(userFlag ? userFlagValues(text) : []),
    ...(mayHoldAuthTuple(text) ? valuesAfter(AUTH_TUPLE, text, isPasswordLike) : []),
    ...loginPairValuesFast(text),
  ]
}

/**
 * A necessary condition for AUTH_TUPLE, cheaper than `credentialPairValues`' search for `auth` (a frequent letter
 * first): `auth=(` and `auth = (` put `=(` or `= (` in the text, `BasicAuth(` itself.
 */
function mayHoldAuthTuple(text: string): boolean {
  return (opensAfterEquals(text) && text.includes('auth')) || text.includes('BasicAuth(')
}

function opensAfterEquals(text: string): boolean {
  for (let at = text.indexOf('='); at !== -1; at = text.indexOf('=', at + 1)) {
    const next = text.charCodeAt(at + 1)
    if (next === 40 || (next === 32 && text.charCodeAt(at + 2) === 40)) return true
  }
  return false
}

// [A-Za-z0-9_.@-]: the characters of a login name (`[\w.@-]`).
function isLoginNameCode(code: number): boolean {
  return isIdentifierCode(code) || code === 64
}

/**
 * LOGIN_PAIR's matches, each read back from its slash: the name before it is a whole run of name characters (inside a
 * run the lookbehind sees a name character and fails), so it starts where that run starts, at most 41 characters
 * back. Two matches never share a character, so each slash is judged alone, in text order.
 */
function loginPairValuesFast(text: string): Span[] {
  const spans: Span[] = []
  for (let slash = text.indexOf('/'); slash !== -1; ) {
    const nextSlash = text.indexOf('/', slash + 1)
    const pairEnd = loginPairEnd(text, slash)
    const value = pairEnd === -1 ? undefined : readValueFast(text, pairEnd)
    // The next slash comes after the value's start: a value holding it (a path) is no password, and is not copied.
    const slashFree = value !== undefined && (nextSlash === -1 || nextSlash >= value.end)
    if (
      slashFree &&
      isLoginPassword(text.slice(value.start, value.end)) &&
      afterLoginWord(text, value) &&
      !isSwitchOrSiblingNetwork(text, value)
    ) {
      spans.push(throughWordEnd(text, value, true))
    }
    slash = nextSlash
  }
  return spans
}

/** Where LOGIN_PAIR's match ending on this slash ends (past the slash and a space), or -1 when there is none. */
function loginPairEnd(text: string, slash: number): number {
  const nameEnd = text.charCodeAt(slash - 1) === 32 ? slash - 1 : slash
  let nameStart = nameEnd
  const floor = Math.max(0, nameEnd - PAIR_NAME_LENGTH - 1)
  while (nameStart > floor && isLoginNameCode(text.charCodeAt(nameStart - 1))) nameStart--
  if (nameStart === nameEnd || nameEnd - nameStart > PAIR_NAME_LENGTH) return -1
  if (nameStart > 0 && !isLoginNameStop(text.charCodeAt(nameStart - 1))) return -1
  if (!isAsciiLetter(text.charCodeAt(nameStart))) return -1
  const valueStart = text.charCodeAt(slash + 1) === 32 ? slash + 2 : slash + 1
  const first = text.charCodeAt(valueStart)
  return Number.isNaN(first) || first === 47 || isRegexSpace(first) ? -1 : valueStart
}

// One letter and up to 40 name characters.
const PAIR_NAME_LENGTH = 41

// What LOGIN_PAIR's lookbehind lets stand before a name: a space, a quote, an opening parenthesis or a comma.
function isLoginNameStop(code: number): boolean {
  return isRegexSpace(code) || code === 34 || code === 39 || code === 40 || code === 44
}

function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 57)
}

// ---- A keyword inside a reference to a secret (attack 11) ----
// `{{resolve:secretsmanager:MyRDSSecret:SecretString:password}}`, `{{ lookup('…', 'secret=secret/data/db') }}`,
// `arn:aws:secretsmanager:…:secret:prod/db-AbCdEf`: the keyword names where the secret is kept, and what follows it is
// the rest of the reference, not a value. `${DB_PASSWORD:-default}`: the default is a literal written in the file,
// judged as the variable's value (`postgres`, `changeme` are not secrets; `S3cr3t!xyz` is).

/** A keyword whose reading is settled: inside a reference, with no value of its own. */
const NO_VALUE: Span = { start: -1, end: -1 }
// How far back a reference's opening is looked for: a bounded walk per keyword keeps the scan linear.
const REFERENCE_LOOKBACK = 160
// `${NAME:-default}` and `${NAME-default}`, `${NAME:=default}`, `${NAME:+alternative}`: the literal; `:?` is an error
// message.
// Spring's `${NAME:default}` writes the default after the colon alone.
const REFERENCE_DEFAULT = /^(?::?[-=+]|:(?!\?))([^}\n]{0,200})\}/

/** The keyword's value when it sits in a reference: NO_VALUE, the default's span, or undefined (not in one). */
function valueInReference(text: string, start: number, end: number, lenient: boolean): Span | undefined {
  if (opensReference(text, start)) return referenceDefault(text, end, lenient)
  return isInTemplateReference(text, start) || isInArn(text, start) || isFieldOfList(text, start, end)
    ? NO_VALUE
    : undefined
}

// A record's format spelt as its fields' names joined by colons, as passwd(5) and its translations write it
// (`login_name:passwd:UID:GID:user_name:directory:shell`, `account:password:UID:GID:GECOS:directory:shell`, `계정:패스워드:
// UID:GID:GECOS`), or a config file's line format (`hostname:port:username:password:base_dn:flags`): the keyword is one
// field among names, and what follows it the next fields' names. A name before the colon and two names of letters or
// more after it, to the end of the word; a value after the colon (`admin:password:Hunter2`, `password: …`) is read.
const FIELD_BEFORE = /[\p{L}\p{N}_]:$/u
const FIELDS_AFTER = /(?::[\p{L}_][\p{L}\p{M}_]{0,30}){2,12}:?(?=[\s\\"'`)\],.;]|$)/uy

/** Whether the keyword at [start, end) is a field's name among others joined by colons (FIELDS_AFTER). */
function isFieldOfList(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) !== 58 || text.charCodeAt(end) !== 58) return false
  if (!FIELD_BEFORE.test(text.slice(Math.max(0, start - 2), start))) return false
  FIELDS_AFTER.lastIndex = end
  return FIELDS_AFTER.test(text)
}

/** `${` right before the keyword at `start`. */
function opensReference(text: string, start: number): boolean {
  return text.charCodeAt(start - 1) === 123 && text.charCodeAt(start - 2) === 36
}

/** In `${KEYWORD…}` (the keyword ending at `end`): the default's span when it is a secret, else NO_VALUE. */
function referenceDefault(text: string, end: number, lenient: boolean): Span {
  const fallback = REFERENCE_DEFAULT.exec(text.slice(end, end + 204))
  if (fallback === null) return NO_VALUE
  const literal = fallback[1] as string
  const start = end + fallback[0].length - 1 - literal.length
  if (text.charCodeAt(start - 1) === 43 && isAlternativeCode(text, { start, end: start + literal.length })) {
    return NO_VALUE
  }
  // A default that is itself an expansion (`${DB_PASS:-${FALLBACK:-…}}`) is closed by the `}` of each `${` it opens:
  // the innermost literal is the value.
  const value = literal.startsWith('${')
    ? expansionLiteral(text, { start, end: start + literal.length + literal.split('${').length - 1 })
    : { start, end: start + literal.length }
  return isSecretAt(text, value, lenient) ? value : NO_VALUE
}

// What opens a lookup rather than template code (`{{- $pw := "…" }}` assigns a literal): CloudFormation's
// `resolve:` and a call, Ansible's `lookup(…)`, `query(…)`.
const TEMPLATE_LOOKUP = /^-? ?(?:resolve:|[A-Za-z_][\w.]{0,30}\()/

/** Inside a `{{resolve:…}}` or `{{ lookup(…) }}` opened earlier on the line and not closed before the keyword. */
function isInTemplateReference(text: string, start: number): boolean {
  const floor = Math.max(0, start - REFERENCE_LOOKBACK)
  for (let i = start - 1; i > floor; i--) {
    const code = text.charCodeAt(i)
    if (code === 10 || (code === 125 && text.charCodeAt(i - 1) === 125)) return false
    if (code === 123 && text.charCodeAt(i - 1) === 123) return TEMPLATE_LOOKUP.test(text.slice(i + 1, i + 36))
  }
  return false
}

/** A segment of an ARN (`arn:aws:secretsmanager:…:secret:…`): the word right after a colon of an `arn:` token. */
function isInArn(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 58) return false
  const floor = Math.max(0, start - REFERENCE_LOOKBACK)
  let i = start - 1
  while (i > floor && !isArnStop(text.charCodeAt(i - 1))) i--
  return text.startsWith('arn:', i)
}

// Blanks, quotes and brackets: what stands before an ARN.
function isArnStop(code: number): boolean {
  return code <= 32 || code === 34 || code === 39 || code === 96 || code === 40 || code === 91 || code === 61
}

export const genericSecretDetector: Detector = {
  type: 'generic_secret',
  find: (text) =>
    withoutKeyIds(text, [...keywordValues(text), ...passwordFlagValues(text), ...credentialPairValues(text)]),
  findFast: (text) => {
    const hyphens = hyphenFlags(text)
    return withoutKeyIds(text, [
      ...(canSearchIgnoringCase(text) ? keywordValuesIgnoringCase(text) : keywordValues(text)),
      ...((hyphens & PASSWORD_FLAG_SEEN) !== 0 ? passwordFlagValues(text) : []),
      ...credentialPairValuesFast(text, (hyphens & USER_FLAG_SEEN) !== 0),
    ])
  },
}

// An OpenPGP key's ID (its fingerprint's last 8 or 16 hexadecimal digits, or all 40), as gpg prints and takes it:
// capitals, maybe after `0x`, maybe with the `!` that picks a subkey. It names a key, public or not, and is read
// aloud to find it on a key server: given to gpg's options that pick a key (`--recv-keys`, `--edit-key`,
// `--default-key`, `--export-secret-keys`), to git's `user.signingkey` and to pass's `PASSWORD_STORE_KEY`, it is no
// secret. The same digits under any
// other name (`signing_key = …`, an HMAC key in capitals) are judged as ever.
const OPENPGP_KEY_ID = /^(?:0x)?(?:[0-9A-F]{8}|[0-9A-F]{16}|[0-9A-F]{40})!?$/
const KEY_ID_NAME =
  /(?:(?<![\w-])--(?:recv|send|edit|q?l?sign|quick-sign|default|trusted|local|export|delete|list|fetch|refresh)(?:-secret)?(?:-and-public)?-keys?|(?<![\w-])(?:user\.)?signingkey|(?<![\w-])password_store_key)[ \t]{0,4}=?[ \t]{0,4}["']?$/i
const KEY_ID_NAME_REACH = 60
// OPENPGP_KEY_ID's lengths, with `0x` and `!` or without: most values are told apart by their length alone.
const KEY_ID_LENGTHS = new Set([8, 16, 40].flatMap((digits) => [digits, digits + 1, digits + 2, digits + 3]))

/** The spans but those holding an OpenPGP key's ID given to a name that picks a key by it (KEY_ID_NAME). */
function withoutKeyIds(text: string, spans: Span[]): Span[] {
  return spans.filter(
    (span) =>
      !KEY_ID_LENGTHS.has(span.end - span.start) ||
      !OPENPGP_KEY_ID.test(text.slice(span.start, span.end)) ||
      !KEY_ID_NAME.test(text.slice(Math.max(0, span.start - KEY_ID_NAME_REACH), span.start)),
  )
}

function keywordValues(text: string): Span[] {
  const spans: Span[] = []
  KEYWORD.lastIndex = 0
  for (let match = KEYWORD.exec(text); match !== null; match = KEYWORD.exec(text)) {
    const resume = judgeKeyword(
      text,
      match.index,
      match.index + match[0].length,
      ASCII_KEYWORDS.has(match[0].toLowerCase()),
      spans,
    )
    KEYWORD.lastIndex = Math.max(KEYWORD.lastIndex, resume)
  }
  return spans
}

// A keyword is one word of an identifier such as DB_PASSWORD or stripeSecretKey: the whole identifier is judged, up to
// MAX_IDENTIFIER_EXTENSION characters on each side.
function identifierStart(text: string, keywordStart: number): number {
  const floor = Math.max(0, keywordStart - MAX_IDENTIFIER_EXTENSION)
  let start = keywordStart
  while (start > floor && isIdentifierCode(text.charCodeAt(start - 1))) start--
  return start
}

function identifierEnd(text: string, keywordEnd: number): number {
  const ceiling = keywordEnd + MAX_IDENTIFIER_EXTENSION
  let end = keywordEnd
  while (end < ceiling && isIdentifierCode(text.charCodeAt(end))) end++
  // An arrow drawn with dashes glued to the name (`PASSWORD-->X`, `API_KEY--->…`) is no part of it; one dash before a
  // `>` is a member's access (`$user->password->hash`), left in.
  if (text.charCodeAt(end) === 62 && text.charCodeAt(end - 1) === 45 && text.charCodeAt(end - 2) === 45) {
    while (end > keywordEnd && text.charCodeAt(end - 1) === 45) end--
  }
  // Nor is a leader of dots (`Password......X`, `Password……X` as the scan's view reads it): no name holds three.
  const leader = text.slice(keywordEnd, end).indexOf('...')
  return leader === -1 ? end : keywordEnd + leader
}

// A keyword ending a cell of a table's header names the column below it (password-columns.ts).
const COLUMN_JUDGES: ColumnJudges = {
  namesColumn: namesASecretColumn,
  isValue: (name, text, value) => isSecretAt(text, value, isPasswordWord(name)) || isDigitsCell(name, text, value),
}
// The fast path's: each cell judged as isSecretAtFast judges an assigned value, which gives isSecretAt's verdict.
const COLUMN_JUDGES_FAST: ColumnJudges = {
  namesColumn: namesASecretColumn,
  isValue: (name, text, value) => isSecretAtFast(text, value, isPasswordWord(name)) || isDigitsCell(name, text, value),
}

// A keyword naming a column of a fixed-width table written without a rule (`USER      PASSWORD` over `alice     Tr0…`,
// as a model or a terminal lines up columns): a cell under it is judged as a value under a column rule's header, and
// holds no blank (a column of prose is a description, not a value). A ragged row's cells, placed by no column, are
// each judged strictly, as a value with no name before it would be.
const ALIGNED_JUDGES: AlignedJudges = {
  namesColumn: namesAlignedColumn,
  isValue: (name, text, value) =>
    !holdsBlank(text, value) && (isSecretAt(text, value, isPasswordWord(name)) || isDigitsCell(name, text, value)),
  isRaggedValue: (_name, text, value) => !holdsBlank(text, value) && isSecretAt(text, value, false),
}
const ALIGNED_JUDGES_FAST: AlignedJudges = {
  namesColumn: namesAlignedColumn,
  isValue: (name, text, value) =>
    !holdsBlank(text, value) && (isSecretAtFast(text, value, isPasswordWord(name)) || isDigitsCell(name, text, value)),
  isRaggedValue: (_name, text, value) => !holdsBlank(text, value) && isSecretAtFast(text, value, false),
}

/**
 * A column of a table lined up with blanks names a secret only by a whole word (`password`, `API key`, `Passwort`):
 * such a table has no rule to tell it from lines of data, and a word holding one (`compass`, `yppasswd`, `multipass`)
 * heads a column of data far more often.
 */
function namesAlignedColumn(name: string): boolean {
  if (!namesASecretColumn(name)) return false
  const words = segments(name)
  const last = words.at(-1) as string
  return SECRET_SEGMENTS.has(last) || last === 'key' || ENDS_WITH_PASSWORD_NAME.test(words.join(' '))
}

function holdsBlank(text: string, span: Span): boolean {
  for (let at = span.start; at < span.end; at++) if (isBlank(text.charCodeAt(at))) return true
  return false
}

/**
 * Whether the identifier [start, end) may be a cell of an aligned header: two blanks or a tab part it from the cell
 * after it, or from the one before it when it ends its line. Most keywords in prose have one space either side, so
 * the header's line is read only for the few that do not.
 */
function mayBeAlignedCell(text: string, start: number, end: number): boolean {
  // The name opens its cell: one written on to a path or a type (`kubernetes.io/service-account-token` in a listing of
  // `kubectl get secrets`) is a value's end, under no header.
  const opening = text.charCodeAt(start - 1)
  if (start > 0 && !isRegexSpace(opening)) return false
  const after = text.charCodeAt(end)
  if (after === 9 || (after === 32 && text.charCodeAt(end + 1) === 32)) return true
  if (after !== 10 && after !== 13) return false
  const before = text.charCodeAt(start - 1)
  return before === 9 || (before === 32 && text.charCodeAt(start - 2) === 32)
}

// A header line is read this far at most (aligned-columns.ts reads no longer one).
const LONGEST_HEADER_LINE = 200
const MOST_HEADER_CELL_WORDS = 2

/**
 * Whether the line holding `at` reads as a table's header: each cell (after two blanks or a tab) opens with a letter
 * or a digit and holds two words at most. Code lined up in columns opens cells otherwise (`#define\t\tFS_SetAuthorization\t10`, a list of
 * `'_module  _names'`), and its lines below are more code, not a column's values.
 */
function isPlainHeaderLine(text: string, at: number): boolean {
  const start = lineStartWithin(text, at, LONGEST_HEADER_LINE)
  const end = start === -1 ? -1 : lineEndFrom(text, at, LONGEST_HEADER_LINE)
  if (end === -1) return false
  let opens = true
  // The words of the cell being read: a header's cell names a column in a word or two.
  let words = 0
  for (let i = skipSpaces(text, start, LONGEST_HEADER_LINE); i < end; i++) {
    const code = text.charCodeAt(i)
    if (code === 9 || (code === 32 && text.charCodeAt(i + 1) === 32)) opens = true
    else if (code === 32) {
      // One space inside a cell, before its next word (the last of a run of blanks is the run's).
      if (!opens && ++words >= MOST_HEADER_CELL_WORDS) return false
    } else if (opens) {
      if (!isLetterOrDigitCode(code)) return false
      opens = false
      words = 0
    }
  }
  return true
}

function isLetterOrDigitCode(code: number): boolean {
  return (code >= 48 && code <= 57) || isAsciiLetter(code) || (code >= 128 && /\p{L}/u.test(String.fromCharCode(code)))
}

/** The cells of the tables whose header the identifier at [start, end) names a column of, into `spans`. */
function columnCells(text: string, start: number, end: number, fast: boolean, spans: Span[]): void {
  columnValuesUnder(text, start, end, fast ? COLUMN_JUDGES_FAST : COLUMN_JUDGES, spans)
  if (mayBeAlignedCell(text, start, end) && isPlainHeaderLine(text, start)) {
    alignedColumnValues(text, start, fast ? ALIGNED_JUDGES_FAST : ALIGNED_JUDGES, spans)
  }
}

/**
 * A password command's setting (`passwordeval "echo …"`, `PassCmd "…"`, password-commands.ts) ending at `end`: the
 * password its command writes out goes to `spans`, and where the search may resume is returned; undefined when the
 * name is no such setting's or its value no command, read then as any value.
 */
function commandValue(text: string, end: number, identifier: string, spans: Span[]): number | undefined {
  if (!namesPasswordCommand(identifier)) return undefined
  const echoed = echoedPassword(text, end)
  if (echoed === undefined) return undefined
  if (echoed === null) return end
  spans.push(echoed)
  return echoed.end
}

/**
 * What follows a keyword found at [start, end): its value goes to `spans`, and the cells of a column it names. Returns
 * where the search for the next keyword may resume: past the identifier holding an ASCII keyword and past a value found.
 */
function judgeKeyword(
  text: string,
  keywordStart: number,
  keywordEnd: number,
  asciiKeyword: boolean,
  spans: Span[],
): number {
  const start = asciiKeyword ? identifierStart(text, keywordStart) : keywordStart
  const end = asciiKeyword ? identifierEnd(text, keywordEnd) : keywordEnd
  const resume = end
  if (isUserinfoPlaceholder(text, start, end) || isFileBeforeWord(text, start, end)) return resume
  if (isPointedTo(text, start, end)) return resume
  columnCells(text, start, end, false, spans)
  let identifier: string | undefined
  if (asciiKeyword) {
    identifier = text.slice(start, end)
    if (isLoneKey(text, start, end) || isPragmaKeyName(text, start, end))
      return pushLoneKeyValue(text, start, end, spans)
    const names =
      namesASecret(identifier) ||
      namesSpacedPlural(text, start, identifier) ||
      namesManagerEntryPassword(text, identifier, end)
    if ((!names || isPluralHeading(text, identifier, end)) && !namesSecretsList(text, identifier, end)) {
      return pushMapValues(text, start, end, identifier, isSecretAt, spans, resume)
    }
  }
  if (identifier === undefined) {
    if (isNotASecretsName(text, start, end)) return resume
    identifier = text.slice(start, end)
  }
  if (isSearchOnlyLabel(text, start, identifier) || isTestResultLabel(text, start, identifier)) return resume
  if (isFieldSelector(text, start, identifier)) return resume
  const lenient = keywordLeniency(text, start, end, identifier)
  const command = commandValue(text, end, identifier, spans)
  if (command !== undefined) return Math.max(resume, command)
  const value = valueInReference(text, start, end, lenient) ?? assignedValue(text, start, end, identifier, lenient)
  if (value === undefined) {
    const attribute = valueAttributeBefore(text, start, end, lenient, isSecretAt)
    if (attribute !== undefined) {
      spans.push(attribute)
      return resume
    }
    const mapped = pushMapValues(text, start, end, identifier, isSecretAt, spans, resume)
    return mapped > resume ? mapped : pushClauseValue(text, start, end, isSecretAt, spans, resume)
  }
  if (value === NO_VALUE || isOtherSetting(text, identifier, end, value)) return resume
  if (isListOfNoSecrets(text, identifier, value, lenient, isSecretAt) || isLabelledDigest(text, start, value)) {
    return resume
  }
  return Math.max(resume, pushWithParts(text, start, value, lenient, isSecretAt, spans))
}

// `key` alone names no secret (a map's, a table's, a cache's or a keyboard's key): a random-looking value of letters of
// both cases and digits, 16 or longer, given to it by an operator (`key: Xk9m…`, `"key": "…"`, `key=…`) is a key all the
// same, as no data key reads so (`key: value`, `key: user_id`, `key: 'Enter'`, a content hash in one case, a
// publishable or public key: isRandomCredential). A data key's word before it, a blank apart, still says what it is
// (`primary key: …`, `public key: …`).
const LONE_KEY_VALUE = 16
// A key's characters: base64's and base64url's, hex's, a token's dots and tildes (code around `key:` has others).
const TOKEN_CHARACTERS = /^[A-Za-z0-9+/=_.~-]+$/
const LONGEST_WORD_BEFORE_KEY = 16
// The word before, a cipher's key size after it read past (`AES-256 key`).
const QUALIFIER_BEFORE_KEY = /([A-Za-z0-9]{1,16})(?:-\d{1,4})?[ \t]{1,4}$/
// A key named, a blank before, by what it encrypts, signs or unseals (`encryption key: …`, `AES-256 key = …`,
// `signing key: …`, Vault's `Unseal Key 1: …`) is a secret's name as `ENCRYPTION_KEY` is, and such keys are printed in
// hex of one case, which the lone key's judgement (both cases) turns down: a run of hex digits as long as a 128-bit
// key's or longer, letters and digits mixed through it, is one after these words.
const CRYPTO_KEY_QUALIFIERS = new Set([
  ...KEY_QUALIFIERS,
  'decryption',
  'unseal',
  'aes',
  'des',
  'wallet',
  'cipher',
  'symmetric',
  'crypto',
  'bitcoin',
  'ethereum',
  'metamask',
])
// A C literal's `0x` before the digits (`encryption key: 0x4f9c…`, as Solidity and wallet tools print keys) is read past.
const HEX_KEY = /^(?:0[xX])?(?:[0-9a-f]{32,}|[0-9A-F]{32,})$/
const HEX_KEY_LENGTH = 32
// The same key printed a byte at a time, its bytes apart by one colon or one blank throughout (`aes key:
// 4f:9c:2b:…`, `encryption key: 4F 9C 2B …`, as `openssl`, Wireshark and key tools print them): sixteen bytes or
// more, at most a 1024-bit key's 128. Groups of four (a PGP fingerprint's `4F9C 2B7E …`) stay: no key tool prints a key
// so.
const SEPARATED_HEX_KEY = /[0-9A-Fa-f]{2}([: ])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){14,126}(?![0-9A-Za-z:])/y
const NOT_HEX_DIGIT = /[^0-9A-Fa-f]/g
// Said in a sentence (`my encryption key is 4f9c…`, `the AES key is: …`, `the old master key was …`): the value is
// judged as strictly.
const VERB_IS = /(?:is|was)(?:[ \t]{0,4}:|[ \t])/iy

function startsVerbIs(text: string, at: number): boolean {
  VERB_IS.lastIndex = at
  return VERB_IS.test(text)
}

// Vault numbers the unseal keys it prints (`Unseal Key 1: …`): the number stands between the key and its colon.
const KEY_NUMBER = /[ \t]\d{1,2}(?=[ \t]{0,4}:)/y

// A lone `key` in a map named by what it encrypts or signs is that map's key, as `encryption key` is: YAML's
// `encryption:` over `  key: …`, JSON's `"aes": {"key": …}`, TOML's `[crypto]` over `key = …` (a table's dotted name's
// last part, a map's name's last word: `active_record_encryption`). Only the words of a cipher's key name such a map:
// an `app:`, `storage:` or `session:` map's `key` is as often a store's or a name's.
const MAP_CRYPTO_NAMES = new Set([
  'encryption',
  'decryption',
  'crypto',
  'cipher',
  'aes',
  'des',
  'hmac',
  'signing',
  'jwt',
  'master',
  'secret',
  'private',
  'symmetric',
  'wallet',
  'unseal',
])
// The map's name is read within this many characters before the key, a streamed reply's context before a finding.
const MAP_NAME_REACH = 160
// JSON's map, its key after a few members of plain values (`{"algorithm": "aes-256-gcm", "key": …}`).
const JSON_MAP_NAME =
  /["']?([A-Za-z][\w-]{0,39})["']?[ \t]{0,4}[:=][ \t]{0,4}\{(?:\s{0,40}"[\w-]{1,40}"[ \t]{0,4}:[ \t]{0,4}(?:"[^"\r\n]{0,80}"|[\w.-]{1,40})[ \t]{0,4},){0,4}\s{0,40}["']?$/
const YAML_MAP_NAME = /^([ \t]*)(?:-[ \t]{1,4})?["']?([A-Za-z][\w-]{0,39})["']?[ \t]{0,4}:[ \t]*(?:#.*)?$/
const TOML_TABLE_NAME = /^[ \t]*\[{1,2}[ \t]*(?:[\w-]{1,40}\.){0,4}([A-Za-z][\w-]{0,39})[ \t]*\]{1,2}[ \t]*$/
const INDENT = /^[ \t]*(?:-[ \t]{1,4})?["']?$/

/** The last word of the name of the map a lone `key` at `start` sits in, when a cipher's key's word, or ''. */
function cryptoMapName(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - MAP_NAME_REACH), start)
  const name = JSON_MAP_NAME.exec(before)?.[1] ?? nameOfMapAbove(before, start > MAP_NAME_REACH ? 1 : 0)
  const last = name === undefined ? '' : lastNameWord(name)
  return MAP_CRYPTO_NAMES.has(last) ? last : ''
}

const isLowerOrDigit = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57)
const isUpperLetter = (code: number) => code >= 65 && code <= 90

/**
 * `segments(name).at(-1)` for a map's name as its patterns read it (`[A-Za-z][\w-]{0,39}`): the last word past a `_`,
 * a `-` or a lower-case letter's or digit's step up to a capital, in lower case. Read back from the end, it spares the
 * replace, split and array segments makes for every lone `key`.
 */
function lastNameWord(name: string): string {
  let end = name.length
  while (end > 0 && isNameBreak(name.charCodeAt(end - 1))) end--
  let start = end
  while (start > 0 && !isNameBreak(name.charCodeAt(start - 1))) {
    if (isUpperLetter(name.charCodeAt(start - 1)) && start - 1 > 0 && isLowerOrDigit(name.charCodeAt(start - 2))) {
      start--
      break
    }
    start--
  }
  return name.slice(start, end).toLowerCase()
}

const isNameBreak = (code: number) => code === 95 || code === 45

/**
 * The name of the YAML map or TOML table over the last line of `before` (the key's own), or undefined. Lines before
 * `first` are not read: a reach's first line is cut, its name may be a word's end.
 */
function nameOfMapAbove(before: string, first: number): string | undefined {
  const lines = before.split(/\r?\n/)
  const own = INDENT.exec(lines.pop() as string)
  if (own === null) return undefined
  const indent = own[0].replace(/["']$/, '').length
  for (let at = lines.length - 1; at >= first; at--) {
    const line = lines[at] as string
    const table = TOML_TABLE_NAME.exec(line)
    if (table !== null) return indent === 0 ? table[1] : undefined
    const trimmed = line.trimStart()
    if (trimmed === '' || trimmed.startsWith('#')) continue
    const lineIndent = line.length - trimmed.length
    if (lineIndent >= indent) continue
    return YAML_MAP_NAME.exec(line)?.[2]
  }
  return undefined
}

/** Whether a key's hex digits read as generated: of one case (HEX_KEY's), a 128-bit key's length or longer. */
function isRandomHexKey(digits: string): boolean {
  return isRandomCredential(digits, HEX_KEY_LENGTH)
}

/** A key printed a byte at a time from `at` (SEPARATED_HEX_KEY), its digits of one case and read as generated. */
function separatedHexKey(text: string, at: number): Span | undefined {
  SEPARATED_HEX_KEY.lastIndex = at
  if (!SEPARATED_HEX_KEY.test(text)) return undefined
  const end = SEPARATED_HEX_KEY.lastIndex
  const digits = text.slice(at, end).replace(NOT_HEX_DIGIT, '')
  return HEX_KEY.test(digits) && isRandomHexKey(digits) ? { start: at, end } : undefined
}

/** Whether [start, end) is a lone `key`, of any case: the keyword and the whole identifier. */
function isLoneKey(text: string, start: number, end: number): boolean {
  return end - start === 3 && lowerCode(text, start) === 107 && text.slice(start, end).toLowerCase() === 'key'
}

// SQLCipher's other pragmas holding a passphrase: a new one (`PRAGMA rekey = '…'`) and a raw key's hex
// (`PRAGMA hexkey = '…'`, `PRAGMA hexrekey = '…'`), named so only after `PRAGMA`.
const PRAGMA_KEY_NAME = /^(?:hexkey|(?:hex)?rekey)$/i
const PRAGMA_BEFORE = /pragma[ \t]{1,4}$/i

/** Whether [start, end) is one of SQLCipher's pragmas taking a passphrase other than `key`, after `PRAGMA`. */
function isPragmaKeyName(text: string, start: number, end: number): boolean {
  // `hexkey`, `rekey`, `hexrekey`: their lengths and first letters turn down every other name before it is copied.
  const length = end - start
  if (length !== 5 && length !== 6 && length !== 8) return false
  const first = lowerCode(text, start)
  if (first !== 104 && first !== 114) return false
  return PRAGMA_KEY_NAME.test(text.slice(start, end)) && PRAGMA_BEFORE.test(text.slice(Math.max(0, start - 12), start))
}

/** The value given to a lone `key` at [start, end), into `spans` when it reads as generated; where to resume. */
function pushLoneKeyValue(text: string, start: number, end: number, spans: Span[]): number {
  // The qualifier's pattern ends with a blank: without one before the key it is not tried at each of its positions.
  const before = isBlank(text.charCodeAt(start - 1))
    ? QUALIFIER_BEFORE_KEY.exec(text.slice(Math.max(0, start - LONGEST_WORD_BEFORE_KEY - 9), start))
    : null
  const qualifier = before === null ? '' : (before[1] as string).toLowerCase()
  let at = end
  if (qualifier === 'unseal') {
    KEY_NUMBER.lastIndex = at
    if (KEY_NUMBER.test(text)) at = KEY_NUMBER.lastIndex
  }
  while (at < end + 2 && isClosingQuote(text.charCodeAt(at))) at++
  at = skipSpaces(text, at, ALIGNMENT_BLANKS)
  // `=`, `=>`, `:`, `:=`, `：`; not a comparison (`==`) or a scope (`::`). A pragma's value may be in round brackets
  // too (`PRAGMA key('…')`).
  const code = text.charCodeAt(at)
  const next = text.charCodeAt(at + 1)
  const bracketed = code === 40 && qualifier === 'pragma'
  let operator: number
  if (bracketed || ((code === 61 || code === 58) && next !== code) || code === 0xff1a) {
    operator = next === 62 || next === 61 ? 2 : 1
  } else if (CRYPTO_KEY_QUALIFIERS.has(qualifier) && startsVerbIs(text, at)) operator = VERB_IS.lastIndex - at
  else return end
  if (NON_SECRET_KEY_QUALIFIERS.has(qualifier)) return end
  const value = readValue(text, skipSpaces(text, at + operator, ALIGNMENT_BLANKS))
  // SQLCipher's `PRAGMA key = '…'` is the database's passphrase: judged as a password is, not as a generated key.
  if (qualifier === 'pragma') {
    if (!isSecretAt(text, value, true)) return end
    spans.push(value)
    return value.end
  }
  const cipherKey = CRYPTO_KEY_QUALIFIERS.has(qualifier) || (qualifier === '' && cryptoMapName(text, start) !== '')
  if (value !== undefined && cipherKey) {
    const separated = separatedHexKey(text, value.start)
    if (separated !== undefined) {
      spans.push(separated)
      return separated.end
    }
  }
  // Judged by its length first: a run without blanks is read to its end, and only a key's length is copied.
  if (value === undefined || value.end - value.start < LONE_KEY_VALUE || value.end - value.start > MAX_VALUE) return end
  const written = text.slice(value.start, value.end)
  if (!TOKEN_CHARACTERS.test(written)) return end
  if (cipherKey && HEX_KEY.test(written) && isRandomHexKey(written.replace(/^0x/i, ''))) {
    spans.push(value)
    return value.end
  }
  const classes = characterClasses(written)
  if (!classes.upper || !classes.lower || !classes.digit || !isRandomCredential(written, LONE_KEY_VALUE)) return end
  spans.push(value)
  return value.end
}

// A YAML map below a key naming secrets (`passwords:` over `  root: Xk9…` and `  admin: …`, `credentials:` over
// `  alice: …`): each child's value is one, judged as an assigned value under the key's name (leniently under a
// password's). Children are read within PARTS_REACH of the key, as a list's items are, so that a streamed reply
// decides each alike. Comment and blank lines among them are passed over; a child holding a map of its own
// (`  prod:` over `    stripe: …`) has its children read as the map's. A flow map (`passwords: {root: Xk9…}`, JSON's
// `"secrets": {"stripe": "…"}`) is read the same way, its pairs parted by commas.
const MAP_CHILD = /[ \t]{1,16}["']?([A-Za-z0-9_.-]{1,40})["']?[ \t]{0,4}:/y
const FLOW_CHILD = /[ \t]{0,4}["']?([A-Za-z0-9_.-]{1,40})["']?[ \t]{0,4}:[ \t]{0,4}/y
// Maybe after a prefix of whose map it is (`db_credentials`, `app_secrets`), in one pattern: no copy without it.
const SECRETS_MAP_NAME =
  /^(?:(?:db|app|service|admin|user|users)_)?(?:credentials|creds|secrets|tokens|passwords|passwds|pwds|api_?keys|apikeys|keys)$/i
// A child naming where or who, not a secret (`  host: db.internal`, `  username: app`), under a map of credentials.
const DATA_CHILD_NAME =
  /^(?:host|hostname|server|port|user|username|login|email|region|database|db|schema|account|tenant|project|name|id|url|uri|endpoint|path|file|type|kind|enabled|version)$/i
const MAP_VALUE_BLANKS = 4

/** The children's values of a YAML map below the key at [start, end), pushed to `spans`; where the search resumes. */
function pushMapValues(
  text: string,
  start: number,
  end: number,
  identifier: string,
  judge: JudgeValue,
  spans: Span[],
  resume: number,
): number {
  // Every name of SECRETS_MAP_NAME ends with `s`: a look at the last letter spares the match on most identifiers.
  if (lowerCode(identifier, identifier.length - 1) !== 115 || !SECRETS_MAP_NAME.test(identifier)) return resume
  const quoted = isQuoted(text, start) && text.charCodeAt(end) === text.charCodeAt(start - 1)
  const colon = quoted ? end + 1 : end
  if (text.charCodeAt(colon) !== 58) return resume
  const lenient = isPasswordWord(identifier)
  const after = skipSpaces(text, colon + 1, MAP_VALUE_BLANKS)
  if (text.charCodeAt(after) === 123) return pushFlowMapValues(text, start, after + 1, lenient, judge, spans, resume)
  const keyLineEnd = lineEndFrom(text, after, LONGEST_MAP_LINE)
  if (keyLineEnd === -1 || !isCommentOrBlank(text, after, keyLineEnd)) return resume
  // A key ending a sentence (`Here are the passwords:`) is a heading over lines of prose, not a map.
  const isMapKey = isAtLineStart(text, quoted ? start - 1 : start)
  const reach = start + PARTS_REACH
  let last = resume
  for (let line = nextLine(text, keyLineEnd); line < reach && line < text.length; ) {
    let lineEnd = lineEndFrom(text, line, LONGEST_MAP_LINE)
    if (lineEnd === -1) break
    ACCOUNT_LINE.lastIndex = line
    const account = ACCOUNT_LINE.exec(text)
    if (account !== null) {
      const written = account[1] as string
      const value = line + account[0].indexOf(written)
      last = pushAccountValue(text, { start: value, end: value + written.length }, lenient, judge, spans, last)
    } else if (!isCommentOrBlank(text, line, lineEnd)) {
      MAP_CHILD.lastIndex = line
      const child = isMapKey ? MAP_CHILD.exec(text) : null
      if (child === null) break
      const name = MAP_CHILD.lastIndex
      const from = skipSpaces(text, name, MAP_VALUE_BLANKS)
      // A block scalar's value (`  admin: |`) is the line below, indented past the child; the next child follows it.
      const block = blockScalarLength(text, from)
      const below = block > 0 ? blockLineBelow(text, from + block, skipSpaces(text, line, MAP_INDENT) - line) : -1
      if (below !== -1) lineEnd = lineEndFrom(text, below, LONGEST_MAP_LINE)
      // `  prod:` ending its line holds a map: its children are on the lines below.
      if (lineEnd !== -1 && !isCommentOrBlank(text, from, lineEnd)) {
        const at = below === -1 ? from : below
        const value = at > name ? readValue(text, at) : undefined
        if (
          value !== undefined &&
          value.start < reach &&
          isMapSecret(text, child[1] as string, value, lenient, judge)
        ) {
          spans.push(value)
          last = Math.max(last, value.end)
        }
      }
    }
    if (lineEnd === -1) break
    line = nextLine(text, lineEnd)
  }
  return last
}

// A line of a list under a heading naming passwords: a value and the account it is for (`Xk9… for root`, `- Xk9… (for
// admin)`).
const ACCOUNT_LINE =
  /[ \t]{0,16}(?:[-*•][ \t]{1,4})?([^\s:]{5,64})[ \t]{1,4}\(?for[ \t]{1,4}[\w.@-]{1,32}\)?[ \t]{0,4}(?=\r?\n|$)/y

/** A listed account's value, pushed to `spans` when random-looking with letters and digits; the search's resume. */
function pushAccountValue(
  text: string,
  value: Span,
  lenient: boolean,
  judge: JudgeValue,
  spans: Span[],
  resume: number,
): number {
  if (!judge(text, value, lenient) || !hasLettersAndDigits(text.slice(value.start, value.end))) return resume
  spans.push(value)
  return Math.max(resume, value.end)
}

/** Where a block scalar's line below `from` starts its text, indented more than `indent`; -1 for none. */
function blockLineBelow(text: string, from: number, indent: number): number {
  const below = nextValueLine(text, from)
  if (below === -1) return -1
  return below - skipBackOver(text, below, below - NEXT_LINE_INDENT, isIndentCode) > indent ? below : -1
}
const MAP_INDENT = 16
const isIndentCode = (code: number) => code === 32 || code === 9

/** Whether a map child's value is a secret: judged as assigned, unless its name names none (DATA_CHILD_NAME). */
function isMapSecret(text: string, name: string, value: Span, lenient: boolean, judge: JudgeValue): boolean {
  return (lenient || !DATA_CHILD_NAME.test(name)) && judge(text, value, lenient)
}

/** The values of a flow map's pairs from `from` (past its `{`), within PARTS_REACH of the key at `start`. */
function pushFlowMapValues(
  text: string,
  start: number,
  from: number,
  lenient: boolean,
  judge: JudgeValue,
  spans: Span[],
  resume: number,
): number {
  const reach = start + PARTS_REACH
  let last = resume
  // The maps open: a child's own map (`{prod: {stripe: …}, dev: {…}}`) is read as the map's, up to the map's close.
  let depth = 1
  for (let at = from; at < reach; ) {
    FLOW_CHILD.lastIndex = at
    const child = FLOW_CHILD.exec(text)
    if (child === null) break
    if (text.charCodeAt(FLOW_CHILD.lastIndex) === 123) {
      depth++
      at = FLOW_CHILD.lastIndex + 1
      continue
    }
    const value = readValue(text, FLOW_CHILD.lastIndex)
    if (value === undefined || value.start >= reach) break
    if (isMapSecret(text, child[1] as string, value, lenient, judge)) {
      spans.push(value)
      last = Math.max(last, value.end)
    }
    at = skipSpaces(text, valueEndOf(text, value), MAP_VALUE_BLANKS)
    while (text.charCodeAt(at) === 125 && depth > 1) {
      depth--
      at = skipSpaces(text, at + 1, MAP_VALUE_BLANKS)
    }
    if (text.charCodeAt(at) !== 44) break
    at++
  }
  return last
}

const LONGEST_MAP_LINE = 200

// The verbs that say what a password is, written before its name ("hunter2 is my password", "… ist mein Passwort"):
// the connectors that are words.
const COPULAS = new Set(
  [...CONNECTORS].filter(
    (connector) => /^\p{L}/u.test(connector) && connector !== 'to' && !TEMPORAL_ADVERBS.includes(connector),
  ),
)
// Between the verb and the name: a determiner, then a qualifier or two ("is the new wifi password"); without one the
// clause says something else ("average/minimum are computed from per-token").
const WORDS_BEFORE_NAME = 3
const DETERMINERS = new Set([
  'my',
  'the',
  'our',
  'your',
  'his',
  'her',
  'their',
  'a',
  'an',
  'mein',
  'meine',
  'das',
  'der',
  'die',
  'dein',
  'unser',
  'le',
  'la',
  'mon',
  'ma',
  'notre',
  'votre',
  'ton',
  'mi',
  'el',
  'tu',
  'nuestra',
  'il',
  'o',
  'het',
  'de',
  'mijn',
  'min',
  'mitt',
  'moje',
  'mój',
])
const LONGEST_WORD_BEFORE_NAME = 16
// A value before its verb is read this far back at most.
const LONGEST_VALUE_BEFORE = 64
// "What's the password? It's …", "Q: … wifi password?\nA: …": the answer after a question naming the secret.
const ANSWER_MARKER = String.raw`(?:A|Answer|R|Réponse|Antwort|Respuesta)[ \t]{0,2}:[ \t]{0,4}|(?:It|it)(?:[’']s| is)[ \t]{1,4}`
// On the line below (or past one blank line) the answer needs no marker: the line holds the value alone.
const ANSWER_OPENING = new RegExp(
  String.raw`["'”’]?[ \t]?\?[ \t]{0,4}(?:\r?\n[ \t]{0,8}(?:\r?\n[ \t]{0,8})?(?:${ANSWER_MARKER})?|${ANSWER_MARKER})`,
  'y',
)

/**
 * The value a clause gives the name at [start, end) when no assignment does: the word before a verb before it, when
 * the name ends the clause ("Xk9mPq2vL7wZ is my password."), or an answer after a question naming it ("What's the
 * password? It's …"). Judged as an assigned value is; pushed to `spans`. Returns where the search resumes.
 */
function pushClauseValue(
  text: string,
  start: number,
  end: number,
  judge: JudgeValue,
  spans: Span[],
  resume: number,
): number {
  const value = valueBeforeVerb(text, start, end) ?? answerValue(text, end)
  // Random-looking only, whatever the name, with letters and digits: a word a sentence puts there is a field's, a flag's
  // or an argument's name ("argv2 is the password", "`--password` is the password") or a scheme ("It's ROT13") as
  // often as a password.
  if (!judge(text, value, false) || !hasLettersAndDigits(text.slice(value.start, value.end))) return resume
  spans.push(value)
  return Math.max(resume, value.end)
}

function valueBeforeVerb(text: string, start: number, end: number): Span | undefined {
  const after = text.charCodeAt(end)
  // The name ends its clause: the text's or a line's end, or sentence punctuation.
  if (!(end === text.length || after === 10 || after === 13 || after === 46 || after === 33 || after === 44)) {
    return undefined
  }
  let at = start
  // The word read before the one being read: the determiner after the verb, when the verb is found.
  let next = ''
  for (let words = 0; words <= WORDS_BEFORE_NAME; words++) {
    if (text.charCodeAt(at - 1) !== 32) return undefined
    const wordEnd = at - 1
    let wordStart = wordEnd
    while (wordEnd - wordStart < LONGEST_WORD_BEFORE_NAME && isLetterOrApostrophe(text.charCodeAt(wordStart - 1))) {
      wordStart--
    }
    if (wordStart === wordEnd) return undefined
    const word = text.slice(wordStart, wordEnd).toLowerCase()
    const pronounIs = PRONOUN_IS.test(word)
    if (pronounIs || COPULAS.has(word)) {
      if (text.charCodeAt(wordStart - 1) !== 32 || !DETERMINERS.has(next)) return undefined
      let valueEnd = wordStart - 1
      // `Xk9… - that's the password`, `Xk9…, which is the password`: past the pronoun and the dash or comma before it.
      const pronoun = pronounIs ? wordStart : pronounBefore(text, valueEnd)
      if (pronoun !== -1) {
        valueEnd = valueBeforePronoun(text, pronoun)
        if (valueEnd === -1) return undefined
      }
      let valueStart = valueEnd
      while (valueEnd - valueStart < LONGEST_VALUE_BEFORE && text.charCodeAt(valueStart - 1) > 32) valueStart--
      if (
        valueStart === valueEnd ||
        (valueStart > 0 && !isBlank(text.charCodeAt(valueStart - 1)) && text.charCodeAt(valueStart - 1) !== 10)
      ) {
        return undefined
      }
      // A label before the verb (`inkey`: is the associated private key) is a list's item, not a value.
      const last = text.charCodeAt(valueEnd - 1)
      if (last === 58 || last === 44 || last === 59) return undefined
      return unquoted(text, { start: valueStart, end: valueEnd })
    }
    next = word
    at = wordStart
  }
  return undefined
}

// A pronoun standing for a value written before it, with its verb (`that's`) or before it (`which is`).
const PRONOUN_IS = /^(?:that|it|this)['’]s$/
const PRONOUN_BEFORE = / (?:that|which|this|it)$/i
const PRONOUN_REACH = 6
// What parts a value from the pronoun after it: a dash (the view reads every dash as `-`) or a comma.
const PRONOUN_SEPARATOR = /(?:[ \t]{1,4}-|,)[ \t]{1,4}$/

/** Where a pronoun (`which`, `that`) ending at `at`, a blank before it, starts; -1 for none. */
function pronounBefore(text: string, at: number): number {
  const match = PRONOUN_BEFORE.exec(text.slice(Math.max(0, at - PRONOUN_REACH), at))
  return match === null ? -1 : at - match[0].length + 1
}

/** Where the value before a pronoun starting at `pronoun` ends, past the dash or comma parting them; -1 for none. */
function valueBeforePronoun(text: string, pronoun: number): number {
  const separator = PRONOUN_SEPARATOR.exec(text.slice(Math.max(0, pronoun - PRONOUN_SEPARATOR_REACH), pronoun))
  return separator === null ? -1 : pronoun - separator[0].length
}
const PRONOUN_SEPARATOR_REACH = 10

/** The span without the quotes around it (`"Xk9…" is the password`). */
function unquoted(text: string, span: Span): Span {
  const open = text.charCodeAt(span.start)
  if (
    (open === 34 || open === 39 || open === 96) &&
    text.charCodeAt(span.end - 1) === open &&
    span.end - span.start > 2
  ) {
    return { start: span.start + 1, end: span.end - 1 }
  }
  return span
}

function answerValue(text: string, end: number): Span | undefined {
  ANSWER_OPENING.lastIndex = end
  if (!ANSWER_OPENING.test(text)) return undefined
  const from = ANSWER_OPENING.lastIndex
  let to = from
  while (to - from < LONGEST_VALUE_BEFORE && text.charCodeAt(to) > 32) to++
  // Sentence punctuation ending the answer is the sentence's; the answer is the word alone ("It's Settings2FA page"
  // names a place).
  const wordEnd = to
  while (to > from && isSentencePunctuation(text.charCodeAt(to - 1))) to--
  let after = wordEnd
  while (text.charCodeAt(after) === 32) after++
  const next = text.charCodeAt(after)
  if (after < text.length && next !== 10 && next !== 13 && !isAccountAfter(text, after)) return undefined
  return to === from ? undefined : unquoted(text, { start: from, end: to })
}

// The account an answer's value is for, ending its line (`Xk9… for root`).
const ACCOUNT_AFTER = /for[ \t]{1,4}[\w.@-]{1,32}[ \t]{0,4}(?:\r?\n|$)/y

function isAccountAfter(text: string, at: number): boolean {
  ACCOUNT_AFTER.lastIndex = at
  return ACCOUNT_AFTER.test(text)
}

function isLetterOrApostrophe(code: number): boolean {
  return isAsciiLetter(code) || code === 39 || code === 0x2019 || (code >= 0xc0 && code <= 0x24f)
}

// `password: old -> new`, `"…" → "…"`, `KEY=… => …`: a value changed to another, as a rotation's note writes it.
const REPLACED_BY = /[ \t]{1,4}(?:->|→|=>|⇒|⟶)[ \t]{1,4}/y
const QUOTED_ARROW = /(?:->|→|=>|⇒|⟶)(?=["'`])/y

/**
 * The value an arrow after `value` says it was replaced by, when it is random-looking (a secret's new value is as
 * secret as the old): within PARTS_REACH of the name, as a value's parts are.
 */
function replacedBy(text: string, identifierStart: number, value: Span, judge: JudgeValue): Span | undefined {
  const code = text.charCodeAt(value.end)
  const glued = isGluedArrow(text, value)
  const quoted = isQuotedSpan(text, value)
  REPLACED_BY.lastIndex = quoted ? value.end + 1 : value.end
  if (!glued && code !== 32 && code !== 9 && code !== 34 && code !== 39 && code !== 96) return undefined
  let at = glued ? value.end + 1 : REPLACED_BY.test(text) ? REPLACED_BY.lastIndex : -1
  if (at === -1 && quoted) {
    // `"old"->"new"`: between quotes an arrow may be glued.
    QUOTED_ARROW.lastIndex = value.end + 1
    at = QUOTED_ARROW.test(text) ? QUOTED_ARROW.lastIndex : -1
  }
  if (at === -1 || at - identifierStart > PARTS_REACH) return undefined
  const next = readValue(text, at)
  if (next === undefined || !judge(text, next, false) || !hasLettersAndDigits(text.slice(next.start, next.end))) {
    return undefined
  }
  // Glued, an arrow is C's and PHP's member access as often (`cfg->dbPass2;`, `$this->getPw2()`): a new value ends
  // its line or stands before a blank.
  return !glued || next.end === text.length || text.charCodeAt(next.end) <= 32 ? next : undefined
}

/**
 * `password: oldPass1->Xk92…`, `old=>new`: an unquoted value read up to the `>` of an arrow glued to it (an angle
 * bracket ends a value), its `-` or `=` the arrow's.
 */
function isGluedArrow(text: string, value: Span): boolean {
  const last = text.charCodeAt(value.end - 1)
  return text.charCodeAt(value.end) === 62 && (last === 45 || last === 61) && value.end - value.start > 1
}

// How far after its name's start a literal part of a value may start: within stream-redact.ts'
// LONGEST_CONTEXT_BEFORE, so a streamed reply finds each part as the whole one does.
const PARTS_REACH = 256

/**
 * Pushes the value found for the name at `identifierStart`, then the literal parts joined to it (`"…" + "…"`, a
 * list's next keys: value-wrappers.ts' literalParts). Returns where the last ends.
 */
function pushWithParts(
  text: string,
  identifierStart: number,
  value: Span,
  lenient: boolean,
  judge: JudgeValue,
  spans: Span[],
): number {
  const replacement = replacedBy(text, identifierStart, value, judge)
  // The old value stops before a glued arrow.
  spans.push(
    replacement !== undefined && isGluedArrow(text, value) ? { start: value.start, end: value.end - 1 } : value,
  )
  if (sequenceItems.has(value)) {
    // The first item read is one value; the sequence is read again from it for the items after it.
    const reach = identifierStart + PARTS_REACH
    const items = sequenceValues(text, itemDash(text, value), reach, (item) => isSequenceKey(text, item, judge))
    for (const item of items) if (item.start > value.start) spans.push(item)
    return Math.max(value.end, ...items.map((item) => item.end))
  }
  if (replacement !== undefined) {
    spans.push(replacement)
    return replacement.end
  }
  if (!isQuotedSpan(text, value)) return value.end
  const reach = identifierStart + PARTS_REACH
  const parts = literalParts(text, value.end, bracketedValues.has(value), reach, readValue, (part) =>
    judge(text, part, lenient),
  )
  for (const part of parts) spans.push(part)
  if (armValues.has(value)) {
    let last = value
    const next = (after: Span) =>
      armLiteral(text, identifierStart, nextArmStart(text, after.end), lenient, readValue, judge)
    for (let arm = next(value); arm !== undefined; arm = next(arm)) {
      spans.push(arm)
      last = arm
    }
    return last.end
  }
  // When the value is a conditional's first branch, its other branches are values too.
  let last = parts.at(-1) ?? value
  for (
    let other = otherBranch(text, identifierStart, last, lenient, readValue, judge);
    other !== undefined;
    other = otherBranch(text, identifierStart, last, lenient, readValue, judge)
  ) {
    spans.push(other)
    last = other
  }
  return last.end
}

// A bare plural password name ending its line (`Passwords:` over `Rv7n… for root`, BARE_PLURAL_SECRETS): a heading
// over a list or a map, read as one is, not a label of the line below.
const BARE_PLURAL_PASSWORD = /^(?:passwords|passphrases)$/i
const HEADING_END = /["']?[ \t]{0,4}:[ \t]{0,4}(?:\r?\n|$)/y

// A bare plural after its qualifying word and a blank (`api tokens: …`, `client secrets: …`, `access tokens: …`): read
// as the name written joined (`api_tokens`, PLURAL_SECRET_WORDS), so `prompt tokens: 12` and `the tokens: …` stay
// names of no secret.
const SPACED_PLURAL = /^(?:tokens|secrets)$/i
const QUALIFIER_BEFORE = /(?<![\w.-])[A-Za-z]{2,20}$/

function namesSpacedPlural(text: string, start: number, identifier: string): boolean {
  if (!SPACED_PLURAL.test(identifier) || text.charCodeAt(start - 1) !== 32) return false
  const before = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, start - 22), start - 1))
  return before !== null && namesASecret(`${before[0]}_${identifier}`)
}

// A password manager's entry word before a password (`KeePass-Eintrag: Summer2024!`, `siehe KeePass-Eintrag
// „Summer2024!“`): beside other words the manager's name names no secret (judgeIdentifier), as what follows is an
// entry's name (`„Server01“`). A password's value there that is no entry's name (isEntryName: a password's symbol, a
// policy's word with digits, a random value) is the entry's password, read as the name read it before round 32. A
// path (`KeePass-Datenbank: D:\\Backup2024\\pw.kdbx`) is the manager's file.
const MANAGER_ENTRY_VALUE = /["'\]]?[ \t]{0,4}(?:[:=][ \t]{0,4})?["'„“«‚‹]?[ \t\u00a0]{0,2}([^\s"'„“”«»‚‘’‹›]{1,64})/uy
const PATH_SEPARATOR = /[/\\]/

function namesManagerEntryPassword(text: string, identifier: string, end: number): boolean {
  PASSWORD_MANAGER.lastIndex = 0
  if (!PASSWORD_MANAGER.test(identifier)) return false
  MANAGER_ENTRY_VALUE.lastIndex = end
  const value = MANAGER_ENTRY_VALUE.exec(text)?.[1]
  return value !== undefined && !PATH_SEPARATOR.test(value) && !isEntryName(value) && isPasswordLike(value)
}

function isPluralHeading(text: string, identifier: string, end: number): boolean {
  HEADING_END.lastIndex = end
  return BARE_PLURAL_PASSWORD.test(identifier) && HEADING_END.test(text)
}

// `API_KEYS = ["…"]`, `String[] passwords = {"…"}`, `var secrets = new[] { "…" }`, `tokens: List.of("…")`: a list
// of literals given to a secret's plural (value-wrappers.ts reads each).
const LIST_OPENING =
  /["'\]]?[ \t]{0,4}(?::=|=|:)[ \t]{0,4}(?:[[{(]|new[ \t]{0,4}(?:[A-Za-z_][\w.]{0,40}[ \t]{0,4})?\[\][ \t]{0,4}\{|(?:List|Set|Arrays)\.(?:of|asList)\(|(?:listOf|setOf|arrayOf|mutableListOf)\(|vec!\[)[ \t]{0,4}(?:\r?\n[ \t]{0,40})?["'`]/y
// The operator before a YAML block sequence (sequenceBelowKey).
const LIST_KEY_OPERATOR = /["'\]]?[ \t]{0,4}(?::=|=|:)/y

// The encoding a list's name gives after its plural: Vault's `vault operator init -format=json` prints the unseal keys
// as `"unseal_keys_hex": ["…"]` and `"unseal_keys_b64": […]` (and `recovery_keys_…`), each share a key.
const LIST_ENCODING = /[_-](?:hex|b64|base64)$/i

// A digest named by a path whose first part says so (Helm's `checksum/secret: <sha256 of the manifest>`, which rolls
// pods when a secret changes; `hash/token`, `digest/password`): a hex digest there is the digest, not the secret. Any
// other value after such a name is judged as ever.
const DIGEST_LABEL_BEFORE = /(?:^|[^\w-])(?:checksum|hash|digest|sha(?:1|256|512)|md5)\/$/i
const DIGEST_LABEL_REACH = 12
const HEX_DIGEST = /^(?:sha(?:1|256|384|512):)?[0-9a-f]{32,128}$/i

/** Whether the name at `start` is a digest's (DIGEST_LABEL_BEFORE) and `value` a hex digest. */
function isLabelledDigest(text: string, start: number, value: Span): boolean {
  return (
    DIGEST_LABEL_BEFORE.test(text.slice(Math.max(0, start - DIGEST_LABEL_REACH), start)) &&
    HEX_DIGEST.test(text.slice(value.start, value.end))
  )
}

// A secret's plural given its items in one word, apart by commas (`REVOKED_TOKENS=jti-4f1a,jti-88c2`,
// `VALIDATOR_KEYS=validator-1.pub,validator-2.pub`, YAML's `revoked_tokens: [jti-4f1a, …]`): each item is judged as
// the singular's value is (`API_TOKEN=jti-4f1a` holds none), and the list is no secret when none is one; run
// together, the items' characters read as a random value's. An item that is a secret gives the whole list
// (`REVOKED_TOKENS=jti-4f1a,a8Fk29LmQp3Zx7Rt…`, `DB_PASSWORDS=hunter2x,letmein9`).
// The items stand apart by `,` or `;`; quoted, as `.env` files quote a list (`VALIDATOR_KEYS="v1.pub,v2.pub"`), when
// the quote ends the line (a literal joined to another is read by pushWithParts). Blanks part no items: a
// passphrase's words are one password (`DB_PASSWORDS="correct horse battery staple"`).
const LIST_ITEM_BRACKETS = /^\[|\]$/g
const ITEM_SEPARATOR = /[,;]/

/** Whether the `value` of a secret's plural is a list of items none of which is a secret. */
function isListOfNoSecrets(
  text: string,
  identifier: string,
  value: Span,
  lenient: boolean,
  judge: JudgeValue,
): boolean {
  if (!PLURAL_SECRET_WORDS.has(segments(identifier).at(-1) as string)) return false
  if (isQuotedSpan(text, value) && !endsLine(text, value)) return false
  const written = text.slice(value.start, value.end)
  if (!ITEM_SEPARATOR.test(written) && written.charCodeAt(0) !== 91) return false
  let start = value.start
  for (const item of written.split(ITEM_SEPARATOR)) {
    const bare = item.replace(LIST_ITEM_BRACKETS, '')
    const from = start + item.indexOf(bare)
    if (bare.length > 0 && judge(text, { start: from, end: from + bare.length }, lenient)) return false
    start += item.length + 1
  }
  return true
}

// Bare `keys` names a JWKS set (`"keys": [{"kty": …}]`), a cache's or a map's keys (`keys: ["user:42", …]`), key ids
// and digests as often as secrets: its list is a secret's only when its first literal looks generated
// (isRandomCredential, LIST_KEY_LEAST characters or more), and a YAML sequence below it is none.
const BARE_KEYS = /^keys$/i
const LIST_KEY_LEAST = 20
const LONGEST_LIST_KEY = 256
// A cache's key under its namespace's word (`session:abc123def456`, `rate-limit:9f1c…`): the store's key, not a secret's
// (review 32).
const NAMESPACED_KEY = /^[a-z][a-z0-9_-]{1,31}:/
// A UUID first under bare `keys` is a record's or a request's id (idempotency keys, a map's or a store's keys, key
// ids), as a list of them is: a generated key is seldom written in a UUID's groups (fp33). A secret's own plural
// (`API_KEYS=<uuid>,…`, `api_keys: ["<uuid>"]`) still reads them.
const UUID_LITERAL = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Whether the literal opened right before `from` (its quote) is generated, closed by the same quote. */
function opensGeneratedLiteral(text: string, from: number): boolean {
  const quote = text.charCodeAt(from - 1)
  const limit = Math.min(text.length, from + LONGEST_LIST_KEY)
  let close = from
  while (close < limit && text.charCodeAt(close) !== quote) close++
  if (close === limit) return false
  const literal = text.slice(from, close)
  return !NAMESPACED_KEY.test(literal) && !UUID_LITERAL.test(literal) && isRandomCredential(literal, LIST_KEY_LEAST)
}

/** Whether `identifier`, ending at `end`, is a secret's name in the plural (`API_KEYS`) given a list of literals. */
function namesSecretsList(text: string, identifier: string, end: number): boolean {
  const plural = identifier.replace(LIST_ENCODING, '')
  const last = plural.charCodeAt(plural.length - 1)
  if (last !== 115 && last !== 83) return false
  if (BARE_KEYS.test(plural)) {
    LIST_OPENING.lastIndex = end
    return LIST_OPENING.test(text) && opensGeneratedLiteral(text, LIST_OPENING.lastIndex)
  }
  if (!namesASecret(plural.slice(0, -1))) return false
  LIST_OPENING.lastIndex = end
  if (LIST_OPENING.test(text)) return true
  LIST_KEY_OPERATOR.lastIndex = end
  return (
    LIST_KEY_OPERATOR.test(text) && sequenceBelowKey(text, end - identifier.length, LIST_KEY_OPERATOR.lastIndex) !== -1
  )
}

/**
 * `scheme://[user]:[password]@host`: the keyword in brackets right before a URI's `@` is a tutorial's placeholder for
 * the password, and what follows the `@` is the host, no value of it.
 */
function isUserinfoPlaceholder(text: string, start: number, end: number): boolean {
  return text.charCodeAt(start - 1) === 91 && text.charCodeAt(end) === 93 && text.charCodeAt(end + 1) === 64
}

// A secret's name a pointer word sends the reader to, then the quoted name of an entry (`siehe Passwort-Eintrag
// „Server01“`, `voir le mot de passe « Serveur-Prod »`, `see password entry "db01"`): the name is where the secret is
// kept, and the quotes name that place, not the secret. Given by an operator (`siehe Passwort: Xk9…`), or quoted and
// random-looking (`siehe Passwort „Xk9mQ2vLp7“`), the value is read as ever.
export const POINTER_BEFORE =
  /(?:^|[^\p{L}\p{N}])(?:siehe|see|voir|ver|vedi|zie|vgl\.|cf\.)[ \t]{1,4}(?:(?:den|die|das|dem|the|la|le|les|el|il|het|de)[ \t]{1,4}|l['’])?$/iu
const POINTER_REACH = 24
// Up to two words (`entry`, `im Tresor`), then the entry's name in quotes of any language, on the line.
const QUOTED_ENTRY =
  /^(?:[ \t]{1,4}[\p{L}\p{N}-]{1,24}){0,2}[ \t]{1,4}["'„“«‚‹][ \t\u00a0]{0,2}([^"'„“”«»‚‘’‹›\r\n]{1,60}?)[ \t\u00a0]{0,2}["'“”»‘’›]/u
const QUOTED_ENTRY_REACH = 120
// What an entry's name is written with: letters, digits, blanks and the joins of names (`Server 01 (alt)`, `DB-Prod2`).
// A password's symbol (`Summer2024!`, `Winter#2023`) is no entry's name (review 32).
const ENTRY_NAME = /^[\p{L}\p{N} ._()/-]+$/u

/** Whether a code can end a match of POINTER_BEFORE: a blank, `'` or `’`. */
function endsPointer(code: number): boolean {
  return code === 32 || code === 9 || code === 39 || code === 0x2019
}

// The words POINTER_BEFORE can end with before its blanks: a pointer word or an article (`vgl` and `cf` take a `.`).
export const POINTER_LAST_WORDS: ReadonlySet<string> = new Set(
  'siehe see voir ver vedi zie den die das dem the la le les el il het de'.split(' '),
)
export const POINTER_DOTTED_WORDS: ReadonlySet<string> = new Set(['vgl', 'cf'])
const LONGEST_POINTER_WORD = 5

/**
 * Whether POINTER_BEFORE may match in its window before `start`, by the word before the blanks: the pattern is tried
 * at every position of its window, and most names follow no pointer word or article. An apostrophe (`l'`) or any
 * character past ASCII (a letter `ſ` folds to `s`, a punctuation may stand before the word) leaves it to the pattern.
 */
export function mayEndPointer(text: string, start: number): boolean {
  const floor = Math.max(0, start - POINTER_REACH)
  let end = start
  while (end > floor && end > start - 5 && isBlank(text.charCodeAt(end - 1))) end--
  if (end === start) return true
  // Five blanks: the pattern's one to four have no word before them.
  if (end === start - 5 || end === floor) return false
  const dotted = text.charCodeAt(end - 1) === 46
  const wordEnd = dotted ? end - 1 : end
  let wordStart = wordEnd
  while (wordStart > floor && wordEnd - wordStart <= LONGEST_POINTER_WORD) {
    const code = text.charCodeAt(wordStart - 1)
    if (code >= 128) return true
    if (!isAsciiLetter(code)) break
    wordStart--
  }
  const word = text.slice(wordStart, wordEnd).toLowerCase()
  return dotted ? POINTER_DOTTED_WORDS.has(word) : POINTER_LAST_WORDS.has(word)
}

/** Whether a pointer word stands before the name at [start, end) and an entry's quoted name after it. */
function isPointedTo(text: string, start: number, end: number): boolean {
  // POINTER_BEFORE ends with a blank or an elided article's apostrophe: a look at one character spares trying its
  // pattern at every position of its window before most names.
  if (!endsPointer(text.charCodeAt(start - 1))) return false
  if (!mayEndPointer(text, start)) return false
  if (!POINTER_BEFORE.test(text.slice(Math.max(0, start - POINTER_REACH), start))) return false
  const entry = QUOTED_ENTRY.exec(text.slice(end, end + QUOTED_ENTRY_REACH))?.[1]
  return entry !== undefined && isEntryName(entry)
}

/**
 * Whether the quoted `entry` reads as an entry's name: written as names are (ENTRY_NAME), and neither a policy's
 * password (`Spring2025`, `Welcome1`) nor random (`Xk9mQ2vLp7`).
 */
function isEntryName(entry: string): boolean {
  return ENTRY_NAME.test(entry) && !isPasswordBaseWithDigits(entry) && !isRandomCredential(entry, 1)
}

// A key's or a secret's file named in a command, a host or a file after it (`ssh -i ~/.ssh/prod_key root@db01`,
// `scp -i deploy_key.pem … ec2-user@…`, `cp /run/secrets/db_password /tmp/`): the name is a path's last part, has a key
// file's extension, or is ssh's `-i` identity file, and a blank, no operator, stands after it. What follows is the
// command's next operand. A secret's name with an operator after it (`secrets/api_key: …`) is read as ever.
const KEY_FILE_EXTENSION = /\.(?:pem|key|pub|ppk|p8|p12|pfx|jks|keystore|crt|cer|der|asc|gpg|age|enc|txt|json)$/i
const IDENTITY_FLAG_BEFORE = /(?:^|[ \t])-i[ \t]{1,4}$/

// A path's opening: the root, home, the working folder, a variable or a drive (`/run/…`, `~/.ssh/…`, `./keys/…`,
// `$HOME/…`, `C:\\Users\\…`); `Login/Password` is a pair of words.
const PATH_OPENING = /^(?:[/~.$]|[A-Za-z]:\\)/
const LONGEST_PATH = 200

/** Whether a `/` or `\\` stands right before `start`, ending a path (maybe quoted) that opens as PATH_OPENING says. */
function isPathsLastPart(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1)
  if (before !== 47 && before !== 92) return false
  const floor = Math.max(0, start - LONGEST_PATH)
  let from = start - 1
  while (from > floor && !isRegexSpace(text.charCodeAt(from - 1)) && !isQuoteCode(text.charCodeAt(from - 1))) from--
  return PATH_OPENING.test(text.slice(from, start))
}

const isQuoteCode = (code: number) => code === 34 || code === 39

// The next operand after the file, to its blank, and its part before an `@` (a user's at a host).
const NEXT_OPERAND = /[ \t]+([^\s@]{0,64})/y
// A password's symbol in an operand (`Summer2024!`, `Winter#2023`): no host, path or command is written with one.
const OPERAND_PASSWORD_SYMBOL = /[!#%&*+=~^]/

/**
 * Whether the name at [start, end) is a file's (see KEY_FILE_EXTENSION) with a blank after it, and the operand after
 * it is written as hosts, paths and commands are: a random or a policy's password there (`cat
 * /run/secrets/db_password Xk9mQ2vLp7aB`, `ssh-add ~/.ssh/prod_key Summer2024!`) is read as ever (review 32).
 */
function isFileBeforeWord(text: string, start: number, end: number): boolean {
  // Past the quote closing a quoted path (`ssh -i "~/.ssh/prod_key" root@db01`).
  const quote = text.charCodeAt(end)
  const past = isQuoteCode(quote) ? end + 1 : end
  const after = text.charCodeAt(past)
  if (after !== 32 && after !== 9) return false
  return (
    (isPathsLastPart(text, start) ||
      KEY_FILE_EXTENSION.test(text.slice(start, end)) ||
      IDENTITY_FLAG_BEFORE.test(text.slice(Math.max(0, start - 8), start))) &&
    isPlainOperand(text, past)
  )
}

/** Whether the operand after the blank at `from` is no password: neither random, a policy's, nor with its symbols. */
function isPlainOperand(text: string, from: number): boolean {
  NEXT_OPERAND.lastIndex = from
  const operand = (NEXT_OPERAND.exec(text) as RegExpExecArray)[1] as string
  return !OPERAND_PASSWORD_SYMBOL.test(operand) && !isPasswordBaseWithDigits(operand) && !isRandomCredential(operand, 1)
}

/**
 * `judgeKeyword` on the fast path: an identifier that ends its line is turned down before it is copied and looked up,
 * and a bare `key` (no qualifier before it) without a lookup.
 */
function judgeKeywordFast(
  text: string,
  keywordStart: number,
  keywordEnd: number,
  asciiKeyword: boolean,
  spans: Span[],
): number {
  const start = asciiKeyword ? identifierStart(text, keywordStart) : keywordStart
  const end = asciiKeyword ? identifierEnd(text, keywordEnd) : keywordEnd
  if (isUserinfoPlaceholder(text, start, end) || isFileBeforeWord(text, start, end)) return end
  if (isPointedTo(text, start, end)) return end
  columnCells(text, start, end, true, spans)
  let identifier: string
  if (asciiKeyword) {
    if (endsLineWithoutValue(text, start, end)) {
      const identifier = text.slice(start, end)
      if (!namesASecret(identifier) && !namesSecretsList(text, identifier, end)) return end
      return pushClauseValue(text, start, end, isSecretAtFast, spans, end)
    }
    // `key` alone is one word without the qualifier that makes it a secret's name: only a generated value makes it one.
    const loneKey = end - start === 3 && keywordEnd - keywordStart === 3 && lowerCode(text, start) === 107
    if (loneKey || isPragmaKeyName(text, start, end)) {
      return pushLoneKeyValue(text, start, end, spans)
    }
    identifier = text.slice(start, end)
    const names =
      namesASecret(identifier) ||
      namesSpacedPlural(text, start, identifier) ||
      namesManagerEntryPassword(text, identifier, end)
    if ((!names || isPluralHeading(text, identifier, end)) && !namesSecretsList(text, identifier, end)) {
      return pushMapValues(text, start, end, identifier, isSecretAtFast, spans, end)
    }
  } else {
    if (isNotASecretsName(text, start, end)) return end
    identifier = text.slice(start, end)
  }
  if (isSearchOnlyLabel(text, start, identifier) || isTestResultLabel(text, start, identifier)) return end
  if (isFieldSelector(text, start, identifier)) return end
  const lenient = keywordLeniency(text, start, end, identifier)
  const command = commandValue(text, end, identifier, spans)
  if (command !== undefined) return Math.max(end, command)
  let value: Span | undefined
  if (opensReference(text, start)) value = referenceDefault(text, end, lenient)
  else if (isFieldOfList(text, start, end)) return end
  else {
    value = assignedValueFast(text, start, end, identifier, lenient)
    // In a template or an ARN what follows the keyword is the rest of the reference: the look back for one is taken
    // only once a value is found, which most keywords lack.
    if (value !== undefined && (isInTemplateReference(text, start) || isInArn(text, start))) return end
  }
  if (value === undefined) {
    const attribute = valueAttributeBefore(text, start, end, lenient, isSecretAtFast)
    if (attribute !== undefined) {
      spans.push(attribute)
      return end
    }
    const mapped = pushMapValues(text, start, end, identifier, isSecretAtFast, spans, end)
    return mapped > end ? mapped : pushClauseValue(text, start, end, isSecretAtFast, spans, end)
  }
  if (value === NO_VALUE || isOtherSetting(text, identifier, end, value)) return end
  if (isListOfNoSecrets(text, identifier, value, lenient, isSecretAtFast) || isLabelledDigest(text, start, value)) {
    return end
  }
  return Math.max(end, pushWithParts(text, start, value, lenient, isSecretAtFast, spans))
}

/**
 * Whether `assignedValueFast` finds nothing for the identifier at [start, end) because the line (or the text) ends
 * right after it with no line below to read a value on: no operator, quote, element or separated value follows, and
 * the prose reading stops on the line's end at once. Only a literal compared with it before it (`"…" == password`, the
 * `=` just before) or assigned to it by R's right arrow (`"…" -> password`) is left to read. (A table's column it names is read before this is asked.)
 */
function endsLineWithoutValue(text: string, start: number, end: number): boolean {
  const next = text.charCodeAt(end)
  if (next !== 10 && end !== text.length) return false
  if (nextValueLine(text, end) !== -1) return false
  const before = text.charCodeAt(start - 1)
  const operator = before === 32 ? text.charCodeAt(start - 2) : before
  // `=`, or `>` ending R's `->`.
  return operator !== 61 && operator !== 62
}

// The fast path searches with this pattern instead of KEYWORD: the same keywords, factored by their first letter,
// without the `u` flag and the lookbehind that make KEYWORD several times slower. Where two keywords start alike the
// longer comes first, as in KEYWORD (passord before pass, pwd before pw). `pin code` stands last, outside the `p`
// group: no other keyword starts with `pin`, and inside the group its optional separator made every `p` cost more.
const KEYWORD_IGNORING_CASE =
  /p(?:ass(?:ord)?|wd?|sw|\/w|aro(?:l(?:a(?:m[ıi]z[ıi]?|n[ıi]z[ıi]?|s[ıi](?:n[ıi])?|m[ıi]?|n[ıi]?|y[ıi])?|ă)|ol)|r(?:ivate|oduct) {1,4}key)|s(?:e(?:creto?|nha|gre(?:to|do)|kret)|alasana|[iİ]fre(?:m[iİ]z[iİ]?|n[iİ]z[iİ]?|s[iİ](?:n[iİ])?|m[iİ]?|n[iİ]?|y[iİ])?|chl[üu]ssel|leutel|laptažodis)|k(?:ey|ata {1,4}(?:sandi|laluan)(?:nya)?|ennwort|odeord)|token|geheim(?:nis|wort)|c(?:red(?:ential|s)|ontras(?:e(?:[ñn]a|nya)|inal)|l(?:[ée]f?|ave)|h(?:iave|ave))|bearer|a(?:uthorization|pi {1,4}key|ctivation {1,4}key|dgangskode)|h(?:as[łl](?:o|em)|eslo)|l(?:[öo]senord|ozinka|ykilorð|icen[cs]e {1,4}key)|recovery {1,4}key|w(?:achtwoord|i-?fi|lan)|j(?:eton|elsz(?:[óo]|av(?:atok|unk|am|ad|uk|a)))|mot {1,4}de {1,4}passe|m(?:dp|ật(?: {1,4}|[-_])?khẩu|at(?: {1,4}|[-_])?khau)|nenosiri|ş[iİ]fre(?:m[iİ]z[iİ]?|n[iİ]z[iİ]?|s[iİ](?:n[iİ])?|m[iİ]?|n[iİ]?|y[iİ])?|парол[ьа]|лозинка|ключ|токен|секрет|κωδικ[οό]ς(?: {1,4}πρ[οό]σβασης|(?= {0,4}[:=：]))|συνθηματικό|(?:パ|ハ\u309a)スワー(?:ド|ト\u3099)|密[码碼钥鑰]|秘钥|口令|令牌|暗証番号|合言葉|パスコード|비밀 {0,4}번호|암호(?!화)|비번|패스워드|كلمة {1,4}(?:المرور|السر)(?: {1,4}الخاصة {1,4}(?:بي|بك|بنا))?|رمز {1,4}عبور|گذرواژه|پاس {1,4}ورڈ|पासवर्ड|পাসওয়ার্ড|கடவுச்சொல்|รหัสผ่าน|סיסמ[הא]|pin(?: {1,4}|[-_])?code/gi
// Tried only where the text holds a pair of characters that can open one of its keywords (opening-pairs.ts).
const searchKeywordIgnoringCase = searchByPairs(KEYWORD_IGNORING_CASE, 'keywords')
// KEYWORD at one position, for the words it takes only whole (jeton, clé, schlüssel…): their lookarounds see letters
// of any script.
const KEYWORD_AT = new RegExp(KEYWORD.source, 'iuy')

// An ASCII letter's code in lower case; other codes change but stay apart from the ASCII letters'.
function lowerCode(keyword: string, at: number): number {
  return keyword.charCodeAt(at) | 32
}

// `wifi`, `Wi-Fi`, `WLAN` alone name the network's password in a notice (`WiFi: Kx8mQ2zz`), but also its other
// settings and its device (wifi-settings.ts, shared with the Wi-Fi key's labels of auth-files.ts).
const WIFI_WORD = /^(?:wi-?fi|wlan)$/i
// The words after the Wi-Fi word that say which setting the line gives: `WiFi network:`, `Wi-Fi name:`, `WLAN SSID:`
// label the network's name. Only a connector (`the wifi is …`) leaves the word labelling the password.
const LABEL_WORDS = /[\p{L}\p{M}]+/gu

// `wpa_passphrase <ssid> [passphrase]` is a command: the word after it, a blank apart, is the network's name (the
// passphrase, if given, is its next operand, which tool-passwords.ts reads; without it the command prompts).
const PASSPHRASE_COMMAND = /^wpa_passphrase$/i
const BLANKS = /^[ \t]+$/

/** Whether the value read after `identifier` gives another setting than the secret's: see each reading. */
function isOtherSetting(text: string, identifier: string, end: number, value: Span): boolean {
  return (
    isWifiSetting(text, identifier, end, value) ||
    isAccountOperand(text, identifier, end, value) ||
    isSecurityKeyDevice(text, identifier, end, text.slice(value.start, value.end))
  )
}

function isWifiSetting(text: string, identifier: string, end: number, value: Span): boolean {
  if (PASSPHRASE_COMMAND.test(identifier) && BLANKS.test(text.slice(end, value.start))) return true
  if (identifier.length > 5 || !WIFI_WORD.test(identifier)) return false
  const written = text.slice(value.start, value.end)
  if (isWifiSettingOrDevice(written)) return true
  for (const [word] of text.slice(end, value.start).matchAll(LABEL_WORDS)) {
    if (!CONNECTORS.has(word.toLowerCase())) return true
  }
  return false
}

/**
 * Whether a KEYWORD_IGNORING_CASE match is one of KEYWORD's whole-word keywords: jeton, cl…, ch…, schl…, sleutel, pin
 * code, wifi, wlan.
 */
function isWholeWordKeyword(keyword: string): boolean {
  const second = lowerCode(keyword, 1)
  switch (lowerCode(keyword, 0)) {
    case 106: // jeton, not jelszó
      return lowerCode(keyword, 2) === 116
    case 99: // clé, clave, chiave, chave, not credential or contraseña
      return second === 108 || second === 104
    case 115: // schlüssel, sleutel, not secret, secreto, segreto, sekret, senha, salasana, sifre or slaptažodis
      return second === 99 || (second === 108 && lowerCode(keyword, 2) === 101)
    case 112: // pin code, p/w, not pass, pwd, pw, psw or parola
      return second === 105 || second === 47
    case 119: // wifi, wi-fi, wlan, not wachtwoord
      return second !== 97
    default:
      return false
  }
}

/** Whether a KEYWORD_IGNORING_CASE match is one of ASCII_KEYWORDS, by the letters that tell it from the others. */
function isAsciiKeyword(keyword: string): boolean {
  switch (lowerCode(keyword, 0)) {
    case 98: // bearer
    case 116: // token
      return true
    case 107: // key, not kata sandi, kennwort or kodeord
      return keyword.length === 3
    case 112: // pass, pwd, pw, psw, not passord, parola, parolă, parool, pin code, p/w or private key
      return keyword.length <= 4 && lowerCode(keyword, 1) !== 105 && keyword.charCodeAt(1) !== 47
    case 115: // secret, not secreto, segreto, segredo, sekret, senha, salasana, sifre, schlüssel or sleutel
      return keyword.length === 6 && lowerCode(keyword, 1) === 101 && lowerCode(keyword, 2) === 99
    case 99: // credential, creds, not contraseña, clé or chiave
      return lowerCode(keyword, 1) === 114
    case 97: // authorization, not api key or adgangskode
      return lowerCode(keyword, 1) === 117
    case 109: // mdp, not mật khẩu or mat khau
      return lowerCode(keyword, 1) === 100
    default:
      return false
  }
}

/**
 * Whether KEYWORD_IGNORING_CASE finds exactly KEYWORD's matches: its case-insensitivity (without the `u` flag) equates
 * the same characters with the keywords' letters but two, ſ with s and the Kelvin sign with k.
 */
function canSearchIgnoringCase(text: string): boolean {
  return !text.includes('ſ') && !text.includes('\u212A')
}

function keywordValuesIgnoringCase(text: string): Span[] {
  const spans: Span[] = []
  let from = 0
  for (
    let match = searchKeywordIgnoringCase(text, from);
    match !== null;
    match = searchKeywordIgnoringCase(text, from)
  ) {
    const start = match.index
    let keyword = match[0]
    if (isWholeWordKeyword(keyword)) {
      // Inside a word (`article`, `include`) the lookbehind fails: an ASCII letter or digit before tells it at once.
      KEYWORD_AT.lastIndex = start
      const whole = isAsciiAlphanumeric(text.charCodeAt(start - 1)) ? null : KEYWORD_AT.exec(text)
      if (whole === null) {
        // No keyword starts inside these words: the next one is searched from the next character all the same.
        from = start + 1
        continue
      }
      keyword = whole[0]
    }
    const end = start + keyword.length
    const resume = judgeKeywordFast(text, start, end, isAsciiKeyword(keyword), spans)
    from = Math.max(end, resume)
  }
  return spans
}
