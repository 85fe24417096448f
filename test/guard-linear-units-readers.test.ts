import { linearWorkOnUnits } from './helpers/linear-units.js'

// Crafted units for the readers widened after attack 14, in a process of their own (the work meter patches the regex
// and string primitives of its process): doubling a unit's repetitions must at most double the counted work.

linearWorkOnUnits('named arguments after a secret name', [
  "('password', type=str, ",
  "('password', a=b, ",
  "config('SECRET_KEY', default=",
  "'password',\n  type=str,\n  ",
  "'password', help='",
  "'token', x=y",
])

// Every keyword inside one long run reads the same long value; brackets and punctuation pile up at its end.
linearWorkOnUnits('long values without blanks', [
  'token=',
  'password:',
  'secret=a)',
  'key=Ab3,',
  'token=(((密',
  "password='",
  'password=`',
  'token="a\'',
  'password=「',
  '<password>Ab3',
  '<token>x',
  'Bearer ',
])

linearWorkOnUnits('private keys in base64', [
  'MIIB',
  'MA ',
  'M',
  'LS0tLS1CRUdJTi',
  ' LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t',
  ' MIIEvQIBADANBgkqhkiG9w0BAQEFAASC',
])

linearWorkOnUnits('credential pairs', [
  'AKIAQ7R2T4XVBN6PZ3ML:',
  'AKIAQ7R2T4XVBN6PZ3ML %2F%2F',
  'ACe8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b9 ',
  'AKIAQ7R2T4XVBN6PZ3ML Hq8+Zr2LmN4vTx6Pb9Wc1Ks3Yd5Fg7Jh0Ae2Ru4T ',
])

linearWorkOnUnits('typed declarations', [
  'password: Optional[',
  'password: str = ',
  'token: A(',
  'v_password VARCHAR2(30) :',
  'password x := password: &',
  "secret: &'a ",
])

linearWorkOnUnits('fallbacks and defaults beside a lookup', [
  'password = a || ',
  'password = process.env.X || "',
  'password = f(default=',
  'token = g("a") or ',
  "password: {type: 'a', ",
  'password: ${A:',
  'process.env.password = x',
])

linearWorkOnUnits('bot tokens in Bot API paths', [
  '/bot7012345678:AA',
  '/bot1',
  '/bot7012345678:AAF3kLm92QxPz81VbN4tRw0YhJc5eUa6sQw/',
])

linearWorkOnUnits('cookie headers', [
  'Cookie: a=',
  'Cookie: sid=Qm7xK2pL9vR4; ',
  'cookie=',
  ' -b sess=x;',
  'Cookie: sessionid=Qm7xK2pL9vR4tZ8w',
])

linearWorkOnUnits('signed URLs and webhooks', [
  '&sig=',
  '?sig=q8Zr2LmN4vTx6Pb9Wc1K&',
  '/IncomingWebhook/9f3c2a7b1e8d4f6a0c5b',
  ';signature=a',
])

linearWorkOnUnits('YAML tags and secret settings', [
  'password: !a ',
  'token: !!str ',
  'password_algorithm: a$1 ',
  'token: BTC/USDT ',
])

// The readings review 17's precision families and review 16's misses changed: a chpasswd flow list read to its reach
// (2000 characters), a net user switch's quoted value, CONNECT's words after its logon, Wi-Fi sibling names, an
// account tool's operand, and SSN keywords on a table's header line.
linearWorkOnUnits('chpasswd flow lists, account operands, switches and table headers', [
  'chpasswd: {list: [',
  'chpasswd: {list: [root:Xk9#mQ2!v, ',
  'chpasswd: {expire: false, ',
  'net user a /comment:"x ',
  'CONNECT a/Tiger123@b c ',
  'SSID: HomeNet / HomeNet5G ',
  'passwd deploy2024 ',
  '"passwd", "deploy2024", ',
  'ssn,order\n',
  'ssn,order\n***,536221234\n',
])

// Arms of several patterns (test/guard-match-arm-patterns.test.ts): joined patterns, Kotlin's tests and guards, each
// reading bounded, repeated inside one conditional and as many conditionals.
linearWorkOnUnits('arms of several patterns, tests and guards', [
  'password = match e {\n',
  '  "a" | "b" => "Xk92mQ7vLp3zR8",\n',
  '"a" | "a" | "a" | ',
  '  in prodEnvs -> "x",\n',
  '  !is Dev, is Prod -> ',
  '  e if e.ok() => "Bt4nW6yH1sJ0qZ",\n',
  'var token = env switch {\n  "a" or "b" => "c",\n',
  'val secret = when (x) {\n  var e when e.ok => ',
])

// A connection string's `;` before a driver's key ends a password (test/guard-connection-string-fields.test.ts): each
// `;` reads one bounded key.
linearWorkOnUnits("connection strings' fields", [
  'Password=Xk92mQ7vLp3zR8;Encrypt=True;',
  'password=k9Qz;Vw=4m;',
  ';Pooling=;Initial Catalog=',
  'Pwd=a;b;c;d;',
])
