import fc from 'fast-check'
import t from 'tap'
import { BUILT_IN_DETECTORS } from '../src/guard/detectors.js'
import { createGuard } from '../src/guard/index.js'
import { scanView } from '../src/guard/normalize.js'
import { scanWith } from '../src/guard/scan.js'
import { assertClean, assertFinds, assertStreamedAsWhole, found } from './helpers/guard-cases.js'

// Shapes an outside attacker found the guard missing or misreading, each a family: passwords given as the arguments
// of a command or statement, string literals with a prefix or a long delimiter, more words for "password", Hangul
// typed as conjoining jamo; and text the guard took for a secret, an address or an email: labels in locale files,
// padded version numbers, an `@` inside Chinese or Korean prose.

const guard = createGuard()

const PASSWORD = 'Zq7!pLm2x'

const COMMANDS: Array<[string, string]> = [
  [`CREATE USER app IDENTIFIED BY '${PASSWORD}';`, PASSWORD],
  [`ALTER USER 'app'@'%' IDENTIFIED BY "${PASSWORD}";`, PASSWORD],
  [`create user app identified by '${PASSWORD}'`, PASSWORD],
  [`GRANT ALL ON db.* TO 'u'@'%' IDENTIFIED WITH mysql_native_password BY '${PASSWORD}';`, PASSWORD],
  ['CREATE USER scott IDENTIFIED BY Tiger2024x;', 'Tiger2024x'],
  ['CREATE USER scott IDENTIFIED BY Tiger2024x', 'Tiger2024x'],
  [`SET PASSWORD FOR x = PASSWORD('${PASSWORD}');`, PASSWORD],
  [`SET PASSWORD FOR 'bob'@'localhost' = OLD_PASSWORD("${PASSWORD}");`, PASSWORD],
  [`user.set_password('${PASSWORD}')`, PASSWORD],
  [`CREATE ROLE app WITH LOGIN PASSWORD '${PASSWORD}';`, PASSWORD],
  ['$s = ConvertTo-SecureString "P@ssw0rd!23" -AsPlainText -Force', 'P@ssw0rd!23'],
  ["ConvertTo-SecureString -String 'P@ssw0rd!23' -AsPlainText -Force", 'P@ssw0rd!23'],
  ['convertto-securestring -AsPlainText -Force -String "P@ssw0rd!23"', 'P@ssw0rd!23'],
  // The sub-expression computes the parameter's value: only its literal is the password.
  ['New-LocalUser -Name bob -Password (ConvertTo-SecureString "P@ssw0rd!23" -AsPlainText -Force)', 'P@ssw0rd!23'],
  ["echo 'deploy:Xk9#mQ2!' | chpasswd", 'Xk9#mQ2!'],
  ['echo "deploy:Xk9#mQ2!" | sudo chpasswd', 'Xk9#mQ2!'],
  ["printf 'root:Xk9mQ2zzpL' | chpasswd", 'Xk9mQ2zzpL'],
  ['chpasswd <<< "user:Xk9#mQ2!"', 'Xk9#mQ2!'],
  ['htpasswd -b /etc/nginx/.htpasswd admin Xk9#mQ2!', 'Xk9#mQ2!'],
  ['htpasswd -Bbc .htpasswd admin Xk9#mQ2!', 'Xk9#mQ2!'],
  ['htpasswd -nb admin Xk9#mQ2!', 'Xk9#mQ2!'],
  ['net user bob Pa55w0rd! /add', 'Pa55w0rd!'],
  ['net user /add alice Pa55w0rd!', 'Pa55w0rd!'],
  ['NET USER administrator N3wP@ssw0rd', 'N3wP@ssw0rd'],
  ['WIFI:T:WPA;S:HomeNet;P:Kx8!mQz2pL;;', 'Kx8!mQz2pL'],
  ['WIFI:S:HomeNet;P:Kx8\\;mQz2pL;T:WPA;;', 'Kx8\\;mQz2pL'],
  ['WIFI:P:sunflower42;S:My\\;Net;T:WPA;;', 'sunflower42'],
  ['WIFI:S:Cafe;T:WPA;P:"Kx8!mQz2pL";H:false;;', 'Kx8!mQz2pL'],
  ['openssl enc -aes256 -pass pass:Xk9mQ2zz -in a', 'Xk9mQ2zz'],
  ['openssl pkcs12 -export -passout pass:Xk9mQ2zz -out a.p12', 'Xk9mQ2zz'],
  ['openssl rsa -in k.pem -passin pass:Xk9mQ2zz', 'Xk9mQ2zz'],
  ["sshpass -p 'Xk9#mQ2!' ssh root@host", 'Xk9#mQ2!'],
  ['sshpass -pXk9mQ2zzpL ssh host', 'Xk9mQ2zzpL'],
  // The same, with other blanks between the keywords, in other cases, and with the literals' prefixes.
  [`ALTER USER app IDENTIFIED\t\tBY\r\n    '${PASSWORD}'`, PASSWORD],
  [`Create User app IdEnTiFiEd By "${PASSWORD}"`, PASSWORD],
  [`CREATE LOGIN app WITH PASSWORD=N'${PASSWORD}', CHECK_POLICY = OFF`, PASSWORD],
  [`CREATE ROLE app LOGIN PASSWORD E'${PASSWORD}'`, PASSWORD],
  [`SET PASSWORD FOR bob = Password ( '${PASSWORD}' )`, PASSWORD],
  ['$p = CONVERTTO-SECURESTRING -string "P@ssw0rd!23" -asplaintext -force', 'P@ssw0rd!23'],
  ['ConvertTo-SecureString -Key $k -String Xk9#mQ2!vL', 'Xk9#mQ2!vL'],
  ['(ConvertTo-SecureString Xk9#mQ2!vL)', 'Xk9#mQ2!vL'],
  ["printf -e 'deploy:Xk9#mQ2!' | sudo -S -E /sbin/chpasswd -c SHA512", 'Xk9#mQ2!'],
  ['echo deploy:Xk9#mQ2! | chpasswd', 'Xk9#mQ2!'],
  ['chpasswd   <<<  deploy:Xk9#mQ2!', 'Xk9#mQ2!'],
  ['htpasswd -B -r 12 -b .htpasswd admin Xk9#mQ2!', 'Xk9#mQ2!'],
  ['NET.EXE   User administrator N3wP@ssw0rd', 'N3wP@ssw0rd'],
  ['sshpass   -p   Xk9#mQ2! ssh host', 'Xk9#mQ2!'],
  ['openssl aes-256-cbc -d -k Xk9mQ2zzpL -in a.enc', 'Xk9mQ2zzpL'],
  [`printf "${PASSWORD}" | smbpasswd -s bob`, PASSWORD],
  [`rabbitmqctl add_user -- bob ${PASSWORD}`, PASSWORD],
  [`ldapmodify -x -D cn=admin -w '${PASSWORD}' -f a.ldif`, PASSWORD],
  [`mongosh --host db -u admin -p ${PASSWORD}`, PASSWORD],
  [`podman login -u bob -p ${PASSWORD} quay.io`, PASSWORD],
  [`PsExec64.exe \\\\host -u bob -p ${PASSWORD} cmd`, PASSWORD],
  [`SCHTASKS /Create /TN b /TR b.cmd /RU bob /RP ${PASSWORD}`, PASSWORD],
  [`NET USE Z: \\\\files\\home ${PASSWORD} /PERSISTENT:NO`, PASSWORD],
  [`new NetworkCredential( 'bob' , "${PASSWORD}" )`, PASSWORD],
  ['echo "$USER:Xk9#mQ2!" | chpasswd', 'Xk9#mQ2!'],
  ["echo 'deploy:Xk9#mQ2!' | sudo -u root chpasswd", 'Xk9#mQ2!'],
  ["echo 'Xk9#mQ2!' | htpasswd -i .htpasswd admin", 'Xk9#mQ2!'],
  // Single quotes keep a `$` written.
  ["ConvertTo-SecureString '$ecretPa55!' -AsPlainText", '$ecretPa55!'],
  [`echo '${PASSWORD}' | sudo -kS apt-get update`, PASSWORD],
  [`echo "${PASSWORD}" | sudo --stdin -u app true`, PASSWORD],
  [`schtasks /query /s host /u bob /P ${PASSWORD}`, PASSWORD],
  [`smbclient //files/home -U bob%${PASSWORD}`, PASSWORD],
  [`rpcclient -U 'CORP\\bob%${PASSWORD}' dc01`, PASSWORD],
  [`smbclient -L files -Ubob%${PASSWORD}`, PASSWORD],
]

// chpasswd fed several users, a line each: every password is found.
const COMMAND_LISTS: Array<[string, string[]]> = [
  ["chpasswd <<-'END'\n\tdeploy:Xk9#mQ2!\n\tbackup:Pa55w0rd!\n\tEND\nroot:Zq7!pLm2x", ['Xk9#mQ2!', 'Pa55w0rd!']],
  ['cat << EOF | sudo chpasswd\ndeploy:Xk9#mQ2!\nEOF', ['Xk9#mQ2!']],
  ["echo -e 'alice:Xk9#mQ2!\\nbob:Pa55w0rd!' | chpasswd", ['Xk9#mQ2!', 'Pa55w0rd!']],
  [
    'chpasswd:\n  expire: false\n  list:\n  - root:Xk9#mQ2!\n  - ubuntu:Pa55w0rd!\nruncmd: []',
    ['Xk9#mQ2!', 'Pa55w0rd!'],
  ],
  ['(echo Xk9#mQ2! ; echo "Xk9#mQ2!") | smbpasswd -a -s bob', ['Xk9#mQ2!', 'Xk9#mQ2!']],
  ['chpasswd <<EOF\r\ndeploy:Xk9#mQ2! \r\nEOF\r\n', ['Xk9#mQ2!']],
  ["printf 'no pair here\\nalice:Xk9#mQ2!' | chpasswd", ['Xk9#mQ2!']],
  ['echo "alice:Xk9#mQ2!  \n\n  bob:Pa55w0rd!" | chpasswd', ['Xk9#mQ2!', 'Pa55w0rd!']],
]

const NOT_COMMANDS = [
  'The suspect was identified by the team.',
  "the user was identified by 'fingerprint'",
  'ConvertTo-SecureString $plain -AsPlainText -Force',
  'ConvertTo-SecureString $plain',
  'echo "$USER:$PASS" | chpasswd',
  'htpasswd -c .htpasswd admin',
  'net user bob * /add',
  'net user guest',
  'WIFI:T:nopass;S:Cafe;;',
  'WIFI:S:HomeNet;T:WPA;;',
  'openssl enc -d -aes256 -passin env:MYPASS',
  'openssl enc -d -aes256 -passin file:/tmp/pw.txt',
  "SELECT PASSWORD('')",
  'CREATE USER app IDENTIFIED BY \nnext line',
  'ConvertTo-SecureString "never closed',
  'chpasswd <<< "no-colon-here"',
  'WIFI:S:Cafe;T:WPA\nP:Kx8!mQz2pL;;',
  'WIFI:S:Cafe;T:WPA;P:Kx8!mQz2pL',
  // A value read from elsewhere, a prompt, or a flag that takes no password.
  'CREATE USER app IDENTIFIED BY :password;',
  'ALTER USER app IDENTIFIED BY @password',
  'CREATE USER app IDENTIFIED BY &pw',
  'ConvertTo-SecureString -String $env:DB_PASSWORD -AsPlainText',
  'ConvertTo-SecureString (Get-Content pw.txt) -AsPlainText',
  '$pw = Get-Credential',
  '$password = read-host -AsSecureString',
  'echo "hello world" | passwd',
  'passwd --stdin deploy < pw.txt',
  'cat <<EOF | chpasswd\n$USER:$PASS\nEOF',
  'chpasswd:\n  expire: false\nusers: []',
  'chpasswd <<EOF\nEOF\ndeploy:Xk9#mQ2!',
  'ldapsearch -x -W -b dc=example,dc=org',
  'mongo -u admin -p --authenticationDatabase admin',
  'schtasks /create /ru bob /rp /tn b',
  'net use \\\\server\\share * /user:bob',
  'net use Z: /delete',
  'rabbitmqctl add_user bob',
  'NetworkCredential("bob", $password)',
  'NetworkCredential(user, "x")',
  "Le password n'est pas l'original",
  // Cut off: no argument, no password in the pair, no opening quote or bracket on the line.
  'ALTER USER scott IDENTIFIED BY  ',
  'NetworkCredential("bob"; "Xk9#mQ2!")',
  'chpasswd <<< "deploy:"',
  'chpasswd <<<',
  'deploy:Xk9#mQ2!" | chpasswd',
  'Xk9#mQ2!) | passwd bob',
  'docker login -u bob -p',
  'echo "$SUDO_PW" | sudo -S true',
  'sudo -S true < pw.txt',
  'smbclient //files/home -U bob',
  'smbclient -L files -U',
  'smbclient -N -L files',
  '$pass = ConvertTo-SecureString -String "$env:PASS" -AsPlainText -Force',
  'sshpass -p "$SSHPASS" ssh host',
  'net user bob %PASSWORD% /add',
  'CREATE USER app IDENTIFIED BY ?;',
  "CREATE LOGIN app WITH PASSWORD = N'$(Password)'",
]

t.test('passwords given to a command or a statement are found', async (t) => {
  assertFinds(t, COMMANDS)
  assertClean(t, NOT_COMMANDS)
  for (const [text, passwords] of COMMAND_LISTS) {
    t.same(
      found(text),
      passwords.map((password) => ['generic_secret', password]),
      JSON.stringify(text),
    )
  }
})

t.test('the fast path finds what the reference finds in every case a command is written in (fast-check)', async (t) => {
  const fullScan = (text: string) => scanWith(BUILT_IN_DETECTORS, text, false)
  const fastScan = (text: string) => scanWith(BUILT_IN_DETECTORS, text, true)
  const recased = fc
    .tuple(fc.constantFrom(...COMMANDS.map(([text]) => text)), fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }))
    .map(([text, flips]) =>
      [...text].map((char, i) => (flips[i % flips.length] ? char.toUpperCase() : char.toLowerCase())).join(''),
    )
  let withFindings = 0
  fc.assert(
    fc.property(recased, (text) => {
      const expected = fullScan(text)
      if (expected.length > 0) withFindings++
      return JSON.stringify(fastScan(text)) === JSON.stringify(expected)
    }),
    { numRuns: 1_000, seed: 1313 },
  )
  t.ok(withFindings > 300, `${withFindings} of 1000 recased commands have findings`)
})

const LITERAL = 'Xk9#mQ2!vL'
const LITERALS: Array<[string, string]> = [
  [`password = r'${LITERAL}'`, LITERAL],
  [`password = b"${LITERAL}"`, LITERAL],
  [`password = f"${LITERAL}"`, LITERAL],
  [`password = u'${LITERAL}'`, LITERAL],
  [`DB_PASSWORD = rb'${LITERAL}'`, LITERAL],
  [`password = """${LITERAL}"""`, LITERAL],
  [`password = '''${LITERAL}'''`, LITERAL],
  [`string password = @"${LITERAL}";`, LITERAL],
  [`var password = $"${LITERAL}";`, LITERAL],
  [`var password = $@"${LITERAL}";`, LITERAL],
  [`let password = r#"${LITERAL}"#;`, LITERAL],
  [`let password = r##"${LITERAL}"##;`, LITERAL],
  [`let password = r"${LITERAL}";`, LITERAL],
  [`password := \`${LITERAL}\``, LITERAL],
  [`const password = \`${LITERAL}\``, LITERAL],
  [`config = {"api_key": r"aB3dE5fG7hJ9kL1mN3pQ"}`, 'aB3dE5fG7hJ9kL1mN3pQ'],
  // C and C++'s encodings, Rust's byte and C raw strings.
  [`std::wstring password = L"${LITERAL}";`, LITERAL],
  [`char8_t* password = u8"${LITERAL}";`, LITERAL],
  [`auto password = U"${LITERAL}";`, LITERAL],
  [`let password = cr##"${LITERAL}"##;`, LITERAL],
  [`DB_PASSWORD = rb"${LITERAL}"`, LITERAL],
  // Doubled braces are written braces: no placeholder, the literal is the value.
  ['var password = $"Xk9mQ2zz{{pL}}";', 'Xk9mQ2zz{{pL}}'],
  ['password = f"""Xk9mQ2zz}}{{pL"""', 'Xk9mQ2zz}}{{pL'],
]

t.test('string literals with a prefix or a long delimiter are read as their content', async (t) => {
  assertFinds(t, LITERALS)
  // Interpolated literals compute their value; empty and unclosed literals hold none.
  assertClean(t, [
    'password = f"{prefix}{suffix}"',
    'password = f"Xk9mQ2zz{pL}"',
    'var password = $"{user}:{pass}";',
    'password = """',
    `password = r#"${LITERAL}`,
    'password = b"',
    'password = rebuild',
    'password = r#x',
    'password = """Xk9#mQ2\n!vL"""',
    'password = f"Xk9mQ2zz{{{pL}}}"',
    // A pattern in a raw literal is a rule about passwords, not one.
    'PASSWORD_CHECK = r"\\d{4,}[a-z]"',
    'var passwordRule = @"^\\w{8,}$";',
    'let pass_re = br#"x[0-9]+Qz!"#;',
    "SECRET_RULE = r'(?=Xk9)abc!Q'",
    'PWD_CHARS = r"[_A-Z]+"',
    // Nor is a pattern compiled through a path: the call computes the value.
    'let password_re = Regex::new(r"^\\w{8,}$").unwrap();',
    // French elision is no literal's prefix: `c'est`, `l'…` are words.
    "mot de passe: l'ancien",
    // Unquoted, doubled braces are a template's placeholder.
    'password = Xk9mQ2zz{{pL}}',
  ])
  // Braces in a literal that does not interpolate are written characters.
  assertFinds(t, [['password = r"Xk9mQ2zz{pL}"', 'Xk9mQ2zz{pL}']])
})

const WORDS = [
  '암호',
  '비번',
  '패스워드',
  '비밀 번호',
  'パスコード',
  'mat khau',
  'Mat Khau',
  '暗証番号',
  '合言葉',
  'סיסמא',
  'گذرواژه',
]
const ENGLISH = ['passcode', 'Passcode', 'passphrase', 'pass phrase', 'PIN code', 'PIN-Code', 'pincode']

t.test('more words for a password introduce a value', async (t) => {
  assertFinds(
    t,
    [...WORDS, ...ENGLISH].map((word) => [`${word}: ${LITERAL}`, LITERAL]),
  )
  assertFinds(t, [
    [`패스워드는 ${LITERAL} 입니다`, LITERAL],
    [`비번은 ${LITERAL}`, LITERAL],
    [`合言葉は「${LITERAL}」`, LITERAL],
    [`mat khau la ${LITERAL}`, LITERAL],
    [`the passcode is ${LITERAL}`, LITERAL],
    [`palavra-passe: ${LITERAL}`, LITERAL],
  ])
  // Digits after a PIN code are a PIN (short-names.ts), but six of them as India's postal PIN code are an address's;
  // `pin` inside a word is no keyword; 암호화 is "encryption".
  assertFinds(t, [['PIN code: 1234', '1234']])
  assertClean(t, [
    'PIN code: 482913',
    'iPhone passcode is 1234',
    'mapping code: Xk9#mQ2!vL',
    'spin-code: Xk9#mQ2!vL',
    '암호화: AES-256-GCM',
    '비밀번호를 잊으셨나요?',
    // 암호 is "cipher" too: an algorithm's name is no password; nor is a length.
    '암호: TLS_AES_256_GCM_SHA384',
    '암호는 ECDSA-with-SHA384',
    '암호 = ChaCha20-Poly1305',
    'PIN-Code: 6-stellig',
    'passcode: 8+characters',
    'passcode: 4–6-digit',
    '암호: AES/CBC/PKCS5Padding',
  ])
  assertFinds(t, [
    ['암호: RSA-Xk9mQ2zzLp', 'RSA-Xk9mQ2zzLp'],
    ['passcode: 4-digit7Q!x', '4-digit7Q!x'],
  ])
})

t.test('Hangul typed as conjoining jamo reads as its syllables', async (t) => {
  const nfd = (text: string) => text.normalize('NFD')
  for (const keyword of ['비밀번호', '암호', '패스워드', '비번']) {
    const text = nfd(`${keyword}: ${LITERAL}`)
    t.not(text, `${keyword}: ${LITERAL}`, `${keyword} has a decomposed form`)
    t.same(found(text), [['generic_secret', LITERAL]], JSON.stringify(text))
  }
  // A composed syllable takes a trailing consonant typed after it (비 + ᆯ + 밀…), and the redaction cuts the original.
  const mixed = `\uBE44\u11AF\uBC00\uBC88\uD638: ${LITERAL}`
  t.equal(scanView(mixed).text.slice(0, 4), '빌밀번호')
  const keyword = nfd('비밀번호는')
  t.equal(guard.redact(`${keyword} ${LITERAL} 입니다`).text, `${keyword} [REDACTED:generic_secret] 입니다`)
  // The view composes as NFC does, and maps every syllable back to all of its jamo.
  const jamo = fc.constantFrom('\u1100', '\u1112', '\u1161', '\u1175', '\u11A8', '\u11C2', '가', '각', 'a', ' ')
  fc.assert(
    fc.property(fc.array(jamo, { maxLength: 30 }), (pieces) => {
      const text = pieces.join('')
      const view = scanView(text)
      const whole = view.toOriginal([{ type: 'x', start: 0, end: view.text.length }])
      return view.text === text.normalize('NFC') && (text.length === 0 || whole[0]?.end === text.length)
    }),
    { numRuns: 2_000, seed: 2604 },
  )
})

// The compatibility jamo a keyboard shows (U+3131-U+3163), typed one by one, for each password word.
const COMPAT_JAMO_WORDS: Array<[string, string]> = [
  ['ㅂㅣㅁㅣㄹㅂㅓㄴㅎㅗ', '비밀번호'],
  ['ㅇㅏㅁㅎㅗ', '암호'],
  ['ㅍㅐㅅㅡㅇㅝㄷㅡ', '패스워드'],
  ['ㅂㅣㅂㅓㄴ', '비번'],
]

t.test('Hangul typed as compatibility jamo reads as its syllables', async (t) => {
  for (const [typed, word] of COMPAT_JAMO_WORDS) {
    t.equal(scanView(typed).text, word, typed)
    t.same(found(`${typed}: ${LITERAL}`), [['generic_secret', LITERAL]], typed)
    t.same(found(`${typed}는 ${LITERAL} 입니다`), [['generic_secret', LITERAL]], `${typed}는`)
  }
  // A consonant before a vowel leads the next syllable; one with no vowel after it ends its own; clusters only end one.
  t.equal(scanView('ㄱㅏㄱㅏ').text, '가가')
  t.equal(scanView('ㄱㅏㄳ ㄷㅏㄹㄱ').text, '갃 달ᄀ')
  t.equal(scanView('ㄸㅏㄸ').text, '따ᄄ')
  t.equal(guard.redact(`ㅂㅣㅁㅣㄹㅂㅓㄴㅎㅗ ${LITERAL}`).text, 'ㅂㅣㅁㅣㄹㅂㅓㄴㅎㅗ [REDACTED:generic_secret]')
  // Jamo alone (laughter, initials) and 암호화, "encryption", stay what they were.
  assertClean(t, ['ㅋㅋㅋ 좋아요', 'ㅇㅋ Xk9#mQ2!vL', 'ㅇㅏㅁㅎㅗㅎㅘ: AES-256-GCM', 'ㅂㅣㅁㅣㄹ'])
  // The view maps every syllable back to all of its jamo (fixed seed).
  const jamo = fc.constantFrom('ㄱ', 'ㄳ', 'ㄸ', 'ㅎ', 'ㅏ', 'ㅘ', 'ㅣ', '가', 'a', ' ')
  fc.assert(
    fc.property(fc.array(jamo, { maxLength: 30 }), (pieces) => {
      const text = pieces.join('')
      const view = scanView(text)
      const whole = view.toOriginal([{ type: 'x', start: 0, end: view.text.length }])
      return text.length === 0 || (whole[0]?.start === 0 && whole[0]?.end === text.length)
    }),
    { numRuns: 1_000, seed: 3131 },
  )
  assertStreamedAsWhole(
    t,
    COMPAT_JAMO_WORDS.map(([typed]) => `${typed}: ${LITERAL}`),
  )
})

const LABELS = [
  '{"apiKey": "API-Schlüssel"}',
  '"password": "Mật khẩu: "',
  '{"password": "Kata sandi Anda:"}',
  'password=Passwort',
  'login.password=Mot de passe',
  '{"passwordLabel": "Contraseña:"}',
  '{"password": "密码："}',
  '"secret": "Geheimer Schlüssel"',
  '{"password": "Hasło"}',
  '"password": "Şifre"',
  '"api_token": "Jeton d\'accès"',
  '{"key": "password", "value": "API-Schlüssel"}',
  '- name: DB_PASSWORD\n  value: "Mật khẩu:"',
  // A required field's star, a hint, an ampersand, an elision; compounds with short words are labels.
  '{"password": "Kennwort *"}',
  '{"secret": "Geheimer Schlüssel (optional)*"}',
  '"password": "Mot de passe (12 caractères min.)"',
  '{"password": "E-Mail-Passwort"}',
  '{"token": "Jeton d’accès & Clé"}',
  '"password": "Wi-Fi-Passwort:"',
  '{"password": "* Kennwort"}',
  '{"password": "Password (8+ chars, 1 digit)"}',
  '{"password": "Benutzername / Passwort"}',
  '"password": "Passwort?"',
]

t.test('labels in locale files are not secrets', async (t) => {
  assertClean(t, LABELS)
  // A word holding a secret's name is no label, nor are digits and symbols.
  assertFinds(t, [
    ['password=secretsauce42', 'secretsauce42'],
    ['{"password": "Sunflower-Horse-Battery"}', 'Sunflower-Horse-Battery'],
    ['{"password": "Passw0rd:x!"}', 'Passw0rd:x!'],
    // Words joined by dashes alone are a passphrase, whichever of them names a secret.
    ['{"password": "Token-Silver-Lantern"}', 'Token-Silver-Lantern'],
    ['password=Amber-Key-Walnut-River', 'Amber-Key-Walnut-River'],
    ['"password": "Schlüssel-Mond-Garten"', 'Schlüssel-Mond-Garten'],
    ['{"password": "Red/Secret/Garden"}', 'Red/Secret/Garden'],
    // A hint holds no secret: letters and digits mixed in it are one.
    ['{"password": "Passwort (Xk9mQ2zz)"}', 'Passwort (Xk9mQ2zz)'],
    // A random part after a path is written, not computed.
    ['token = Abc::Xk9mQ2zzLpQrStUv12', 'Abc::Xk9mQ2zzLpQrStUv12'],
  ])
})

t.test('a padded version number is not an address', async (t) => {
  assertClean(t, [
    'Firmware 10.00.01.05',
    'version 01.02.03.04',
    'v10.00.00.01',
    'Build: 10.00.00.01',
    'FW v 010.000.000.001',
    'Firmware-Version 10.00.01.05 installed',
    'release 192.168.001.001 notes',
    'release-10.00.00.01',
    'Ver. 10.00.00.01',
    'Версия 010.000.000.001',
    'バージョン 10.00.01.05',
  ])
  assertFinds(
    t,
    [
      ['ip 010.000.000.001', '010.000.000.001'],
      ['host 010.000.000.001 version', '010.000.000.001'],
      ['version 2 runs on 192.168.001.010', '192.168.001.010'],
    ],
    'ip_address',
  )
})

t.test('an @ inside Chinese or Korean prose is no email address', async (t) => {
  assertClean(t, ['我在@张三.公司开会', '모임@강남.카페에서', '好的。下午@李四.公司讨论', '周末@公司.中国聚会'])
  assertFinds(
    t,
    [
      ['用户@例子.广告', '用户@例子.广告'],
      ['taro@mail.cn', 'taro@mail.cn'],
      ['请发邮件给 用户@例子.中国谢谢', '用户@例子.中国'],
      ['홍길동@회사.한국', '홍길동@회사.한국'],
      ['메일은 kim@naver.com입니다', 'kim@naver.com'],
    ],
    'email',
  )
})

const ALL_TEXTS = [
  ...COMMANDS.map(([text]) => text),
  ...COMMAND_LISTS.map(([text]) => text),
  ...NOT_COMMANDS,
  ...LITERALS.map(([text]) => text),
  ...[...WORDS, ...ENGLISH].map((word) => `${word}: ${LITERAL}`),
  ...LABELS,
  '我在@张三.公司开会',
  'Firmware 10.00.01.05',
  '비밀번호: Xk9#mQ2!vL'.normalize('NFD'),
  'let password_re = r#"^[A-Za-z0-9!@#]{12,64}$"#;',
  'let password_re = Regex::new(r"^\\w{8,}$").unwrap();',
  '암호: ECDHE-RSA-AES128-GCM-SHA256',
  'PIN code: 4-digit',
  '{"password": "Red-Secret-Garden"}',
]

t.test('the guard fast path finds what the reference finds on these shapes', async (t) => {
  const fullScan = (text: string) => scanWith(BUILT_IN_DETECTORS, text, false)
  const fastScan = (text: string) => scanWith(BUILT_IN_DETECTORS, text, true)
  for (const text of ALL_TEXTS) t.same(fastScan(text), fullScan(text), JSON.stringify(text))
  const noise = fc.constantFrom(' ', '\n', ';', '"', "'", ':', '|', '#', 'x', '1', '@', '.', '가', '\u1100\u1161')
  let withFindings = 0
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.constantFrom(...ALL_TEXTS), noise), { maxLength: 6 }), (parts) => {
      const text = parts.join('')
      const expected = fullScan(text)
      if (expected.length > 0) withFindings++
      return JSON.stringify(fastScan(text)) === JSON.stringify(expected)
    }),
    { numRuns: 1_500, seed: 2603 },
  )
  t.ok(withFindings > 500, `${withFindings} of 1500 texts have findings`)
})

t.test('streamed one character at a time, these shapes are redacted as the whole reply is', async (t) => {
  assertStreamedAsWhole(t, ALL_TEXTS)
})
