// biome-ignore-all lint/suspicious/noTemplateCurlyInString: literal ${VAR} placeholders are what these cases test
import t from 'tap'
import { createGuard } from '../src/guard/index.js'
import { PROVIDER_TOKENS } from '../src/guard/provider-tokens.js'
import { seededRandom } from './fixtures/guard/fake-secrets.js'

// Issue 16: provider tokens from the prefix table, the assignment forms of real code, and the look-alikes that
// must stay clean. Every value is fake.

const guard = createGuard()
const random = seededRandom(16)

function typesIn(text: string): string[] {
  return guard.scan(text).findings.map((finding) => finding.type)
}

// A random string matching a row's body: the table only uses classes, counted repetition, escapes, groups and
// lookarounds.
function sample(source: string): string {
  let out = ''
  let i = 0
  const repeat = (): [number, number] => {
    const counted = /^\{(\d+)(?:,(\d+))?\}/.exec(source.slice(i))
    if (counted !== null) {
      i += counted[0].length
      return [Number(counted[1]), Number(counted[2] ?? counted[1])]
    }
    if (source[i] === '?') {
      i++
      return [0, 1]
    }
    return [1, 1]
  }
  while (i < source.length) {
    let atom: () => string
    if (source[i] === '[') {
      const end = source.indexOf(']', i + 2)
      const members = source.slice(i + 1, end)
      let chars = ''
      for (let k = 0; k < members.length; k++) {
        if (members[k + 1] === '-' && k + 2 < members.length) {
          for (let c = members.charCodeAt(k); c <= members.charCodeAt(k + 2); c++) chars += String.fromCharCode(c)
          k += 2
        } else chars += members[k] === '\\' ? members[++k] : members[k]
      }
      i = end + 1
      atom = () => chars[Math.floor(random() * chars.length)] as string
    } else if (/^\(\?<?[!=]/.test(source.slice(i))) {
      // A lookaround (Meta's `(?<![+/]EAA)`, `(?!AAA)`) adds no character: the random body passes it but by chance.
      let depth = 0
      for (; i < source.length; i++) {
        if (source[i] === '(') depth++
        if (source[i] === ')' && --depth === 0) break
      }
      i++
      atom = () => ''
    } else if (source.startsWith('(?:', i)) {
      let depth = 0
      let end = i
      for (; end < source.length; end++) {
        if (source[end] === '(') depth++
        if (source[end] === ')' && --depth === 0) break
      }
      const inner = source.slice(i + 3, end)
      i = end + 1
      atom = () => sample(inner)
    } else if (source[i] === '\\') {
      const escaped = source[i + 1] as string
      i += 2
      atom = escaped === 'd' ? () => String(Math.floor(random() * 10)) : () => escaped
    } else {
      const literal = source[i] as string
      i++
      atom = () => literal
    }
    const [min, max] = repeat()
    // Optional parts are left out half the time; counted runs take their longest length.
    const count = min === 0 ? Math.round(random() * max) : max
    for (let n = 0; n < count; n++) out += atom()
  }
  return out
}

t.test('every row of the provider table is found in a config line, typed, and only with a random body', async (t) => {
  t.ok(PROVIDER_TOKENS.reduce((sum, row) => sum + row.prefixes.length, 0) >= 150, 'well over a hundred prefixes')
  for (const row of PROVIDER_TOKENS) {
    const type = row.type ?? 'api_token'
    for (const prefix of row.prefixes) {
      const token = `${prefix}${sample(row.body)}`
      t.same(typesIn(`${row.provider.toUpperCase()}: ${token}\n`), [type], `${row.provider} ${prefix}`)
      t.notOk(typesIn(`my_${token}`).includes(type), `${prefix} glued to an identifier is not a token start`)
      t.same(typesIn(`${prefix}${'x'.repeat(40)}`), [], `${prefix} with a placeholder body`)
    }
  }
})

t.test('tokens whose fixed part is not at the start, and Slack webhooks without a scheme', async (t) => {
  t.same(typesIn('TELEGRAM_BOT_TOKEN=1234567890:AAHk3x9Zq2mW7vB4nR8tY1uP6sD0fG5jL2c'), ['api_token'], 'Telegram bot')
  t.same(typesIn('ratio 1234567890:AA and more'), [], 'a Telegram-like id without the secret')
  t.same(
    typesIn('token Xk3mQ9wLp2Zr7T.atlasv1.Gh4kLm9QzXw2Rt7YpB3nVc8MsD1fJ6hK0aE5uI9oP2lZxC4vB7nM1qW3eR6tY8uI0oP'),
    ['api_token'],
    'Terraform Cloud',
  )
  t.same(typesIn('AZURE_CLIENT_SECRET=abc8Q~Xk3mQ9wLp2Zr7TGh4kLm9QzXw2Rt7Yp'), ['api_token'], 'Entra client secret')
  t.same(
    typesIn('curl -X POST hooks.slack.com/services/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'),
    ['slack_token'],
    'a Slack webhook written without https://',
  )
  t.same(
    typesIn(`OPENROUTER_API_KEY=sk-or-v1-${'0a1b2c3d4e5f6789'.repeat(4)}`),
    ['api_token'],
    'an OpenRouter key is not an OpenAI key',
  )
})

const PASSWORD = 'Vq7mZt2Lp9xR'

t.test('assignment forms of real code and config', async (t) => {
  const forms: Array<[string, string]> = [
    [`<password>${PASSWORD}</password>`, 'XML element text'],
    [`<settings>\n  <password>\n    ${PASSWORD}\n  </password>\n</settings>`, 'XML element text on its own line'],
    [`<apiKey>${PASSWORD}x4Tq</apiKey>`, 'XML element named like a key'],
    [`<property name="password" value="${PASSWORD}"/>`, 'name and value attributes'],
    [`<add key="ClientSecret" value="${PASSWORD}Rw8nKd2Q" />`, 'appSettings entry'],
    [`$pass = '';\n$pass .= '${PASSWORD}';`, 'PHP .='],
    [`DEPLOY_PASSWORD ?= ${PASSWORD}`, 'Makefile ?='],
    [`DEPLOY_PASSWORD ::= ${PASSWORD}`, 'Makefile ::='],
    [`props.setProperty("password", "${PASSWORD}");`, 'setProperty'],
    [`System.setProperty("javax.net.ssl.trustStorePassword", "${PASSWORD}")`, 'a dotted property name'],
    [`creds = "${PASSWORD}Rw8nKd2Q"`, 'creds ='],
    [`credentials = ("deploy", "${PASSWORD}")`, 'a (user, password) pair'],
    [`if ("${PASSWORD}" == password) {`, 'a reversed comparison'],
    [`assert '${PASSWORD}' !== secret`, 'a reversed strict comparison'],
    [`curl -u deploy:${PASSWORD} https://nexus.internal/`, 'curl -u'],
    [`DB_PASSWORD=Vq7mZt\${2Lp9xRw`, 'a ${ that opens no reference'],
    [`DB_PASSWORD="Vq7mZt2Lp9xR\${SUFFIX}"`, 'a literal secret with a reference spliced in'],
    [`DB_PASSWORD=Vq7mZt2Lp9xR\${SUFFIX}`, 'an unquoted literal secret with a reference spliced in'],
    [`{"password": ${PASSWORD}}`, 'an unquoted value closing its JSON object'],
    [`(password=${PASSWORD})`, 'an unquoted value inside parentheses'],
  ]
  for (const [text, form] of forms) t.same(typesIn(text), ['generic_secret'], form)
  const clean: Array<[string, string]> = [
    ['<password>${DB_PASSWORD}</password>', 'an XML element holding a reference'],
    ['<password>changeme</password>', 'an XML element holding a placeholder'],
    [`<password>${PASSWORD}</secret>`, 'an element that is not closed by its own name'],
    ['props.setProperty("password", System.getenv("DB_PASS"));', 'a property read from the environment'],
    ['creds = get_credentials(profile)', 'creds from a call'],
    ['if (password == confirmPassword) return', 'a comparison between two names'],
    ['if ("" == password) throw err', 'a comparison with the empty string'],
    [`${PASSWORD}" == password`, 'a closing quote with no opening one'],
    ['PASSWORD ?= $(shell cat .secret)', 'a Makefile default read from a file'],
    ['$query .= " WHERE id = ?";', 'PHP .= on a query'],
    ['password: "${DB_PASSWORD}"', 'a reference alone'],
    ['password: ${VAULT_PASS:-changeme}', 'a reference with a default'],
    ['password=${DB_PASSWORD}', 'an unquoted reference alone'],
    ['DB_PASSWORD: ${DB_PASSWORD}.', 'an unquoted reference ending a sentence'],
    ['the password is ${DB_PASSWORD}, as before', 'a reference in prose'],
    ['password=$(cat /run/secrets/db_password)', 'a value read by a shell substitution'],
    ['DB_PASSWORD=########', 'a masked value'],
    ['curl -u {USER}:{PASS} https://api.local', 'a curl template'],
  ]
  for (const [text, form] of clean) t.same(typesIn(text), [], form)
})

t.test('placeholder key blocks and default credentials are not findings', async (t) => {
  for (const body of ['xxx', '***', 'anything', '<your key here>', '...', 'XXXXXXXX', '[redacted]']) {
    t.same(typesIn(`-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----`), [], body)
  }
  t.same(
    typesIn('-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBk3x9Zq2mW7vB4nR8tY1uP6sD0fG5jL2c\n'),
    ['private_key'],
    'real material',
  )
  for (const url of ['amqp://{user}:{password}@rabbit:5672/', 'mongodb://mongodb:mongodb@localhost:27017/test']) {
    t.same(typesIn(`BROKER_URL=${url}`), [], url)
  }
})

t.test('IPv6: public addresses are personal data; reserved ranges and networks are not', async (t) => {
  t.same(typesIn('client 2a01:e0a:1f2:3c40:9d1e:77ab:12cd:4e5f hit the limit'), ['ip_address'], 'global unicast')
  t.same(typesIn('from 2600:1700:4a2b:9c10::1f3'), ['ip_address'], 'compressed global unicast')
  t.same(typesIn('host fd12:3456:789a::1'), ['ip_address'], 'a unique local host (internal topology)')
  for (const text of [
    'docs use 2001:db8::1',
    'listen [::1]:8080',
    'fe80::1c2b:3aff:fe4d:5e6f%eth0',
    'our ULA prefix is fd12:3456:789a::/48',
    'announce 2a01:e0a::/32',
    'at 2026:10:00:01 UTC',
  ]) {
    t.same(typesIn(text), [], text)
  }
})

t.test('phones: more national formats, and numbers that only look like phones', async (t) => {
  t.same(typesIn('mój numer: 601 234 567'), ['phone'], 'Polish mobile after "numer"')
  t.same(typesIn('my number is 9832498615, whatsapp only'), ['phone'], 'Indian mobile after "number"')
  t.same(typesIn('order number 9832498615'), [], 'an order number')
  t.same(typesIn('part number 912-44-0871'), [], 'a 3-2-4 part number is no phone')
  t.notOk(typesIn('numero 078-05-1120').includes('phone'), '3-2-4 after a number word is SSN-shaped, not a phone')
  t.same(typesIn('IBAN DE89 3704 0044 0532 0130 09 fails its checksum'), [], 'the digits of an IBAN-shaped value')
  t.same(typesIn('part no. 480-12-3377, rev B'), [], 'an SSN-shaped part number')
  t.same(typesIn('ticket ref 221-09-4410'), [], 'an SSN-shaped ticket reference')
  t.same(typesIn('SSN 480-12-3377'), ['ssn'], 'the same digits after SSN')
})
