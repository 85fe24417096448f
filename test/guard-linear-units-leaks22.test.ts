import { linearWorkOnUnits } from './helpers/linear-units.js'

// The readers widened by the leaks attack of round 22 (test/attack22/leaks22-*.test.ts), in a process of their own
// (the work meter patches the regex and string primitives of its process).
linearWorkOnUnits('a key joined from prefixed literals, comments and added-on statements', [
  'f"ghp_" rb"aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z5A" ',
  '"a" + // c\n  "b" /* d */ + "c" ',
  'k = "a"\nk += "b"; k << "c" ',
  '"a").append("b");\nsb.append("c" ',
  'join("a", "b", \'c\', "d" ',
  "'a''b''c''d' ",
])

linearWorkOnUnits("a man page's lone escapes and named characters", [
  'sk\\-proj\\-abcDEF123456ghiJKL789 ',
  'a\\(atb\\[at]c\\[u0040]d\\*(Aqe ',
  '.TH X 1\nDE89\\ 3704\\~0044\\0 ',
  '\\s-2\\f5\\f[CourierBold]x\\(zz ',
])

linearWorkOnUnits('a PIN in other languages and a one-time code', [
  'Geheimzahl: 4921 ',
  'OTP is 492 183 ',
  'otp otp otp otp 2fa code: ',
  'codice di verifica 123-456-78- ',
])

linearWorkOnUnits('a generated value in angle brackets after a label', [
  'password: <Xk9mQ2vL7Pq8> ',
  'password: <<<<<<<<<<<< ',
  'password=<a b c> ',
])

linearWorkOnUnits("a connection URL with a template's scheme or host", [
  `\${proto}://admin:S3cretPw@\${host} `,
  `\${a}://\${b}://\${c}:// `,
  `postgres://a:b@\${h}}}}}} `,
])

linearWorkOnUnits('a .pgpass line with an IPv6 host', [
  '::1:5432:*:postgres:S3cretPw9x\n',
  '[fe80::1%eth0]:5432:db:u:p\n',
  ':::::::::::::::: ',
])

linearWorkOnUnits('a JWT wrapped over lines of one width', [
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ\nzdWIiOiJqYW5lIiwiZXhwIjoxNzE2MjQyNjIyfQ.\nZk3Qv9Lm ',
  'eyJhbGciOi\neyJhbGciOi\neyJhbGciOi\n',
])

linearWorkOnUnits('a value spaced letter by letter', [
  'g h p _ a B 3 d E 5 f G 7 h J 9 k L 1 ',
  'a 1 b 2 c 3 d 4 e 5 f ',
  'a b ',
])
