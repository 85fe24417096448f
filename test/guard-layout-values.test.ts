import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from './helpers/guard-cases.js'

// Secret values in layouts of configuration files and prose the guard's readers stopped short of.

// ---- YAML block sequences (secrets.ts firstItemBelow, nextItemLine) ----
// A sequence under a secret's name was read only when its first item came on the next line, or after one comment
// line: a blank line (LF or CRLF) or two comment lines before it, a comment after the colon, five blanks or more
// after it hid every item. Inside the sequence, a line of blanks shorter than the items' indentation (a tab) or a
// comment in the first column ended it, and the items after it went out. A quoted key (`"api_keys":`) had none read.

const V = 'Xk92mQ7vLp3zR8'
const W = 'Bt4nW6yH1sJ0Lq'

const SEQUENCES: Array<[string, string[]]> = [
  [`api_keys:\n\n  - ${V}`, [V]],
  [`api_keys:\r\n\r\n  - ${V}\r\n  - ${W}`, [V, W]],
  [`tokens:\n\n\n- ${V}`, [V]],
  [`api_keys:\n  # rotated monthly\n  # by the ops team\n  - ${V}`, [V]],
  [`secrets:\n# prod\n\n  # eu-west-1\n  - ${V}\n  - ${W}`, [V, W]],
  [`api_keys: # rotated monthly\n  - ${V}`, [V]],
  [`password: # rotated monthly\n  - ${V}`, [V]],
  [`API_KEYS:\t# prod\r\n  - "${V}"`, [V]],
  [`api_keys:     \n  - ${V}`, [V]],
  [`passwords:${' '.repeat(12)}\n  - ${V}`, [V]],
  [`api_keys:\n  - changeme\n\t\n  - ${V}`, [V]],
  [`api_keys:\n  - ${V}\n \t \n  - ${W}`, [V, W]],
  [`api_keys:\n  - ${V}\n# old key below\n  - ${W}`, [V, W]],
  [`tokens:\r\n  - ${V}\r\n\t\r\n# c\r\n  - ${W}\r\nother: x`, [V, W]],
  // A quoted key opens its line too.
  [`"api_keys":\n  - ${V}`, [V]],
  [`'passwords':\n\n  # prod\n  - ${V}\n  - ${W}`, [V, W]],
]

t.test('a YAML sequence under a secret name is read past blank and comment lines', async (t) => {
  for (const [text, values] of SEQUENCES) {
    t.same(
      found(text),
      values.map((value) => ['generic_secret', value]),
      JSON.stringify(text),
    )
  }
  assertFound(
    t,
    SEQUENCES.flatMap(([text, values]) => values.map((value) => [text, value] as [string, string])),
  )
})

t.test(
  'a capitalised key reads its sequence right below it; a key in capitals or lower case, past blank lines',
  async (t) => {
    t.same(found(`Tokens:\n- ${V}`), [['generic_secret', V]])
    t.same(found(`API_KEYS:\n\n  - ${V}`), [['generic_secret', V]])
    t.same(found(`api_keys:\r\n\r\n  - ${V}`), [['generic_secret', V]])
  },
)

t.test('sequences of names, of prose, under other names or after a sentence stay clean', async (t) => {
  assertNothingFound(t, [
    // A Markdown list after a sentence ending on the word is prose, blank and comment lines or not.
    'Models priced per 1M tokens:\n\n- o1-preview\n- o3-mini\n- gpt4o',
    'Counting tokens: # see below\n- gpt4o-mini',
    'Price per token:\n\n\n- o1-preview',
    'Models priced per 1M "tokens":\n\n- o1-preview\n- o3-mini',
    // A capitalised word opening its line is a heading as often as a key: its list a blank or comment line away is
    // Markdown's (an outside attack: model and token names under `Tokens:` were read as keys).
    'Tokens:\n\n- llama3-8b\n- qwen2-72b',
    'Tokens:\n\n- USDT-TRC20\n- USDC-ERC20',
    'Secrets:\n\n- k8s-prod-01\n- k8s-stg-02',
    'Tokens:\n  # supported\n- cl100k_base\n- o200k_base',
    // Locale lists and other keys' sequences.
    'locales:\n\n  - en-US\n  - fr-FR',
    'hosts:\n  # prod\n\n  - Xk92mqLz7WqAb3',
    'passwords:\n\n  # messages\n  - "is too short (minimum is 8 characters)"\n  - "must contain a digit"',
    'secrets:\n\n  - DB_PASSWORD\n\t\n  - API_TOKEN',
    'api_keys:\n  # none yet\n\n  - changeme\n  - <your key>',
    // No space before `#`: no comment, the key has a value on its line.
    `api_keys:# x\n  - ${V}`,
    // A comment under a key with no sequence after it, and a line of content ending a sequence.
    'password:\n  # set in vault\nuser: bob',
    `tokens:\n\n  - changeme\nname: ${V}`,
  ])
  t.same(
    found(`tokens:\n  - ${V}\n${'  # filler comment\n'.repeat(20)}  - ${W}`),
    [['generic_secret', V]],
    'an item after comment lines past the reach of the name is not read',
  )
  t.same(found(`tokens:\n${'\t\n'.repeat(300)}  - ${W}`), [], 'nor a first item after blank lines past it')
})

t.test('sequences: fast path == full scan, cut short and upper-cased', async (t) => {
  assertFastAsFull(
    t,
    SEQUENCES.map(([text]) => text),
    { seed: 7311, withFindings: 200 },
  )
})

// ---- Typographic quotes after a name opening its line (secrets.ts isQuotedRandomValue, endsLine, endsLineBelow) ----
// `password "…" does not work` was read (a quoted random-looking value says where it ends), but only in straight
// quotes: in the typographic quotes the readers know (SPACED_QUOTES, CJK_QUOTES), anything after the closing mark (prose,
// a comma, a comment) left the value unread, and so did CJK quotes and spaced guillemets around a password. On the
// line below a label alone on its line, a value in quotes of any kind, straight ones too, was never read: the line's
// end was looked for right after the value, where its closing quote stands.

const QUOTED: Array<[string, string]> = [
  [`password “${V}” does not work`, V],
  [`password: „${V}“ is the new one`, V],
  [`token ‘${V}’ (rotated)`, V],
  [`secret ‘${V}’ rotated monthly`, V],
  [`password «${V}», then log in`, V],
  [`api_key “${V}” # prod`, V],
  [`password ‹${W}›;`, W],
  [`Passwort »${W}« ist das neue`, W],
  [`password ‚${W}‘ geht nicht`, W],
  [`password ”${W}” fungerar inte`, W],
  [`password « ${V} » ne marche pas`, V],
  [`password «\u00a0${V}\u202f» ne marche pas`, V],
  [`password 「${V}」`, V],
  [`password 『${V}』 が使えない`, V],
  // A password that is no random key, ending its line inside the marks, as in straight quotes.
  ['password 「Tr0ub4dor&3」', 'Tr0ub4dor&3'],
  ['password «  Tr0ub4dor&3   »', 'Tr0ub4dor&3'],
  // At the start of the line below a label alone on its line: the closing quote or mark ends that line, and a quoted
  // random-looking value may be followed by prose.
  [`Password\n"${V}"`, V],
  [`API key\r\n  '${V}'  \r\nUser: bob`, V],
  [`Password\n« ${V} »`, V],
  [`Passwort\n„${W} geheim“`, `${W} geheim`],
  [`Password\n「${V}」`, V],
  [`Password\n“${V}” (new)`, V],
  [`Password\n"${W}" (rotated)`, W],
  ["Password\n'Tr0ub4dor&3'", 'Tr0ub4dor&3'],
]

t.test('a value in typographic quotes after a name opening its line is found', async (t) => {
  assertFound(t, QUOTED)
})

t.test('typographic quotes around words, placeholders and references stay clean', async (t) => {
  assertNothingFound(t, [
    'password “twice” is not what I meant',
    'Password “is required”',
    'password «changeme» please',
    'password “<password>” here',
    'password „***“ im Log',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal reference is the control
    'password “${DB_PASSWORD}” from the environment',
    'password ‘your-password-here’ goes there',
    'password 「パスワード」 を入力',
    'the password ‘field’ is required',
    'token “Bearer” is the scheme',
    'Password\n"is required"',
    'Password\n“Show password”',
    'Password\n« Mot de passe oublié ? »',
    'Password\n"Forgot your password?" link',
    "Password\n'changeme' (default)",
  ])
})

// An outside attack on the merged rule: a value read with its tight marks was judged with them, so the judges that
// clear names, versions, standards and paths did not know it (`Secret “db_password_v2” not found`). It is judged
// without its marks, as the same value in straight quotes is.
t.test(
  'names, versions, standards and paths in tight typographic quotes stay clean, as in straight quotes',
  async (t) => {
    assertNothingFound(t, [
      'Secret “db_password_v2” not found',
      'Token “gpt-4o-mini” pricing is $0.15 per 1M input tokens.',
      'Token ‘abc123’ not found, check the id',
      'Secret “AES256” encryption',
      'Token “ERC-721” is the NFT standard.',
      'Secret „app-secrets-2024“ wurde erstellt',
      'Secret ‘DB_PASSWORD2’ not found',
      'Chiave “config_v2” non trovata',
    ])
    assertFound(t, [
      ['password “Xk92mQ7vLp3zR8” does not work', 'Xk92mQ7vLp3zR8'],
      ['token ‘Xk92mQ7vLp3zR8’ (rotated)', 'Xk92mQ7vLp3zR8'],
      ['api_key «Xk92mQ7vLp3zR8»;', 'Xk92mQ7vLp3zR8'],
    ])
  },
)

t.test('typographic quotes: fast path == full scan, cut short and upper-cased', async (t) => {
  assertFastAsFull(
    t,
    QUOTED.map(([text]) => text),
    { seed: 7312, withFindings: 200 },
  )
})

// ---- Passwords that start with `$` (secret-value.ts isVariableReference) ----
// Every `$` followed by a word was read as a variable, so `password: $Xk92mQ7vLp3zR8` and `DB_PASSWORD=$ecr3tPa55!`
// went out. A name after `$` has one case, or digits ending a word of it, in a numeronym (`k8s`) or standing for a
// word between two (`pass4prod`); a password's digits break a word. An ambiguous word stays a name.

const DOLLAR: Array<[string, string]> = [
  ['password: $Xk92mQ7vLp3zR8', '$Xk92mQ7vLp3zR8'],
  ['DB_PASSWORD=$ecr3tPa55!', '$ecr3tPa55!'],
  ['export DB_PASSWORD=$ecr3tPa55', '$ecr3tPa55'],
  ['password: "$Pa55w0rd"', '$Pa55w0rd'],
  ["db_password = '$P4ssword'", '$P4ssword'],
  ['api_key: $Xk92mQ7vLp3zR8Ab', '$Xk92mQ7vLp3zR8Ab'],
  ['secret=$s3cretKey9Q', '$s3cretKey9Q'],
  ['the password is $ecr3tPa55', '$ecr3tPa55'],
  ['Authorization: Bearer $Xk92mQ7vLp3zR8', '$Xk92mQ7vLp3zR8'],
  ['password: $Passw0rd', '$Passw0rd'],
  ['password: $Sup3rS3cret', '$Sup3rS3cret'],
]

t.test('a password starting with `$` is found', async (t) => {
  for (const [text, value] of DOLLAR) t.same(found(text), [['generic_secret', value]], JSON.stringify(text))
  assertFound(t, DOLLAR)
})

t.test('variables, positional parameters, prices and PHP variables stay clean', async (t) => {
  assertNothingFound(t, [
    'password: $HOME',
    'DB_PASSWORD=$DB_PASSWORD',
    'PASSWORD=$MY_SECRET_2',
    'export PGPASSWORD=$PGPASS_PROD',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal reference is the control
    'password: ${DB_PASSWORD}',
    'password=$(cat /run/secrets/db_password)',
    'password=$1',
    'password: $120',
    'password: $env:DB_PASSWORD',
    'password: $env:dbPassword',
    'password: $env:Xk92mQ7vLp3zR8',
    '$password = $_POST["password"];',
    'DB_PASSWORD=$dbPassword',
    'password: $pass123',
    'password: $x9k2m4q7',
    'token: $githubToken2',
    'password: $SecurePassword',
    'password: $Password1',
    'password=$oauth2Token',
    'password: $s3SecretKey',
    'token: $x509Cert',
    'password: $APIKey',
    // Numeronyms opening a word: `k8s`, `i18n`, `a11y`.
    'password: $k8sToken',
    'password: $myI18nKey',
    'password: $my_k8sToken',
    'token: $a11yToken',
    // Digits standing for a word between two.
    '$password = $dbPass4prod;',
    'password: $json2Array',
    // PowerShell's environment and scopes in any case, Perl's hash elements, docker-compose's escaped `$$`.
    '$Password = $Env:DB_PASSWORD',
    '-Token $ENV:GITHUB_TOKEN',
    '--password $Env:SqlAdminPwd',
    '$Password = $using:Password',
    '$ApiKey = $script:ApiKey',
    '$Token = $global:GitHubToken',
    'my $password = $ENV{DB_PASSWORD};',
    '$token = $tokens{$user};',
    '$password = $keys[0];',
    'environment:\n  - DB_PASSWORD=$$PASSWORD',
    // Placeholders.
    'password: changeme',
    'password: <password>',
    'password: ***',
  ])
})

t.test('dollar values: fast path == full scan, cut short and upper-cased', async (t) => {
  assertFastAsFull(
    t,
    DOLLAR.map(([text]) => text),
    { seed: 7313, withFindings: 120 },
  )
})

// A `$` typed for the S of a word (`$ecret`, `$uper`, `$ummer`) or before a season, a month or another favourite of
// password policies with its digits (`$Summer2024`, `$Welcome123`) starts a password: no variable is named so. An
// outside attack gave `$`-leading passwords whose name part had one case (`'$ecretpassword'`), digits at its end
// (`$uperSecret99`) or a numeronym's shape (`$ecretP4ss`), all read as variables.
const DOLLAR_WORDS: Array<[string, string]> = [
  ['PASSWORD=$ecretP4ss', '$ecretP4ss'],
  ["password: '$ecretpassword'", '$ecretpassword'],
  ["DB_PASSWORD='$uperSecret99'", '$uperSecret99'],
  ['password: $ecret_P4ss', '$ecret_P4ss'],
  ['password: $ummer2024', '$ummer2024'],
  ['password: $Summer2024', '$Summer2024'],
  ['password: $Summer2024!', '$Summer2024!'],
  ['"password": "$Welcome123"', '$Welcome123'],
  ["$password = '$ecretP4ss';", '$ecretP4ss'],
  ['"password": "$ecretP4ss!"', '$ecretP4ss!'],
  ['password: $uperS3cret', '$uperS3cret'],
]

t.test('a `$` standing for an S, or before a favourite word and its digits, opens a password', async (t) => {
  for (const [text, value] of DOLLAR_WORDS) t.same(found(text), [['generic_secret', value]], JSON.stringify(text))
  assertFound(t, DOLLAR_WORDS)
  assertNothingFound(t, [
    'password: $pass',
    'password: "$password"',
    'password: $tar',
    'password: $now',
    'password: $Summer',
    'password: $Server01',
    '$password = $SecurePassword;',
    'password: $env:ecretPass',
  ])
})
