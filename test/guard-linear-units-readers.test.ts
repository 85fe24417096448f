import t from 'tap'
import { createGuard } from '../src/guard/index.js'
import { measureWork } from './helpers/work-meter.js'

// Crafted units for the readers widened after attack 14, in a process of their own (the work meter patches the regex
// and string primitives of its process): doubling a unit's repetitions must at most double the counted work.

const guard = createGuard()
const REPETITIONS = 2_000
const MAX_DOUBLING_RATIO = 2.2

function linear(name: string, units: readonly string[]) {
  t.test(`linear work: ${name}`, async (t) => {
    for (const unit of units) {
      const small = measureWork(() => guard.scan(unit.repeat(REPETITIONS))).work
      const large = measureWork(() => guard.scan(unit.repeat(2 * REPETITIONS))).work
      t.ok(large / small <= MAX_DOUBLING_RATIO, `${JSON.stringify(unit)}: doubling × ${(large / small).toFixed(2)}`)
      t.ok(large > 0, 'the meter saw the scan')
    }
  })
}

linear('named arguments after a secret name', [
  "('password', type=str, ",
  "('password', a=b, ",
  "config('SECRET_KEY', default=",
  "'password',\n  type=str,\n  ",
  "'password', help='",
  "'token', x=y",
])

// Every keyword inside one long run reads the same long value; brackets and punctuation pile up at its end.
linear('long values without blanks', [
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

linear('private keys in base64', [
  'MIIB',
  'MA ',
  'M',
  'LS0tLS1CRUdJTi',
  ' LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t',
  ' MIIEvQIBADANBgkqhkiG9w0BAQEFAASC',
])

linear('credential pairs', [
  'AKIAQ7R2T4XVBN6PZ3ML:',
  'AKIAQ7R2T4XVBN6PZ3ML %2F%2F',
  'ACe8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b9 ',
  'AKIAQ7R2T4XVBN6PZ3ML Hq8+Zr2LmN4vTx6Pb9Wc1Ks3Yd5Fg7Jh0Ae2Ru4T ',
])

linear('typed declarations', [
  'password: Optional[',
  'password: str = ',
  'token: A(',
  'v_password VARCHAR2(30) :',
  'password x := password: &',
  "secret: &'a ",
])

linear('fallbacks and defaults beside a lookup', [
  'password = a || ',
  'password = process.env.X || "',
  'password = f(default=',
  'token = g("a") or ',
  "password: {type: 'a', ",
  'password: ${A:',
  'process.env.password = x',
])

linear('bot tokens in Bot API paths', [
  '/bot7012345678:AA',
  '/bot1',
  '/bot7012345678:AAF3kLm92QxPz81VbN4tRw0YhJc5eUa6sQw/',
])

linear('cookie headers', [
  'Cookie: a=',
  'Cookie: sid=Qm7xK2pL9vR4; ',
  'cookie=',
  ' -b sess=x;',
  'Cookie: sessionid=Qm7xK2pL9vR4tZ8w',
])

linear('signed URLs and webhooks', [
  '&sig=',
  '?sig=q8Zr2LmN4vTx6Pb9Wc1K&',
  '/IncomingWebhook/9f3c2a7b1e8d4f6a0c5b',
  ';signature=a',
])

linear('YAML tags and secret settings', [
  'password: !a ',
  'token: !!str ',
  'password_algorithm: a$1 ',
  'token: BTC/USDT ',
])

// The readings review 17's precision families and review 16's misses changed: a chpasswd flow list read to its reach
// (2000 characters), a net user switch's quoted value, CONNECT's words after its logon, Wi-Fi sibling names, an
// account tool's operand, and SSN keywords on a table's header line.
linear('chpasswd flow lists, account operands, switches and table headers', [
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

// The readings review 18's recall findings changed: an SSN table read without a rule (aligned columns) and its rows'
// other cells, a header with more than the keyword, a Wi-Fi key's labels (netsh aligns its colons), the account
// tools' word before a command or a setter, a security key's label before a device, a Windows switch after a slash,
// a net user operand opening with a bracket, and CONNECT after RMAN's prompt and in inline code.
linear('aligned SSN columns, Wi-Fi key labels, command operands and Oracle prompts', [
  'name  ssn  dob\n',
  'name  ssn  dob\nJane  536221234  1980\n',
  'ssn  ssn  ssn  ',
  'Name | SSN | Phone\nJohn | 123456789 | 555-0100\n',
  'SSN/Tax ID,Name\n123456789,John\n',
  'Key Content                    : ',
  'WPA2 key: Kx8mQ2zzT9 ',
  'network network key ',
  'sudo -u a -u a -u a ',
  "conf.set('mysql', 'passwd', 'hunter2024') ",
  'security key: YubiKey5 ',
  'login: alice /times:a ',
  'net user a <b /add ',
  'net user a [b | *] ',
  'RMAN> connect target sys/Oracle2024x@prod\n',
  '`connect scott/Tiger2024x@orcl` ',
])

// The readings review 20's findings changed: a Wi-Fi key read to its line's end (or its closing quote), a setting or
// a placeholder after a key label.
linear('Wi-Fi passphrases to the line end', [
  'Key Content            : correct horse battery staple\n',
  'PSK: a b ',
  'WPA2 key: "a b ',
  'PSK: 128-bit ',
  'Network key: see the sticker ',
])

// Review 22: a line after a key label is read word by word to tell a sentence from a passphrase.
linear('Wi-Fi key label prose read word by word', [
  'PSK: the one under your router\n',
  'PSK: a b c d e f g h i j k l ',
  'WPA2 key: Printed underneath.\n',
  "PSK: it's l'étiquette ",
])

linear('aligned SSN tables read past ragged rows', [
  'Name    SSN        DOB\n',
  'Mary  Jane  536221235\n',
  'MaryJane  536221235  1991\n',
])

linear('passwd after labels, list lines, brackets and bars', [
  'User: admin\npasswd a ',
  'a | passwd a ',
  'run: passwd a ',
  '$ a | passwd a\n',
])

// SSN columns read row by row as long as rows keep coming (table-reach.ts), pasted again and again.
linear('SSN tables read row by row', [
  'Name,SSN\nJane,536221234\n',
  ' name | ssn\n------+-----\n Jane | 536221234\n',
  'name  ssn\nJane  536221234\nJohn  536221235\n',
  'Jane  536221234  1990\n',
])

// Review 25: a Wi-Fi key's line is matched against a length rule and a place before it is read as a phrase; Wi-Fi
// password labels and German Wi-Fi compounds read their line as a key's label does; a label line's value takes in its
// closing punctuation (its line read back 120 characters at most); a quote after a name's operator is looked back on,
// within 200 characters, for the literal it closes; a note's label and three words are looked back on before passwd.
linear('review 25: Wi-Fi key notes and labels, value tails, concatenated literals, note labels', [
  'PSK: 8 to 8 to 8 to 8 ',
  'WPA2 key: a b c d on the back of ',
  'Wi-Fi password: over the rainbow\n',
  'WLAN-Schlüssel: blaue Blume im Wald\n',
  'password: Summer2024!\n',
  'password: a1b2c3d4!!!!!!!!!!!! ',
  '"password=" + ',
  'f"pwd={a}&x={b}" ',
  'Note: a b c passwd deploy ',
])
