import { isDescription } from './element-text.js'
import { characterClasses, shannonEntropy } from './entropy.js'
import { isBareJwtHeader } from './validators.js'

// What separates `password: Xk9#mq2!vL` from `password: ${DB_PASSWORD}`, `password: required` or `api_key: <KEY>`.

// A variable (`$NAME`, `$env:NAME`) is told apart by isVariableReference. Words framed by asterisks are a tool's marker for a value it
// removed (Windows Setup's `*SENSITIVE*DATA*DELETED*`, `*REMOVED*`). A format's conversion after a scheme's or a
// label's words (`"Basic %s" % auth`, `"Bearer %(token)s"`, Python's urllib and httplib2) is filled when it runs.
const PLACEHOLDER_SHAPES =
  /^(?:(?:[A-Za-z]{1,16} ){0,3}%(?:\([A-Za-z_]\w{0,40}\))?[sdr]|<.*>|\*[A-Za-z]+(?:[*_ ][A-Za-z]+)*\*|\[.*\]|\{\{.*\}\}|\$\{.*\}|\$\(.*\)|%[A-Za-z_]\w*%|#\{.*\}|\{[A-Za-z_]\w*\}|\*+|\.+|…|x+|X+|-+)$/

// A deploy or build tool's token, replaced by the setting's value when it runs: Azure Pipelines' Replace Tokens
// `#{DB_PASSWORD}#`, Maven's and Gradle's filtering `@db.password@`, `@@DB_PASSWORD@@`, Visual Studio's templates'
// `$DB_PASSWORD$`, a batch file's `%%DB_PASSWORD%%` and its delayed expansion `!DB_PASSWORD!` (inside a block or a
// loop, with `setlocal enabledelayedexpansion`; fp33). Its name is a setting's (words in capitals or in lower case,
// joined by dots or underscores, or capitalised words run together: `#{DbPassword}#`): a password between the marks
// (`@Summer2024@`, `$ADMIN2024$`, `$Xk9mQ2$`) stays a value.
const TOKEN_NAME =
  '(?:[A-Z]{2,30}(?:[._][A-Z0-9]{1,30}){0,6}|(?:[A-Z][a-z]{1,20}){2,6}|[a-z][a-z0-9]{0,30}(?:[._][a-z][a-z0-9]{0,30}){1,6}|[a-z]{2,40})'
// A delayed expansion whose closing `!` a reader left out as a sentence's (`-p!MYSQL_PWD!`, `"TOKEN=!API_TOKEN!"`):
// only a setting's name of words joined by `_` and no digit, which no password is (`!ADMIN_2024`, `!SummerWinter`
// stay values).
const OPENED_TOKEN_NAME = '(?:[A-Z]{2,30}(?:_[A-Z]{2,30}){1,6}|[a-z]{2,30}(?:_[a-z]{2,30}){1,6})'
const REPLACED_TOKEN = new RegExp(
  `^(?:@@?${TOKEN_NAME}@@?|#\\{${TOKEN_NAME}\\}#|\\$${TOKEN_NAME}\\$|%%${TOKEN_NAME}%%|!${TOKEN_NAME}!|!${OPENED_TOKEN_NAME})$`,
)

const PLACEHOLDER_WORDS =
  /x{4}|X{4}|\*{3}|\.{3}|…|your|example|placeholder|changeme|change_me|replace|insert|dummy|sample|redacted|\{\{|<[a-z_-]+>|todo/i

// Where a value is read from, written in its place. A Helm chart's template reads it from the chart's built-in
// objects (`.Values.db.password`, `$.Values.token`, `.Release.Name`), often after the message `required` gives
// (`{{ required "token" .Values.token }}`, whose quoted word reads as the secret's name).
const INDIRECTIONS =
  /^(?:process\.env|import\.meta\.env|os\.environ|os\.getenv|env[.(:[]|ENV\[|System\.getenv|getenv|config\.|settings\.|secrets\.|vault:|ref\+|arn:aws|!Ref|!Sub|!vault|!GetAtt|%\(|\$?\.(?:Values|Release|Chart|Files|Capabilities|Template)\.)/i

// Where a secret is fetched from, written in place of it: CloudFormation `{{resolve:…}}` and its tags, Symfony
// `%env(…)%`, Azure App Service `@Microsoft.KeyVault(…)`, 1Password `op://`, Concourse `((name))`, Grafana
// `$__file{…}`, Rust `std::env::var(…)`, and `${NAME:?message}` cut at the message's first space. `!vault |`
// (Ansible, in INDIRECTIONS) is ciphertext, not the secret: a reference too.
const SECRET_STORE_REFERENCES =
  /^(?:\{\{ ?resolve:|!(?:ImportValue|FindInMap|GetAZs)\b|%env\(|@Microsoft\.KeyVault\(|op:\/\/|vault:\/\/|\(\([a-z0-9][a-z0-9_./-]{0,63}\)\)$|\$__(?:file|env|vault)\{|(?:std::)?env::var(?:_os)?\(|env!\(|option_env!\(|\$\{[A-Za-z_][\w.-]{0,64}:?\?)/

// A member, or a call through a member or a path (`re.compile(`, `Regex::new(`, `std::string(`): computed, not written.
// A member read with optional chaining (`session?.access_token`, `config?.db?.password`) is one too.
// A type's literal through its package (Go's `jose.SigningKey{Algorithm: …}`, Rust's `config::Auth {`) is built too.
const CODE_EXPRESSION = /^[A-Za-z_$][\w$]*(?:(?:\??\.|::)[A-Za-z_$][\w$]*)+(?:(?:\?\.)?[([{].*)?$|^[A-Za-z_$][\w$]*[([]/

const JASYPT_MARKER = /^(?:DEC|ENC)\(/
// Babel's, TypeScript's and minifiers' form of an imported function's call: `(0, name.member)(`.
const INDIRECT_CALL = /^\(0, ?([A-Za-z_$][\w$]{0,80}(?:\.[A-Za-z_$][\w$]{0,80}){1,4})\)\(/

// Ideographs, kana, hangul and full-width forms: a value in them is a sentence, not a generated secret.
const CJK = /[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/

/**
 * `hvs.CAESIJ3k…` is a prefixed token, not `config.apiKey`: a member name with several digits is random, unless a
 * function's in snake case (isRandomPart). An expression
 * in brackets (`(args.password or getpass())`, read up to its first space) is one too, and so is one dereferenced or
 * taken by reference: C's and Go's `*resp.Token`, a pointer's declaration `Token *next_token(Lexer`, Rust's
 * `&self.tokens[self.pos]`, C++'s `*PassRegistry::getPassRegistry()`.
 */
function isCodeExpression(raw: string): boolean {
  // A bundler's call through a module's member, its `this` left out (`(0,r.default)(e)`, `(0, _bcrypt.hash)(pw)`).
  const indirect = raw.startsWith('(0,') ? INDIRECT_CALL.exec(raw) : null
  if (indirect !== null) return !(indirect[1] as string).split('.').some(isRandomPart)
  let value = raw
  while (isExpressionOpening(value.charCodeAt(0))) value = value.slice(1)
  // Jasypt's markers are no calls: `DEC(…)` holds the plaintext still to be encrypted, and an `ENC(…)` too short for
  // its ciphertext (CIPHERTEXT) holds a password typed in one (review 29).
  if (!CODE_EXPRESSION.test(value) || JASYPT_MARKER.test(value)) return false
  const parts = value.split(/[.:([?]/)
  if (parts.some(isRandomPart)) return false
  // A call or an index is code whatever its names; members alone may be a password's words.
  return value.includes('(') || value.includes('[') || !parts.some(isLeetWord)
}

// A word written in leetspeak, a digit standing for a letter inside it (`S3cret`, `P4ssw0rd`, `W3lc0me`), with a
// capital: a chosen password's part (`password: S3cret.Root`), the digit followed by three letters or by another such
// digit (`W3lc0me`); a name's digits end a word (`Base64`, `Md5Util`, `S3Client`) or a letter or two follow them
// (`Vec3f`, `Log4j`, `Argon2id`), or they stand in a lower-case word (`base64url`, `b64encode`, `i18n`, `k8s`).
const LEET_WORD = /^(?=[^A-Z]{0,63}[A-Z])(?=[^a-z]{0,63}[a-z])[A-Za-z0-9]{6,64}$/
const DIGIT_INSIDE_WORD = /[A-Za-z]\d{1,2}(?:[a-z]{3}|[a-z]{1,2}\d)/

function isLeetWord(part: string): boolean {
  return LEET_WORD.test(part) && DIGIT_INSIDE_WORD.test(part)
}

// A function's name in lower-case snake case (Python's `base64.urlsafe_b64encode(…)`, `hashlib.pbkdf2_hmac(…)`): its
// digits belong to its words, where a random part mixes cases too.
const SNAKE_CASE_FUNCTION = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/

// A member's name of words in camel case with an algorithm's or an encoding's number among them
// (`SigningMethodHS256`, `fromBase64EncodedString`, `HmacSha256Signature`): each word two lower-case letters or more
// with a vowel, capitalised or not, an acronym before a word, a number or the end, or a number of four digits at
// most, not a year: a person's passphrase ends its words with one (`Correct.HorseBatteryStaple2024`). A random
// part has single lower-case letters between its capitals and digits (`CAESIJ3kXq9mPzL7wR2t`).
const CAMEL_WORDS_NAME =
  /^(?:[A-Z]?(?=[a-z]{0,40}[aeiouy])[a-z]{2,}(?![a-z])|[A-Z]{2,6}(?=[A-Z][a-z]|\d|$)|(?!(?:19|20)\d\d(?!\d))\d{1,4}(?!\d))+$/

/** A part of a member expression long enough, with digits enough, to be a random value's (`hvs.CAESIJ3k…`). */
function isRandomPart(part: string): boolean {
  return (
    part.length >= 16 &&
    part.replace(/\D/g, '').length >= 2 &&
    !SNAKE_CASE_FUNCTION.test(part) &&
    !CAMEL_WORDS_NAME.test(part)
  )
}

const OPENING_BRACKET = 40

/** `(`, or `*` or `&` before an operand (a dereference, an address, a reference). */
function isExpressionOpening(code: number): boolean {
  return code === OPENING_BRACKET || code === 42 || code === 38
}

// A relative path to a file in folders (`uploads/2024/05/photo123.jpg`): an object's name in its store. Base64 has no
// dot, and a password rarely ends in a file's extension after folders. Last, a resource's name in a store or an API,
// in folders of lower-case words (`projects/my-proj/secrets/db/versions/1`, `api/v2/users/42`), a name when two of its
// folders are words (isNotAValue). Base64 and a key's slashes (AWS's secret keys) come with capitals and digits in
// random places.
// A Markdown link, bracketed or not, to a page, an anchor or a relative file (a changelog's `Added \`char\` token
// ([#3270](https://github.com/…/issues/3270))`, `refresh token [#412](…)`) and an autolink (`<https://…>`) are a
// reference to what the word is about, as the URL alone is.
// A path rooted at a variable (OpenSSL's `$dir/private/cakey.pem`, apt's `$(COMPONENT)/dep11/icons-48x48.tar`) is a
// file's name too, and a port with its protocol (`/etc/services`' `kpasswd  464/tcp`) a service's address.
const NOT_A_VALUE =
  /^\$(?:[A-Za-z_]\w*|\([A-Za-z_]\w*\)|\{[A-Za-z_]\w*\})(?:\/[\w-]+)+\.[a-z][a-z0-9]{0,7}$|^\d{1,5}\/(?:tcp|udp|sctp|dccp)$|^(?:https?|file|s3|gs):\/\/|^\(?(?:\[[^\]\n]{1,80}\]\(|<)(?:https?:\/\/|#|\.{0,2}\/)|^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)|^\d{4}-\d\d-\d\d|^\d+(?:[.,:]\d+)*$|^[\w-]+(?:\/[\w-]+)*\/[\w-]+\.[a-z][a-z0-9]{0,7}$|^(?<resource>[a-z0-9]+(?:[-_.][a-z0-9]+)*(?:\/[a-z0-9]+(?:[-_.][a-z0-9]+)*){2,})$/
const LETTERS_SEGMENT = /^[a-z]{2,}$/

// A Markdown link's text and its address, read when NOT_A_VALUE takes the value for a link.
const LINK_TEXT = /^\(?\[`?([^\]`\n]{1,80})`?\]\(([^)\s]{0,300})/

// An HTTP request's line, as API documentation heads an endpoint with it (`Refresh token: \`POST /auth/refresh\``,
// `### Revoke token` over `DELETE /v1/tokens/{id}`): a method, then the path or URL it is sent to, which is no value
// alone (NOT_A_VALUE), maybe with its protocol.
const REQUEST_LINE = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (?:\/|https?:\/\/)\S{0,300}(?: HTTP\/\d(?:\.\d)?)?$/
// The letters a method opens with: most values are told from a request line by their first character alone.
const METHOD_INITIALS = new Set([...'GPDHO'].map((letter) => letter.charCodeAt(0)))

/** REQUEST_LINE, tried only on a value opening with a method's initial (`first`). */
function isRequestLine(value: string, first: number): boolean {
  return METHOD_INITIALS.has(first) && REQUEST_LINE.test(value)
}

/** A URL, a path, a date, a number, or a resource's name: not a value (NOT_A_VALUE). */
function isNotAValue(value: string): boolean {
  const match = NOT_A_VALUE.exec(value)
  if (match === null) return false
  if (match.groups?.resource === undefined) return !isLinkedValue(value)
  let words = 0
  for (const segment of value.split('/')) if (LETTERS_SEGMENT.test(segment)) words++
  return words >= 2
}

/**
 * Whether a Markdown link's text is the value itself: random (`api_key: [a8f5f167f44f…](https://dashboard…)`) and not
 * the address's own (a commit's `[\`220bc40f\`](…/commit/220bc40f)`). An issue's number or words are a reference.
 */
function isLinkedValue(value: string): boolean {
  const link = LINK_TEXT.exec(value)
  if (link === null) return false
  const [, linkText, address] = link as unknown as [string, string, string]
  return !address.includes(linkText) && isSecretLike(linkText)
}

// Names: snake, kebab and camel case, and two or three capitals-only words joined by dashes (a keyword list's
// `URL-USERID`, a cipher's `ECDHE-RSA-AES`); a passphrase in capitals has more words (`CORRECT-HORSE-BATTERY-STAPLE`).
// A class's name in Pascal case may open with its framework's prefix in capitals (Apple's `PKPushCredentials`,
// `TKTokenPasswordAuthOperation`, Pygments' Cocoa lists) and a private one's underscores (`_TokenType`): then each of
// its words has two lower-case letters at least and a vowel, as few random strings of letters do (`_XXmSavmpNq`).
// So it has in a generated API's and a compiler's names of three words or more with an acronym or a version among
// them (`PrecedingJSDocComment`, TypeScript's enum member; `ConnectorListOrganizationCredentialsV1Request`, a type):
// a capital or an acronym before a word (`OAuth2AccessToken…`) or ending the name, a version's digits after a word.
// One of them is there, a version is written with its V, and bare digits go between words: capitalised words with
// digits after them (`SunnyBeachHouse12`, `JohnSmithAPIKey1`) are the way people make passwords they can remember.
const IDENTIFIER_SHAPES =
  /^(?:[a-z]+(?:[_.-][a-z0-9]+)+|[A-Z]+(?:_[A-Z0-9]+)+|[A-Z]{2,}(?:-[A-Z]{2,}){1,2}|[a-z]+(?:[A-Z][a-z]+)+\d*|(?:[A-Z][a-z]+)+|_{0,2}[A-Z]{0,4}(?:[A-Z](?=[a-z]{0,20}[aeiouy])[a-z]{2,}){2,}|(?=.*?(?:[A-Z]{2}|V\d))(?:[A-Z]{1,5}(?=[A-Z][a-z]))?(?:[A-Z](?=[a-z]{0,20}[aeiouy])[a-z]{2,}(?:[A-Z]{2,5}(?=[A-Z][a-z]|$)|V\d{1,2}(?=[A-Z]|$)|\d{1,2}(?=[A-Z]))?){3,})$/

// The password manager named as the tool (`Password manager: 1Password`), in its maker's spelling: a product, the one
// whose name has a digit, so the value test would take it for a password.
const PASSWORD_MANAGER_PRODUCT = /^1Password(?:\d{1,2})?$/

// A JWT's header and payload without a signature (`eyJhbGciOiJIUzI1NiJ9.e30`, the signature a placeholder after it):
// base64 of JSON anyone can read, which authenticates nothing.
const UNSIGNED_JWT = /^eyJ[\w-]{8,}\.[\w-]*\.?$/
// jwt.io's example token, signed with the key it publishes (`your-256-bit-secret`): in every JWT tutorial.
const JWT_IO_EXAMPLE_SIGNATURE = /\.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c$/

// A JWT's header alone, the rest placeholders the value stops before (`Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.<payload>.<signature>`,
// `token: eyJhbGci….…`): base64url of the JSON naming the algorithm, which every token of that algorithm opens on
// and no one keeps secret. Base64 of other JSON that opens the same way (a Grafana key's `{"k":…}`, a registry's
// `{"auths":…}`) names no algorithm, and JSON naming one beside anything no header holds (a JWK's `k`), are judged as
// ever.
const JWT_HEADER_ALONE = /^eyJ[\w-]{8,}$/

// Private keys published for anyone to use, in every tutorial that uses them: the first accounts of the development
// chains of Hardhat and Anvil (from their shared mnemonic `test test … junk`), and the Ed25519 secret keys of RFC 8032's
// test vectors. Anyone holding them can sign with them: they keep nothing, and are no one's secret.
const PUBLISHED_PRIVATE_KEYS = new Set([
  'ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
  '59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d',
  '5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a',
  '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
  '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb',
  'c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7',
])
const HEX_KEY_LENGTH = 64

/** One of PUBLISHED_PRIVATE_KEYS, in either case, with or without `0x`. */
export function isPublishedPrivateKey(value: string): boolean {
  const length = value.length
  if (length !== HEX_KEY_LENGTH && length !== HEX_KEY_LENGTH + 2) return false
  const key = (length === HEX_KEY_LENGTH ? value : value.slice(2)).toLowerCase()
  return PUBLISHED_PRIVATE_KEYS.has(key)
}

/** A token only documentation holds: a JWT without its signature, its header alone, or jwt.io's published example. */
export function isDocumentationJwt(value: string): boolean {
  if (value.charCodeAt(0) === 101 && JWT_HEADER_ALONE.test(value) && isBareJwtHeader(value)) return true
  return UNSIGNED_JWT.test(value) || JWT_IO_EXAMPLE_SIGNATURE.test(value)
}

// A command's long option as the value (`token: --from-env`, `pass --password-stdin`, `password: --password-file /run/…`,
// `gpg --list-secret-keys --keyid-format=long`): where the secret comes from, or the next option of a command line, in
// lower-case words joined by dashes (a number alone between dashes is a passphrase's, `--summer-rain-2024`). One given
// a value (`--from-file=./key`) is one when its value is no secret either; a random value after it is judged as ever
// (`--Xk9mQ2vL7`, `--token=Xk9mQ2vL7pZ`).
const LONG_OPTION = /^--[a-z]{2,20}(?:-[a-z][a-z0-9]{1,19}){0,6}(?:=(.*))?$/

// A PowerShell switch as the value (`Get-Secret -Name ApiKey -AsPlainText`, `ConvertTo-SecureString … -AsSecureString`,
// `-ErrorAction`): a parameter's name in capitalised words, each a word with its vowel; random letters after a dash
// (`-QwErTyUiOp`, `-Xk9mQ2vLp7`) are judged as ever.
const SWITCH_PARAMETER = /^-(?:[AEIOUY][a-z]{0,19}|[A-Z][a-z]{0,19}[aeiouy][a-z]{0,19}){1,6}$/

/** LONG_OPTION, tried only on a value opening with `--`; SWITCH_PARAMETER, on one opening with a single `-`. */
function isLongOption(value: string): boolean {
  if (value.charCodeAt(0) !== 45) return false
  if (value.charCodeAt(1) !== 45) return SWITCH_PARAMETER.test(value)
  const option = LONG_OPTION.exec(value)
  return option !== null && (option[1] === undefined || !isLiteralSecretLike(option[1]))
}

// A name and the absolute path of the file it is read from (systemd's `LoadCredential=token:/etc/app/token`,
// `LoadCredentialEncrypted=dbpass:/etc/credstore.encrypted/dbpass`): where a secret is kept, as the path alone is.
const NAMED_PATH = String.raw`[A-Za-z0-9_.@-]{1,64}:\/[a-z]{2,16}(?:\/[\w.@-]{1,64}){1,16}`

// A French verb in the imperative with its pronoun after a label's colon (`Clé API : créez-en une…`, `Mot de passe :
// définissez-le…`, `Jeton : récupérez-le-moi`): an instruction, which an accented letter kept from the names' reading
// of plain dashed words (`copiez-la` is one). A password of dashed words carries no such pronoun (`élan-forêt`).
const FRENCH_IMPERATIVE = String.raw`\p{L}{2,24}-(?:le|la|les|en|y|moi|toi|nous|vous|lui|leur)(?:-(?:le|la|les|en|y|moi|nous|vous|lui|leur))?`

// A key its provider publishes in every page that uses it (Stripe's publishable `pk_live_…`/`pk_test_…`, Mapbox's public
// `pk.eyJ…` token), whatever name it is given (`STRIPE_KEY=pk_test_…`, `mapboxgl.accessToken = "pk.eyJ…"`). Their
// secret halves (`sk_live_…`, `sk.eyJ…`) are judged as ever.
const PUBLISHABLE_KEY = /pk(?:_live_|_test_|\.eyJ)/y

/** PUBLISHABLE_KEY at the value's start, tried only on a value opening with `pk`. */
function isPublishableKey(value: string): boolean {
  if (value.charCodeAt(0) !== 112 || value.charCodeAt(1) !== 107) return false
  PUBLISHABLE_KEY.lastIndex = 0
  return PUBLISHABLE_KEY.test(value)
}

// A package or an image at its version (Gradle's and Maven's `io.jsonwebtoken:jjwt-api:0.12.5`, read after the group
// whose name holds `token`; Docker's `redis:7.2.4-alpine` after `secret:`): a name in lower case, a colon, a version
// of three numbers (a login and a password of digits, `bob:1234.5678`, has no such version).
const NAME_AT_VERSION = String.raw`[a-z][a-z0-9._-]{0,60}:v?\d{1,2}\.\d{1,3}\.\d{1,4}(?:-[A-Za-z0-9.]{1,30})?`

// NAMED_PATH, FRENCH_IMPERATIVE and NAME_AT_VERSION in one pattern, tried at the value's start alone: one attempt for
// the many values none of them fits.
const POINTER_SHAPES = new RegExp(`(?:${NAMED_PATH}|${FRENCH_IMPERATIVE}|${NAME_AT_VERSION})$`, 'uy')

function isPointerShaped(value: string): boolean {
  POINTER_SHAPES.lastIndex = 0
  return POINTER_SHAPES.test(value)
}

// A keyboard shortcut (`Ctrl+Shift+P`, `Alt+F4`, `Cmd+K`): modifiers and a key, after a label of the key it is.
const KEYBOARD_SHORTCUT =
  /^(?:(?:ctrl|control|alt|shift|cmd|command|option|opt|meta|win|super|fn)\+)+[A-Za-z0-9]{1,3}$/i

// What a string built in code holds in place of a value: an f-string's or a format string's field (`{db_pw}`,
// `{os.environ["PW"]}` cut at its quote, `{get_pw()}`), then the string's other parameters, each a name and its
// operator (`{db_pw}&user={u}`, `{pw};User={u}`, `{tok}&a=1`); and a parameter's name with its operator, the literal a
// value is concatenated to (`"password=" + pw`). A field's name is followed by a call's or an index's code (a quote,
// a closing bracket, an index), and its parameters by a name: a generated password with braces, brackets and
// operators (`{Hunter2(x7q`, `{Tr0ub4dor}&3x`, `{Zq8vN3pL}|m2wQ`, `{Kx9[mQ2pLz`) is none.
const INTERPOLATED =
  /^(?:\{[A-Za-z_][\w.]{0,80}(?:\}(?:[&;,|](?:[A-Za-z_][\w.-]{0,40}=[\s\S]*)?)?|[[(](?:(?:["'`\\)\]]|\d{1,4}\])[\s\S]*)?)|[&?;]?[A-Za-z_.-]{0,30}(?:pass(?:word|wd)?|pwd|pw|secret|token|key|auth)[A-Za-z_.-]{0,30}[=:])$/i

// Ciphertext written in place of the secret, under a key kept elsewhere (KMS, age, PGP, a master password), as
// Ansible's `!vault` is: Mozilla SOPS and hiera-eyaml `ENC[AES256_GCM,data:…]`, `ENC[PKCS7,…]`, Jasypt `ENC(…)`,
// Spring Cloud Config `{cipher}…`, Shopify EJSON `EJ[1:…]`, dotenvx `encrypted:…`. Each tool writes only its
// ciphertext inside its envelope, and at least as long as its salt, IV or ephemeral key makes it (review 28: a
// password typed after the prefix, `{cipher}Vq4mZt8wLp2k`, is none): Jasypt 24 base64 characters or more, Spring
// 32 hex or 40 base64, dotenvx 64 base64.
const CIPHERTEXT =
  /^(?:ENC\[[A-Z][A-Z0-9_]{1,20},[^\]\s]*\]|ENC\([A-Za-z0-9+/=_-]{24,}\)|\{cipher\}(?:[0-9a-fA-F]{32,}|[A-Za-z0-9+/]{40,}={0,2})|EJ\[\d:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+\]|encrypted:[A-Za-z0-9+/=]{64,})$/

// A shell's command substitution in its older backtick form, `` `vault kv get -field=token secret/ci` ``, as `$(…)`:
// the command that fetches the secret. It reads as a command, not by its quotes alone (a JavaScript template literal,
// `` `Vq4mZt8wLp2k` ``, is a value): a command's name, then its arguments, one of which is a flag, a path, a URL, a
// variable or a pipe. A password in a template literal rarely has a space and such a word after its first word.
const COMMAND_NAME = /^(?:sudo )?(?:[a-z][a-z0-9_.+-]{0,40}|(?:~|\.{1,2})?\/[\w.+/-]{1,120})$/
// A flag, a variable, a pipe, a path from the root, home or here (`/run/secrets/db`, `~/.pgpass`, `./get.sh`) or a
// URL (`op://vault/item`): not a slash or colon anywhere (review 28: `letmein 4/ever`, `moonlight 12:30` are values).
const COMMAND_ARGUMENT = /^(?:-{1,2}[A-Za-z]|\$[A-Za-z_{(]|\||(?:~|\.{1,2})?\/|[A-Za-z][\w+.-]*:\/\/)/

/** `` `cmd args…` `` (backticks included) reading as a shell command: see COMMAND_NAME. */
export function isCommandSubstitution(value: string): boolean {
  if (value.length < 5 || value.charCodeAt(0) !== 96 || value.charCodeAt(value.length - 1) !== 96) return false
  const words = value.slice(1, -1).split(' ')
  const first = words[0] === 'sudo' ? 2 : 1
  if (words.length <= first || !COMMAND_NAME.test(words.slice(0, first).join(' '))) return false
  return words.slice(first).some((word) => COMMAND_ARGUMENT.test(word))
}

// A pattern a rule gives in place of the value (`password: [A-Za-z0-9]{12}`, `"^[\\x21-\\x7e]{12,64}$"`, `\w{8,}`): a
// character class with a range or a class escape in it, or a class escape alone, repeated by a quantifier. A
// generator puts no range between brackets before a count in braces (`[Xk9mQ2vLp7]#x9`, `{Tr0ub4dor}&3x` are values).
const QUANTIFIED_CLASS = /(?:\[\^?((?:[^\]\\\n]|\\.){1,80})\]|\\[wdsWDS])(?:\{\d{1,4}(?:,\d{0,4})?\}|[+*])/g
const CLASS_RANGE = /[A-Za-z0-9]-[A-Za-z0-9]|\\[wdsWDSx]/

// What a pattern of a whole value ends with: a quantifier (`}`, `+`, `*`), its anchor (`$`) or its group's bracket.
const PATTERN_ENDS = new Set([125, 43, 42, 36, 41])
// And what it opens with: its anchor (`^`), a class (`[`, `\\w`), a group or a lookahead (`(`), a literal's slash. A
// value that opens otherwise and holds a class (`Kx9m\\d+Q2vLp7$`) is a password with a pattern's characters in it.
const PATTERN_OPENINGS = new Set([94, 91, 92, 40, 47])

// A password rule's pattern of lookaheads, then any character counted (`^(?=.*\d)(?=.*[A-Z]).{12,}$`, fp33): each
// lookahead asks for a kind of character somewhere, the count for the length. No generator writes `(?=.*` and `.{12,}`.
const RULE_LOOKAHEAD = /\(\?[=!]\.\*/
const COUNTED_ANY = /\.\{\d{1,4}(?:,\d{0,4})?\}/

/**
 * Whether `value` holds a quantified character class (QUANTIFIED_CLASS), or a rule's lookaheads and a counted any
 * character (RULE_LOOKAHEAD, COUNTED_ANY): a pattern, not a value.
 */
function isPatternOfValues(value: string): boolean {
  if (!PATTERN_ENDS.has(value.charCodeAt(value.length - 1)) || !PATTERN_OPENINGS.has(value.charCodeAt(0))) return false
  if (RULE_LOOKAHEAD.test(value) && COUNTED_ANY.test(value)) return true
  QUANTIFIED_CLASS.lastIndex = 0
  for (let match = QUANTIFIED_CLASS.exec(value); match !== null; match = QUANTIFIED_CLASS.exec(value)) {
    if (match[1] === undefined || CLASS_RANGE.test(match[1])) return true
  }
  return false
}

// Public identifiers a security text names after a secret's word (`token: GHSA-p6mc-m468-83gw`, `password reset
// poisoning: CVE-2023-45857`): advisories, in their databases' own alphabets (GitHub's ids use 23456789cfghjmpqrvwx
// alone, and their databases write their names in capitals: `Go-1987-0412` is a name and a birthday); and a scoped npm package (`auth: @auth0/nextjs-auth0@3.5.0`, `"password": "@node-rs/bcrypt"`), whose scope
// and name are lower-case words with a version's digits at most at a word's end, a word of letters among them: a
// generated value mixes its digits through its letters (`@scope/pkg-x9k2` stays a value).
const ADVISORY_ID =
  /^(?:(?:GHSA|ghsa)(?:-[2-9cfghjmpqrvwx]{4}){3}|(?:CVE|cve)-(?:19|20)\d\d-\d{4,7}|(?:GO|PYSEC|RUSTSEC|OSV|DSA|DLA|USN|RHSA|ALAS)-\d{1,4}(?:[-:]\d{1,7}){1,2})$/
const SCOPED_PACKAGE =
  /^@([a-z0-9][a-z0-9._~-]{0,60})\/([a-z0-9][a-z0-9._~-]{0,100})(?:@(?:[\^~]?\d{1,6}(?:\.\d{1,6}){0,2}(?:[-+][\w.]{1,40})?|[a-z]{2,12}))?$/
const PACKAGE_WORD = /^(?:[a-z]+\d*|\d+)$/
const LETTERS_WORD = /^[a-z]{2,}$/

// The first letters of the advisory databases' names (ADVISORY_ID), either case.
const ADVISORY_FIRST = new Set([...'GCPRODUA'].flatMap((c) => [c.charCodeAt(0), c.charCodeAt(0) | 32]))

/** Whether `value`, opening with `first`, is an advisory's id (ADVISORY_ID): its database's name, then a dash. */
function isAdvisoryId(value: string, first: number): boolean {
  if (!ADVISORY_FIRST.has(first)) return false
  let dash = 2
  while (dash <= 7 && value.charCodeAt(dash) !== 45) dash++
  return dash <= 7 && ADVISORY_ID.test(value)
}

/** A scoped npm package's name, with a version or a tag or without (SCOPED_PACKAGE). */
function isScopedPackage(value: string): boolean {
  const match = SCOPED_PACKAGE.exec(value)
  if (match === null) return false
  const words = `${match[1]}-${match[2]}`.split(/[-._~]/)
  if (!words.every((word) => PACKAGE_WORD.test(word)) || !words.some((word) => LETTERS_WORD.test(word))) return false
  // A word with digits in a name of two words (`@home/cat99`) is how a person makes a password up; a package's comes
  // with more words or its version (`@node-rs/argon2`, `@auth0/auth0-react`, `@scope/lib2@1.0.0`).
  return words.length > 2 || value.lastIndexOf('@') > 0 || words.every((word) => LETTERS_WORD.test(word))
}

// A version in full, with its pre-release and build (`v2.0.0-beta.11+exp.sha.5114f85`, `10.0.0-canary.20241205.9f8e7d6c`):
// each of their identifiers a word, a number or a commit's hex (a random run, `1.2.3-Xk9mQ2`, is none).
// A word is in one case (`beta`, `SNAPSHOT`): a random run of letters mixes them (`1.2.3-QxZvKwPmRtLb`). A stage
// may carry its number glued on (`v2.3.1-rc1`, `4.0.0-BETA2`).
const SEMVER_IDENTIFIER =
  '(?:[a-z]{1,16}(?:-[a-z]{1,16}){0,3}|[A-Z]{1,16}(?:-[A-Z]{1,16}){0,3}|[a-z]{1,16}\\d{1,6}|[A-Z]{1,16}\\d{1,6}|\\d{1,14}|[0-9a-f]{7,40}|[0-9A-F]{7,40})'
const FULL_VERSION = new RegExp(
  `^[vV]?\\d{1,6}\\.\\d{1,6}\\.\\d{1,6}(?:-${SEMVER_IDENTIFIER}(?:\\.${SEMVER_IDENTIFIER}){0,8})?(?:\\+${SEMVER_IDENTIFIER}(?:\\.${SEMVER_IDENTIFIER}){0,8})?$`,
)
// Where a stack frame ran, in brackets after the function's name (Node's `at verifyToken (/app/src/auth.ts:42:23)`,
// `(file:///app/dist/auth.js:3:17)`, `(webpack-internal:///./src/auth.ts:42:23)`, `(C:\\app\\secrets.ts:12:9)`): a file's
// path, its line and its column. A password has no folder and file name before such numbers.
const LINE_AND_COLUMN = /:\d{1,7}(?::\d{1,7})?\)$/
const FILE_NAME = /[/\\][\w.@+-]{1,120}\.[A-Za-z]{1,6}$/

/** Whether `value` is a source file's location in brackets, as a stack frame gives it (see LINE_AND_COLUMN). */
function isSourceLocation(value: string): boolean {
  const numbers = LINE_AND_COLUMN.exec(value)
  if (numbers === null) return false
  const path = value.slice(1, numbers.index)
  return !path.includes(' ') && FILE_NAME.test(path)
}

/** FULL_VERSION, tried on a value that opens, with `first`, as a version does: a digit or `v`. */
function isFullVersion(value: string, first: number): boolean {
  return ((first >= 48 && first <= 57) || (first | 32) === 118) && FULL_VERSION.test(value)
}

// An API's example of a field, its type with a note in brackets (`"password": "string (8-64 chars)"`, `"token":
// "string (JWT)"`): what the field takes, not a value.
const TYPE_WITH_NOTE =
  /^(?:string|str|integer|int|number|boolean|bool|uuid|text|varchar|base64|hex)[ \t]{1,2}\([^()\n]{1,60}\)$/i
// The note's words: words, numbers, or a format's name and its number in one case (`utf8`, `ISO8601`, `int64`). A
// value given in it (`string (Tr0ub4dor&3)`, `str (e.g. Xk9mQ2vLp7Tr)`, `string (Summer2024)`) is a value still.
const NOTE_WORD = /^(?:[A-Za-z]{1,40}|\d{1,12}|(?:[a-z]{1,12}|[A-Z]{1,12})\d{1,5})$/

/** TYPE_WITH_NOTE, its note of words (NOTE_WORD) only. */
function isTypeWithNote(value: string): boolean {
  if (!TYPE_WITH_NOTE.test(value)) return false
  const note = value.slice(value.indexOf('(') + 1, -1)
  return note.split(/[^A-Za-z0-9]+/).every((word) => word === '' || NOTE_WORD.test(word))
}

// An expression spliced into a string built in code, read between the quotes a SQL or a connection string puts
// around it (`"PRAGMA key = '" + password + "'"`, `"Password='" + pw + "';"`, Lua's `'" .. pass .. "'`): the outer
// literal closed, concatenated, then opened again. A password opens with a quote then `+` no more than it ends so.
const SPLICED_OPENING = /^["'`][ \t]{0,4}(?:\+|\.\.?|&|\|\|)/
const SPLICED_CLOSING = /(?:\+|\.\.?|&|\|\|)[ \t]{0,4}["'`]$/
// The quotes that open a spliced literal (`"`, `'`, `` ` ``): the patterns are tried only on a value opening with one.
const SPLICE_QUOTES = new Set([34, 39, 96])

function isPlaceholderOrReference(value: string): boolean {
  if (INTERPOLATED.test(value) || CIPHERTEXT.test(value) || isCommandSubstitution(value)) return true
  // Each of these tried only on a value opening or ending as its shape does.
  const first = value.charCodeAt(0)
  if (SPLICE_QUOTES.has(first) && SPLICED_OPENING.test(value) && SPLICED_CLOSING.test(value)) return true
  if (isPatternOfValues(value) || isAdvisoryId(value, first) || (first === 64 && isScopedPackage(value))) return true
  if (isFullVersion(value, first) || (value.endsWith(')') && isTypeWithNote(value))) return true
  if (first === 40 && isSourceLocation(value)) return true
  if (PASSWORD_MANAGER_PRODUCT.test(value) || isDocumentationJwt(value) || KEYBOARD_SHORTCUT.test(value)) return true
  if (isPublishedPrivateKey(value)) return true
  if (isLongOption(value) || isPointerShaped(value) || isPublishableKey(value)) return true
  if (PLACEHOLDER_SHAPES.test(value) || PLACEHOLDER_WORDS.test(value) || isVariableReference(value)) return true
  if (REPLACED_TOKEN.test(value) || isSchemeWithVariable(value)) return true
  if (INDIRECTIONS.test(value) || isNotAValue(value) || SECRET_STORE_REFERENCES.test(value)) return true
  if (isRequestLine(value, first)) return true
  if (
    isNamedStandard(value) ||
    LENGTH.test(value) ||
    LENGTH_BOUND.test(value) ||
    isWordsOrStatus(value) ||
    isWordAlternatives(value) ||
    LOCALIZED_PLACEHOLDER.test(value)
  )
    return true
  // A rule or a message with its numbers described, as validation messages and locale files quote them (`Use at least
  // 12 characters.`). Words alone are judged above (a passphrase is lower-case words: `amber falcon river copper`).
  if (value.includes(' ') && /\d/.test(value) && isDescription(value)) return true
  return (
    isNameShaped(value) ||
    isCodeExpression(value) ||
    isSuffixedConstant(value) ||
    isCCast(value) ||
    isDecorator(value) ||
    CJK.test(value)
  )
}

// A Python decorator or a Java annotation, read on the line below a definition's name (`def token(self): …` over
// `@abstractmethod`, `@classmethod`, `@pytest.fixture(scope="module")`, `@Override`): a name of words after `@`.
// Letters alone make no secret without the `@` (isLiteralSecretLike), so they make none with it; a digit or another
// character in it leaves it to be judged (`@Xk9mQ2vL7`).
const DECORATOR = /^@(?:[a-z_]{1,40}(?:\.[a-z_]{1,40}){0,4}|(?:[A-Z][a-z]{1,20}){1,6})(?:\(.*)?$/

/** DECORATOR, tried only on a value opening with `@`. */
function isDecorator(value: string): boolean {
  return value.charCodeAt(0) === 64 && DECORATOR.test(value)
}

/**
 * IDENTIFIER_SHAPES, or a C name in snake case (SNAKE_CASE_NAME): one pass of the engine over the value for both. A
 * name's parts are words, numbers and short codes; a part that is a generated run (hasGeneratedPart) makes it a
 * prefixed token instead (`csk-7eocb4um9lu6rnyw6sjifzb`, `esecret_y3bmlv8ov62hkhcu7c`).
 */
function isNameShaped(value: string): boolean {
  const match = NAME_SHAPES.exec(value)
  return match !== null && (match[1] === undefined || isSnakeCaseName(match[1])) && !hasGeneratedPart(value)
}

/** The least length of a name's part that can be a generated run. */
const GENERATED_PART_MIN_LENGTH = 12
/** How often letters and digits alternate in a generated run of that length, at least: a name's digits sit together. */
const GENERATED_PART_MIN_ALTERNATIONS = 4

/**
 * Whether a part between a name's separators (`_`, `.`, `-`) mixes letters and digits as generators do: long, the two
 * alternating again and again (`q8x2kd9wm3vz7pl4`). A name's digits stand together, as a version or a number
 * (`ubuntu2204lts`, `build20240115nightly`, `utf8mb4`). Values without a separator are left to IDENTIFIER_SHAPES.
 */
function hasGeneratedPart(value: string): boolean {
  let generated = false
  let separated = false
  let length = 0
  let alternations = 0
  let previous = 0 // 1: a letter, 2: a digit, 0: neither yet
  for (let i = 0; i <= value.length; i++) {
    const code = i < value.length ? value.charCodeAt(i) : 0
    if (code === 0x2d || code === 0x2e || code === 0x5f || code === 0) {
      separated ||= code !== 0
      generated ||= length >= GENERATED_PART_MIN_LENGTH && alternations >= GENERATED_PART_MIN_ALTERNATIONS
      length = 0
      alternations = 0
      previous = 0
      continue
    }
    const kind = code >= 0x30 && code <= 0x39 ? 2 : 1
    if (previous !== 0 && kind !== previous) alternations++
    previous = kind
    length++
  }
  return generated && separated
}

// A C name in snake case whose parts keep one case each, digits in any of them (`PK11_OWN_PW_DEFAULTS`,
// `PKCS12_key_gen_utf8`, `camellia256_invert_key`): a macro's or a function's name, as C headers alias one to
// another (`#define PKCS12_key_gen PKCS12_key_gen_utf8`), dereferenced or in brackets too (`(TLS1_RT_CRYPTO | 0x6)`).
// Two of its parts are words of letters alone: a generated value's parts are not (`k8s_token_ab12cd34`).
const SNAKE_CASE_NAME = /[A-Za-z][A-Za-z0-9]{0,40}(?:_[A-Za-z0-9]{1,40}){1,12}/
// Its leading `(`, `*` or `&` (isExpressionOpening) are no part of the name.
const NAME_SHAPES = new RegExp(`^(?:${IDENTIFIER_SHAPES.source.slice(1, -1)}|[(*&]{0,8}(${SNAKE_CASE_NAME.source}))$`)
const SNAKE_PART = /^(?:[A-Z][A-Z0-9]*|[a-z][a-z0-9]*|\d+)$/
const WORD_PART = /^(?:[A-Z]{2,}|[a-z]{2,})$/
const LEAST_WORD_PARTS = 2

function isSnakeCaseName(name: string): boolean {
  const parts = name.split('_')
  return (
    parts.every((part) => SNAKE_PART.test(part)) &&
    parts.filter((part) => WORD_PART.test(part)).length >= LEAST_WORD_PARTS
  )
}

// A 32-bit constant written with C's integer suffix (`0xce534356UL`, `0x5u`): a flag's or an attribute's number, in
// the parentheses a macro puts around it too (PKCS #11's `#define CKK_GENERIC_SECRET (0x10UL)`).
const C_SUFFIXED_CONSTANT = /^0x[0-9a-f]{1,8}(?:u|l|ul|lu|ll|ull|llu)$|^\(0x[0-9a-f]{1,8}(?:u|l|ul|lu|ll|ull|llu)\)$/i

/** C_SUFFIXED_CONSTANT, tried only on a value opening with `0x` or `(0x`: most values judged do not. */
function isSuffixedConstant(value: string): boolean {
  const at = value.charCodeAt(0) === OPENING_BRACKET ? 1 : 0
  return value.charCodeAt(at) === 48 && (value.charCodeAt(at + 1) | 32) === 120 && C_SUFFIXED_CONSTANT.test(value)
}

// C's casts and declarators where a C name's value is read (`secret = (uint8_t)x;`): a cast to a scalar type (C's
// own, a `_t` typedef's, the kernel's `u8`) or to a pointer, before its operand (a name, a member, a call, a bracket);
// the tail of a pointer's cast, where the value is read from the cast's blank on (`(struct token *)malloc(…` gives
// `*)malloc(sizeof(struct`); and a function pointer's declarator (`typedef xmlSecKeyPtr (*xmlSecKeyLoadMethod)(…`).
// What a cast's parentheses hold is a type's name; a password in brackets has no operand after them.
const C_SCALAR_TYPE =
  '(?:(?:un)?signed |const )?(?:char|short|int|long|float|double|void|bool|_Bool|[A-Za-z_]\\w{0,40}_t|(?:__)?[us](?:8|16|32|64))'
const C_POINTER_TYPE = '(?:(?:const|volatile|struct|union|enum|unsigned|signed) ){0,3}[A-Za-z_]\\w{0,40} ?\\*{1,3}'
const C_CAST = new RegExp(
  `^\\((?:${C_SCALAR_TYPE}|${C_POINTER_TYPE})\\) ?[*&]?(?:[A-Za-z_]\\w{0,63}(?:[([.].*)?|\\(.*)$|` +
    '^\\*{1,3}\\)[A-Za-z_]\\w{0,63}\\(.*$|^\\(\\*{1,2}[A-Za-z_]\\w{0,63}\\)(?:\\(.*)?$',
)

/** C_CAST, tried only on a value opening with `(` or `*`. */
function isCCast(value: string): boolean {
  const first = value.charCodeAt(0)
  return (first === OPENING_BRACKET || first === 42) && C_CAST.test(value)
}

// A shell's, PHP's or Perl's variable after `$` (docker-compose's escaped `$$NAME` too); PowerShell's environment or
// scope read as `$env:NAME`, `$Env:NAME`, `$using:`, `$script:`… (whatever the name). A value read up to PHP's member
// access (`$request->input(…)`, `$request?->input`) ends in its `-`: the object's name; Perl's hash element
// (`$ENV{DB_PASSWORD}`, `$tokens{$user}`) and an array's or a map's (`$keys[0]`) are the variable's too.
const DOLLAR_NAME =
  /^\$\$?((?:env|using|script|global|local|private|workflow):)?([A-Za-z_]\w*)(?:\??-|\{\$?\w{1,64}\}|\[\$?\w{1,64}\])?$/i

// An auth scheme and the variable a string interpolates after it (PowerShell's `@{ Authorization = "Bearer $token" }`,
// `"Basic $encoded"`, `"token $ghToken"`, `"Bearer $($token)"`): the header's value is made when the line runs, from
// the variable named; a scheme before a value (`"Bearer Xk9mQ2vLp7"`, `"Bearer $ecr3tPa55"`) is judged as ever.
const SCHEME_BEFORE_VARIABLE = /^(?:Bearer|Basic|Token|Digest|Negotiate|Bot|OAuth|JWT|SSWS)[ \t]{1,2}(?=\$)/i

/** Whether `value` is an auth scheme, then a variable's reference (SCHEME_BEFORE_VARIABLE). */
function isSchemeWithVariable(value: string): boolean {
  const scheme = SCHEME_BEFORE_VARIABLE.exec(value)
  if (scheme === null) return false
  const reference = value.slice(scheme[0].length)
  return isVariableReference(reference) || PLACEHOLDER_SHAPES.test(reference)
}

/**
 * `$HOME`, `$DB_PASSWORD`, `$env:API_KEY`, PHP's `$password` and `$dbPassword`, PowerShell's `$SecurePassword`: a name
 * after `$` is a variable's. A password may start with `$` too (`$ecr3tPa55`, `$Xk92mQ7vLp3zR8`): one case alone is a
 * name's (digits anywhere: `$K8S_TOKEN`, `$pass123`); with both, a name's digits end a word of it (`$oauth2Token`,
 * `$githubToken2`), stand in a numeronym opening one (`$k8sToken`, `$myI18nKey`) or for a word between two
 * (`$dbPass4prod`), where a password's break a word (`ecr3t`, `Xk92m`, `P4ssword`). What is left ambiguous is read
 * as a name.
 */
function isVariableReference(value: string): boolean {
  const variable = DOLLAR_NAME.exec(value)
  if (variable === null) return false
  const name = variable[2] as string
  if (variable[1] === undefined && isDollarPassword(name)) return false
  if (variable[1] !== undefined || name === name.toLowerCase() || name === name.toUpperCase()) return true
  for (let i = 1; i < name.length; i++) {
    if (!isDigitCode(name.charCodeAt(i)) || isDigitCode(name.charCodeAt(i - 1))) continue
    let end = i
    while (isDigitCode(name.charCodeAt(end))) end++
    let tail = end
    while (isLowerCode(name.charCodeAt(tail))) tail++
    if (tail === end) continue
    // A numeronym: one letter opening a word, then a letter or two past its digits (`k8s`, `i18n`, `a11y`). Digits
    // standing for a word (`pass4prod`, `json2array`) join two of three letters or more. A password's break one
    // (`ecr3t`, `P4ssword`, `Passw0rd`).
    const head = wordHeadLength(name, i)
    if (!(head === 1 && tail - end <= 2) && !(head >= 3 && tail - end >= 3)) return false
  }
  return true
}

// `$` typed for the S of a word a password is made of (`$ecret…`, `$uperS3cret`, `$ummer2024`, `$unshine`): no
// variable's name starts with the rest of such a word. Only words whose rest is no word of its own (`$tar`, `$mile`,
// `$now` may be variables).
const S_WORD_REST =
  /^(?:ecret|uper|ummer|unshine|ecur|ystem|pring|occer|hadow|ilver|weet|unny|imple|trong|torm|unday|aturday)/i
// A season, a month or another word the most used passwords are made of, with its digits (`$Summer2024`,
// `$Welcome123`): a password policy's favourite, which no variable is named.
const PASSWORD_BASE_WITH_DIGITS =
  /^(?:summer|winter|spring|autumn|welcome|letmein|monkey|dragon|sunshine|princess|football|baseball|qwerty|iloveyou|trustno|january|february|march|april|june|july|august|september|october|november|december)\d{1,4}$/i

/** Whether `value` is a season's, a month's or a favourite word's password with its digits (`Summer2024`, `Welcome1`). */
export function isPasswordBaseWithDigits(value: string): boolean {
  return PASSWORD_BASE_WITH_DIGITS.test(value)
}

/** Whether the name after a `$` reads as the rest of a password: see S_WORD_REST and PASSWORD_BASE_WITH_DIGITS. */
function isDollarPassword(name: string): boolean {
  return S_WORD_REST.test(name) || PASSWORD_BASE_WITH_DIGITS.test(name)
}

// 0-9
function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57
}

// a-z
function isLowerCode(code: number): boolean {
  return code >= 97 && code <= 122
}

/** How many letters of a word of a name stand before `end`: its lower-case ones, and the capital opening it. */
function wordHeadLength(name: string, end: number): number {
  let start = end
  while (start > 0 && isLowerCode(name.charCodeAt(start - 1))) start--
  const capital = name.charCodeAt(start - 1)
  return end - start + (capital >= 65 && capital <= 90 ? 1 : 0)
}

// ---- Values that name something rather than hold a secret (attack 11) ----

// Algorithms, protocols, encodings and standards: `SHA256-hashed`, `argon2id`, `pbkdf2_sha256`, `WPA2-PSK`,
// `OAuth2.0`, `UTF-8`, `Base64url`, `SHA512-CRYPT`, and the tokenizers' encodings an LLM prompt names after "token"
// (`cl100k_base`, `o200k_harmony`). A closed list, so that a random value never reads as one. So are the cloud's
// services and volume types named with a number (`route53`, `ec2`, `k8s`, `gp3`), listed after a label as terms.
const STANDARD_NAME =
  /^(?:route53|ec2|k[38]s|gp[23]|io[12]|(?:s?sha|aes|des|rsa|dsa|ecdsa|ecdhe?|dhe|edh|hmac|ccm|camellia|aria|anon|argon|bcrypt|scrypt|yescrypt|pbkdf|crypt|blowfish|twofish|chacha|poly|salsa|gcm|cbc|blake|ripemd|keccak|whirlpool|ntlm|kerberos|wpa|wep|psk|sae|peap|oauth|oidc|openid|saml|jwt|jws|jwe|jwk|totp|hotp|fido|webauthn|utf|ucs|ascii|hex|tls|ssl|ssh|ldaps|scram)\d*(?:id|i|d|url)?|(?:md|hs|rs|es|ps|ed|x|curve|3des|base|latin|iso|crc|ios|android|win)\d+(?:id|i|d|url)?|(?:cl|[opr])\d{2,3}k)$/i
// The standards bodies' numbered documents, in capitals as they are cited (`BIP39`, `FIPS140-3`, `NIST800-63B`,
// `PCI-DSS4`, `RFC6238`, `ERC20`); `Nist2024` stays a value. After a name, a version's number or a revision's with its
// capital (`63B`).
const STANDARD_DOCUMENT = /^(?:(?:BIP|FIPS|NIST|RFC|ERC|EIP|PEP)\d{1,5}|(?:PCI|DSS)\d{0,2})$/
const REVISION = /^(?:\d{0,4}|\d{1,4}[A-Z])$/
// Plain words around a name: `hashed`, `CRYPT`, `verschlüsselt` (not a random mix of cases).
const PLAIN_WORD = /^(?:[\p{Ll}\p{M}]+|\p{Lu}[\p{Ll}\p{M}]*|[\p{Lu}\p{M}]+)$/u
// What a standard's name is followed by in prose and settings: `SHA256-hashed`, `SHA512-CRYPT`, `AES-256-encrypted`.
const STANDARD_TAIL =
  /^(?:hash(?:ed|ing)?|crypt(?:ed)?|encrypted|encryption|encoded|encoding|signed|signature|salted|psk|enterprise|personal|mode|only|key|cbc|gcm|ctr|ecb|pss|pkcs\d*|oaep|(?:no|pkcs\d*)?padding|base|edit|harmony|secure|protected|based|compatible|enabled|compliant|standard|format|style|verschl[üu]sselt|gehasht|gehashed|(?:de)?[kc]odiert|signiert|(?:en|d[ée])?cod[ée]e?s?|sign[ée]e?s?|hach[ée]e?s?|decoded|decoding|(?:de)?codificad[oa]s?|firmad[oa]s?|token|tokens|bearer|flow|assertion|chiffr[ée]e?|cifrad[oa]|criptografad[oa]|hashead[oa]|zaszyfrowane|[şs]ifrelenmi[şs]|m[ãa]\s?h[óo]a)$/iu
// How many characters a secret takes, as settings pages and help articles say it: `4-digit`, `4–6-digit`, `8+ characters`,
// `6-stellig`, `12 caractères`; and as an example config's placeholder says what to put there, a few words of what it
// is around the count (`32-byte-hex-string`, `64-char-random-string`, `256-bit-key`, `base64-encoded-32-bytes`,
// `min-32-chars`, `32-hex-chars`): a closed list of words, so a passphrase of other words with a number stays a value.
const LENGTH_WORDS =
  '(?:hex|random|string|key|secret|value|base64(?:url)?|encoded|url-?safe|alphanumeric|ascii|long|min|max|minimum|maximum|at|least|passphrase|password|token)'
const LENGTH = new RegExp(
  `^(?:${LENGTH_WORDS}[- ]){0,4}\\d{1,4}(?:[-–]\\d{1,4})?\\+?(?:[- ]${LENGTH_WORDS}){0,2}[- ]?(?:digit|char(?:acter)?|letter|number|symbol|place|byte|bit|stellig|ziffer|zeichen|chiffre|caract[eè]re|d[ií]gito|car[aá]cter|cifr[ae]|cijfer|tecken|siffr)[a-z]{0,3}(?:[- ]${LENGTH_WORDS}){0,4}$`,
  'i',
)
// A length bound, as a password rule says it without its unit: `at least 8`, `min 12`, `up to 64`, `between 8 and
// 64`, `no more than 20 chars`, `mindestens 8`, `au moins 12`. Its words are a bound's only: `hunter 2`, `summer 2024`
// stay values.
const LENGTH_BOUND =
  /^(?:(?:at (?:least|most)|min(?:imum)?|max(?:imum)?|up to|(?:no )?(?:more|less|fewer) than|between|from|exactly|mindestens|h[öo]chstens|au (?:moins|plus)|al (?:menos|m[áa]ximo)|(?:como|no|pelo) m[íi]nimo|almeno|minimaal|minst) \d{1,4}(?: ?(?:and|to|-|–|und|[àa]|et|e|y|en|och) ?\d{1,4})?|\d{1,4} ?(?:to|-|–) ?\d{1,4})(?: (?:chars?|characters?|digits?|letters?|symbols?|zeichen|caract[eè]res|caracteres))?\.?$/i
// Character ranges: `A-Z/a-z/0-9`.
const CHARACTER_RANGES = /^(?:(?:[A-Z]-[A-Z]|[a-z]-[a-z]|\d-\d)[/,]?)+$/

/** A standard's name, alone or with versions and plain words: `AES-256-encrypted`, `TLS1.3`, `Win10`. */
function isNamedStandard(value: string): boolean {
  if (CHARACTER_RANGES.test(value)) return true
  // Java joins a signature's digest and key algorithms with `with`: `SHA256withRSA`, `SHA384withECDSA`.
  const parts = value.split(/[-_./]|with/i)
  if (!STANDARD_NAME.test(parts[0] as string) && !STANDARD_DOCUMENT.test(parts[0] as string)) return false
  // After the name only versions, other names and the words that say what was done with it: a random tail
  // (`base64_zqxwvkjhtrpm`, `Win10-Kqzmxwvtplrn`) is a value.
  return parts.every(
    (part) =>
      REVISION.test(part) || STANDARD_NAME.test(part) || STANDARD_DOCUMENT.test(part) || STANDARD_TAIL.test(part),
  )
}

// National quotes and parentheses around a value: «…», „…“, ‚…‘, “…”, ‹…›, (…). A reader that stops at a space
// leaves only the opening one (`«обязательное`).
const AROUND_WORDS = /^[«»„‚“‘‹›(]?(.*?)[»«“”‘’›‹)]?$/su
// Words of any script, one space apart: `nicht gesetzt`, `Chưa đặt`, `managed by Vault`, `(not shown)`.
const WORDS = /^[\p{L}\p{M}]+(?: [\p{L}\p{M}]+)*$/u

// A status or label has up to three words; past that, a sentence has a short word (`is`, `de`) or a capital first,
// while a passphrase (`correct horse battery staple`) is lower-case words of three letters or more.
const STATUS_MOST_WORDS = 3
const PASSPHRASE_WORD = /^[\p{Ll}\p{M}]{3,}$/u

/** A quoted or bracketed phrase of plain words: a status or a label (`"Not configured"`, `(expired)`), not a secret. */
function isWordsOrStatus(value: string): boolean {
  const inside = (AROUND_WORDS.exec(value) as RegExpExecArray)[1] as string
  if (!WORDS.test(inside)) return false
  const words = inside.split(' ')
  if (!words.every((word) => PLAIN_WORD.test(word))) return false
  return words.length <= STATUS_MOST_WORDS || !words.every((word) => PASSPHRASE_WORD.test(word))
}

// Two words given as alternatives (`letters/digits`, `JWT/Opaque`), a German compound's shared end left out
// (`Groß-/Kleinbuchstaben`, `Sonder-/Satzzeichen`): a rule's or a choice's words after the label. A third word only as
// CHARACTER_KINDS says; four are a passphrase's (`correct/horse/battery/staple`); a digit or a symbol in one
// (`Summer/2024`, `Sommer/Winter!`) leaves it a value.
// The shared end may be written as a word of its own after the last one (`Access-/Refresh-Token`,
// `Groß-/Klein-Schreibung`): only after a left-out end, so words joined by a dash (`Sommer-Winter/Herbst`) stay a
// value. Sticky, at the value's start: most values fail on their first characters.
const WORD_ALTERNATIVES =
  /([\p{L}\p{M}]{2,40})(-?)\/[\p{L}\p{M}]{2,40}(?:(-?)\/([\p{L}\p{M}]{2,40}))?(?:-([\p{L}\p{M}]{2,40}))?$/uy
// Three words or more joined by slashes alone are how a diceware passphrase may be written (`Red/Secret/Garden`, see
// isKeywordLabel): a third alternative is a description only as a rule's kinds of character
// (`Buchstaben/Ziffern/Sonderzeichen`) or after a left-out end (`Groß-/Klein-/Sonderzeichen`), which no generator writes.
const CHARACTER_KINDS = new Set(
  [
    'letters digits numbers symbols special upper lower uppercase lowercase capitals punctuation',
    'buchstaben ziffern zahlen sonderzeichen großbuchstaben kleinbuchstaben satzzeichen zeichen',
    'lettres chiffres nombres symboles majuscules minuscules caractères spéciaux',
    'letras números dígitos símbolos mayúsculas minúsculas maiúsculas',
    'lettere cifre numeri simboli maiuscole minuscole cijfers symbolen hoofdletters litery cyfry znaki symbole',
  ]
    .join(' ')
    .split(' '),
)

/**
 * WORD_ALTERNATIVES, each word written as plain words are (PLAIN_WORD), not in a random mix of cases; three only as
 * CHARACTER_KINDS says.
 */
export function isWordAlternatives(value: string): boolean {
  WORD_ALTERNATIVES.lastIndex = 0
  const match = WORD_ALTERNATIVES.exec(value)
  if (match === null) return false
  const [, , firstEnd, secondEnd, third, sharedEnd] = match
  if (sharedEnd !== undefined && (firstEnd !== '-' || third !== undefined)) return false
  const words = value.split(/-?[/-]/)
  if (!words.every((word) => PLAIN_WORD.test(word))) return false
  if (third === undefined || firstEnd === '-' || secondEnd === '-') return true
  return words.every((word) => CHARACTER_KINDS.has(word.toLowerCase()))
}

// "Your password (here)" in the main languages, either order: `TU_CONTRASEÑA`, `IhrPasswort123`, `ваш-пароль-здесь`,
// `mat-khau-cua-ban`, `thay-bang-mat-khau` ("replace with password").
const YOUR =
  'your|tu|tus|su|sus|votre|ton|ta|ihr|ihre|dein|deine|uw|jouw|je|tuo|tua|il[_. -]?tuo|la[_. -]?tua|seu|sua|twoje|tw[oó]j|va[sš]e|tvoje|senin|sizin|anda|cua[_. -]?ban|của[_. -]?bạn|thay[_. -]?bang|ваш|ваша|ваше|твой|твоя|ihren|deinen|votre'
const PASSWORD_WORDS =
  'passwor[dt]|kennwort|contrase[ñn]a|contrasenya|senha|mot[_. -]?de[_. -]?passe|mdp|wachtwoord|has[łl]o|heslo|[şs]ifre|salasana|l[öo]senord|adgangskode|passord|parol[aăe]?|parool|mat[_. -]?khau|mật[_. -]?khẩu|kata[_. -]?sandi|clave|cl[ée]|chiave|schl[üu]ssel|token|jeton|secreto|segredo|пароль|пароля|ключ|токен'
const HERE = 'here|hier|ici|aqu[íi]|qui|здесь|tutaj|zde|buraya|[ởo][_. -]?(?:đây|day)|di[_. -]?sini'
const LOCALIZED_PLACEHOLDER = new RegExp(
  `^(?:(?:${YOUR})[_. -]?(?:${PASSWORD_WORDS})|(?:${PASSWORD_WORDS})[_. -]?(?:${YOUR}))(?:[_. -]?(?:${HERE}))?\\d{0,4}$`,
  'iu',
)

// `${DB_PASSWORD}`, `${VAULT_PASS:-changeme}`: a well-formed reference; `Ab3${x9` or `${}` are literal characters. A
// JavaScript template literal's substitution is one too, whatever code it holds (`Basic ${Buffer.from(…).toString(
// 'base64')}`, `DOTENV_VAULT_${environment.toUpperCase()}`, `Unexpected ${type} at node end`): what is left is the
// text the template writes around it, its words spaced as they are.
const REFERENCE = /\$\{[A-Za-z_$](?:[\w.-]{0,64}(?:[:?][^}\n]{0,64})?|[^{}\n]{0,200})\}/g
const SPACES_LEFT = / {2,}/g

/**
 * The literal part of a value: a secret with a reference spliced in still leaks what is around it. A value read
 * after a path's `::` (`Token::Identifier`, `Token::new(Kind::Eof)`, `Password::fromString(s)`: a reader takes the
 * first colon for the name's operator) is judged without the second colon, as the member it names: a word or a call
 * is none, a random value after `password::` still one.
 */
function withoutReferences(value: string): string {
  const literal = isPathMember(value) ? value.slice(1) : value
  if (!literal.includes('${')) return literal
  const written = literal.replace(REFERENCE, '').replace(SPACES_LEFT, ' ')
  // A template literal read with its backticks: the text between them.
  return (isTemplateLiteral(literal) ? written.slice(1, -1) : written).trim()
}

/** A value holding `${` that opens and closes with a backtick (so it is three characters or more). */
function isTemplateLiteral(value: string): boolean {
  return value.charCodeAt(0) === 96 && value.charCodeAt(value.length - 1) === 96
}

// A man page's source (roff) writes its text with escapes: `\&` (a zero-width mark after a sentence's last word,
// `the password is locked\&.`), font changes (`\fB`, `\fI`, `\fR`, `\fP`, `\f(CW`), named characters and strings
// (`\(aq`, `\*(Aq`) and `\-` for a dash. They are the page's markup, not the value's characters: a word read with
// them (`locked\&`, `\fIMIN_DAYS\fR\&`, `pam_unix\&.so`) is judged as the word it prints. Looked for only in a value
// with a backslash, which characterClasses tells at no cost of its own. So are the other fonts, by number or in
// groff's brackets (`\f5my\-secret\fR`, gcloud's pages; `\f[CB]\-new\f[R]`, the JDK's), a size change (`\s-1KDF\s0`)
// and an accented letter written as its accent and letter (`Schl\(:usselkennung`, `cha\(^ine`, `lan\(,camento`):
// the letter.
const ROFF_ESCAPE = /\\(?:&|f[BIRP1-9]|f\([A-Z]{2}|f\[[A-Z]{0,4}\]|s[+-]?\d|\*?\([A-Za-z]{2}|\(['`^~:,]([A-Za-z])|-)/g

function withoutRoffEscapes(value: string): string {
  return value.replace(ROFF_ESCAPE, (markup, letter: string | undefined) => (markup === '\\-' ? '-' : (letter ?? '')))
}

/** A colon, then a name's first character: the rest of a path's `::`. */
function isPathMember(value: string): boolean {
  if (value.charCodeAt(0) !== 58) return false
  const next = value.charCodeAt(1)
  return (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 95
}

// isSecretLike's and isPasswordLike's thresholds, read by isPasswordLikeFast and the generic_secret fast path
// (src/guard/secrets.ts) too: their verdicts must stay the reference's.
export const SECRET_MIN_LENGTH = 8
const SECRET_MAX_LENGTH = 200
/** A secret of letters alone: this long at least, mixed case, and this random. */
export const LETTERS_SECRET_MIN_LENGTH = 16
const LETTERS_SECRET_MIN_ENTROPY = 3.5
/** How random a secret with digits or symbols must be: short ones (under 12 characters) a little less. */
const secretMinEntropy = (length: number) => (length < 12 ? 2.75 : 3)
export const PASSWORD_MIN_LENGTH = 5
const PASSWORD_MAX_LENGTH = 64
const PASSWORD_MIN_ENTROPY = 2

/** True when an assigned value looks like a real secret rather than a placeholder, a reference or a word. */
export function isSecretLike(raw: string): boolean {
  return isLiteralSecretLike(withoutReferences(raw))
}

/** isSecretLike of a value whose references are already taken out (withoutReferences). */
function isLiteralSecretLike(value: string): boolean {
  if (value.length < SECRET_MIN_LENGTH || value.length > SECRET_MAX_LENGTH) return false
  const classes = characterClasses(value)
  if (classes.backslash) {
    const printed = withoutRoffEscapes(value)
    if (printed !== value) return isLiteralSecretLike(printed)
  }
  // A word (letters only, not long and mixed-case) is never a secret: decided before the placeholder patterns, which
  // most words of prose after a keyword would otherwise run through.
  const lettersOnly = !classes.digit && !classes.other
  if (lettersOnly && (value.length < LETTERS_SECRET_MIN_LENGTH || !classes.lower || !classes.upper)) return false
  if (!lettersOnly && classes.count < 2) return false
  // One pass for the entropy before the placeholder patterns' many: a long value of few characters (a keyword run
  // together with its own value, `password=password=…`) is turned down without them, at every keyword it holds.
  const entropy = shannonEntropy(value)
  // Letters only: a random mixed-case string, never a word.
  if (entropy < (lettersOnly ? LETTERS_SECRET_MIN_ENTROPY : secretMinEntropy(value.length))) return false
  return !isPlaceholderOrReference(value)
}

// The most used letters-only passwords (keyboard rows, perennial favourites): never an ordinary reply like "incorrect".
const COMMON_PASSWORDS =
  /^(?:qwerty|azerty|qwertz|asdfgh|qwertyuiop|letmein|iloveyou|sunshine|princess|football|baseball|superman|starwars|trustno)$/i

/** One of the most used letters-only passwords, in any case. */
export function isCommonPassword(value: string): boolean {
  return COMMON_PASSWORDS.test(value)
}

// `test123`, `dummy1`, `foobar`: what a test fixture puts in a password field, not a password anyone uses.
const FIXTURE_DUMMY = /^(?:test|testing|dummy|fake|foo|foobar|sample)\d*$/i

// `amber-river-copper-walnut`, `saddle-glacier-glacier36`, `winter-maple-cobalt-42` (a generator's number after its
// own dash): three or more lower-case words joined by dashes, read
// after a password word. A resource name (`my-k8s-secret`) rarely has three words of three letters or more.
const PASSPHRASE = /^[a-z]{3,12}(?:-[a-z]{3,12}){2,7}(?:-?\d{1,4})?$/
// Words of resource names and messages (`db-password-secret`, `too-short-error-message`), not of passphrases.
const NAME_WORDS = new Set(
  'password secret token key keys credentials creds auth error message name prod production dev staging test config service server cluster short long'.split(
    ' ',
  ),
)

function isPassphrase(value: string): boolean {
  if (value.length < 14 || !PASSPHRASE.test(value) || LOCALIZED_PLACEHOLDER.test(value)) return false
  return !value.split('-').some((word) => NAME_WORDS.has(word))
}

// `v2.1.0`, `8chars`, `2fa`, `10min`: a version or a count, not a password.
const VERSION_OR_COUNT = /^v?\d+(?:\.\d+)+$|^\d+[A-Za-z]+$/

/**
 * After a password word, people share short and plain passwords too: "password: hunter2", "la senha é cafe2020".
 * Letters and digits together, five characters or more, tell them from words like "incorrect" or "required".
 */
export function isPasswordLike(raw: string): boolean {
  const value = withoutReferences(raw)
  if (isLiteralSecretLike(value) || COMMON_PASSWORDS.test(value) || isPassphrase(value)) return true
  const classes = characterClasses(value)
  // A value in a man page's markup is judged as it prints (isLiteralSecretLike judged it so already).
  if (classes.backslash) {
    const printed = withoutRoffEscapes(value)
    if (printed !== value) return isPasswordLike(printed)
  }
  // Past this point only letters with digits pass: a value without a digit is decided now.
  if (!classes.digit) return false
  if (value.length < PASSWORD_MIN_LENGTH || value.length > PASSWORD_MAX_LENGTH) return false
  if (VERSION_OR_COUNT.test(value) || isPlaceholderOrReference(value)) return false
  if (FIXTURE_DUMMY.test(value)) return false
  // `aaaaaaaa1` repeats one character: a filler, not something a person chose.
  return (classes.lower || classes.upper) && classes.digit && shannonEntropy(value) >= PASSWORD_MIN_ENTROPY
}

/**
 * `isPasswordLike`, each fact about the value worked out once: its character classes, whether it is a placeholder or
 * a reference, its entropy. The common passwords and passphrases are tried only on values of their shape.
 */
export function isPasswordLikeFast(raw: string): boolean {
  const value = withoutReferences(raw)
  // A value with a reference left (nested, `$${a}{b}`) is read by isPasswordLike itself.
  if (value.includes('${')) return isPasswordLike(raw)
  const classes = characterClasses(value)
  if (classes.backslash) {
    const printed = withoutRoffEscapes(value)
    if (printed !== value) return isPasswordLikeFast(printed)
  }
  const length = value.length
  let placeholder: boolean | undefined
  let entropy: number | undefined
  const lettersOnly = !classes.digit && !classes.other
  // isSecretLike(value)
  if (
    length >= SECRET_MIN_LENGTH &&
    length <= SECRET_MAX_LENGTH &&
    !(lettersOnly && (length < LETTERS_SECRET_MIN_LENGTH || !classes.lower || !classes.upper))
  ) {
    // The entropy first, as in isSecretLike: the placeholder patterns are read only for a value random enough.
    entropy = shannonEntropy(value)
    const random = lettersOnly
      ? entropy >= LETTERS_SECRET_MIN_ENTROPY
      : classes.count >= 2 && entropy >= secretMinEntropy(length)
    if (random) {
      placeholder = isPlaceholderOrReference(value)
      if (!placeholder) return true
    }
  }
  // The common passwords are 6 to 10 ASCII letters; a passphrase holds dashes and no capital.
  if (lettersOnly && length >= 6 && length <= 10 && COMMON_PASSWORDS.test(value)) return true
  if (classes.other && !classes.upper && isPassphrase(value)) return true
  if (!classes.digit) return false
  if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH || VERSION_OR_COUNT.test(value)) return false
  if (placeholder ?? isPlaceholderOrReference(value)) return false
  if (FIXTURE_DUMMY.test(value)) return false
  return (classes.lower || classes.upper) && (entropy ?? shannonEntropy(value)) >= PASSWORD_MIN_ENTROPY
}

// ---- Values no keyword announces, judged by their look alone (short-names.ts, the lone `key` of secrets.ts) ----

// A random credential's letters and digits are mixed through it (`Xk9mPq2vL7wZr4`, `8f3a9b2c1d4e`); a name's or a
// word's keep to runs, with a number at a word's end (`OAuth2TokenAuth`, `Socks5Auth`, `node18`, `Summer2024`). Base64
// of a text (`dXNlcjpwYXNz…`) has few digits, but its case changes inside its runs of letters, leaving single
// lower-case letters between capitals, where a name's words keep two or more (`Token`, `Auth`).
const LEAST_LETTER_DIGIT_SWITCHES = 3
const LEAST_SINGLE_LOWER_LETTERS = 2
const LONGEST_RANDOM_LOWER_RUN = 5
// Two words of a name's (`x86_cpu_index_1_edx`, `app-config-v2`, a cache's `Linux-vendor_v1_<hash>`): no generated
// value reads so.
const LEAST_NAME_WORDS = 2
const NAME_WORD = /^[A-Za-z][a-z]{2,63}$/
// A publishable key (Stripe's `pk_live_…`, Mapbox's `pk.eyJ…`), a digest written with its algorithm (`sha512-…`,
// `sha256:…`, Go's `h1:…`, Terraform's `zh:…`), an SSH public key's base64 (`AAAAB3NzaC1…`, its length first) and a
// DER public key or certificate (`MIIB…`): values meant to be read by anyone.
const PUBLIC_VALUE =
  /^(?:pk[._](?:live_|test_|eyJ)|(?:sha(?:1|224|256|384|512)|md5|h1|zh)[-:/]|AAAA[A-Z0-9]|MII[A-Za-z])/

/**
 * A value that reads as a generated credential with no name to vouch for it but a short word (`REDIS_AUTH`, `GH_PAT`,
 * `session_id`, a lone `key`): one run of characters (its callers read no blank into it), at least `least` long, a
 * secret by isSecretLike's judgement, letters and digits both, mixed through it (LEAST_LETTER_DIGIT_SWITCHES) or,
 * with both cases, in single lower-case letters between others and no run of them longer than a random string's;
 * never a name of words, a sample's sequence, a publishable key, a digest or a public key (PUBLIC_VALUE).
 */
export function isRandomCredential(value: string, least: number): boolean {
  if (value.length < least || PUBLIC_VALUE.test(value)) return false
  let switches = 0
  let lowerRun = 0
  let longestLowerRun = 0
  let singleLowers = 0
  let upper = false
  let previous = 0 // 1: a letter, 2: a digit
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    const lower = isLowerCode(code)
    if (lower) lowerRun++
    else {
      if (lowerRun === 1) singleLowers++
      lowerRun = 0
      upper ||= code >= 65 && code <= 90
    }
    longestLowerRun = Math.max(longestLowerRun, lowerRun)
    const kind = lower || (code >= 65 && code <= 90) ? 1 : isDigitCode(code) ? 2 : 0
    if (kind !== 0 && previous !== 0 && kind !== previous) switches++
    if (kind !== 0) previous = kind
  }
  if (lowerRun === 1) singleLowers++
  const mixed = upper && singleLowers >= LEAST_SINGLE_LOWER_LETTERS && longestLowerRun <= LONGEST_RANDOM_LOWER_RUN
  if (switches === 0 || (switches < LEAST_LETTER_DIGIT_SWITCHES && !mixed)) return false
  let words = 0
  for (const part of value.split(/[_.-]/)) if (NAME_WORD.test(part) && ++words >= LEAST_NAME_WORDS) return false
  return !isSampleSequence(value) && isSecretLike(value)
}

/**
 * A sample's value, its letters and its digits each running through their alphabet (`abc123def456`,
 * `a1b2c3d4e5f6g7h8`): what a test or a document types for an id, not what a generator gives.
 */
function isSampleSequence(value: string): boolean {
  let letter = -1
  let digit = -1
  for (let i = 0; i < value.length; i++) {
    // Letters in lower case; digits keep their code (their bit 32 is set).
    const code = value.charCodeAt(i) | 32
    if (isDigitCode(code)) {
      if (digit !== -1 && code !== (digit === 57 ? 48 : digit + 1)) return false
      digit = code
    } else if (isLowerCode(code)) {
      if (letter !== -1 && code !== letter + 1) return false
      letter = code
    } else return false
  }
  return true
}
