import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from './helpers/guard-cases.js'

// The secret on a line of a Linux service's secrets file (service-secrets.ts): ipsec.secrets `[ids] : PSK "…"` (EAP,
// XAUTH, NTLM too), PgBouncer's userlist.txt `"user" "password"` and PPP's chap-secrets/pap-secrets `client server
// secret …`, the last two below the file's name or PPP's header.

const PW = 'Nc5^qWz8!rTb'
const PW2 = 'Ha3%kLp7@vXe'

const FOUND: Array<[string, string]> = [
  [`# ipsec.secrets\n@moon.strongswan.org @sun.strongswan.org : PSK '${PW}'`, PW],
  [`carol : XAUTH "${PW}"`, PW],
  [`alice@acme-corp.net : EAP "${PW}"`, PW],
  [`%any %any : PSK ${PW}`, PW],
  [`Here is my /etc/pgbouncer/userlist.txt:\n\n  "app_rw"   "${PW}"\n`, PW],
  [`auth_file = /etc/pgbouncer/userlist.txt\n"reporting" "${PW2}"`, PW2],
  [`userlist.txt:\n"a" "x"\n"deploy" "${PW}"\r\n`, PW],
  [`cat /etc/ppp/pap-secrets\n"jane"\t*\t"${PW}"\t192.168.1.20`, PW],
  [`# Secrets for authentication using CHAP\n# client\tserver\tsecret\t\t\tIP addresses\nbob\tvpn-gw\t${PW2}\t*`, PW2],
]

t.test('the secret on a secrets file line is found', async (t) => {
  assertFound(t, FOUND)
})

t.test('controls: the same layouts without a secret, or without the file, stay clean', async (t) => {
  assertNothingFound(t, [
    ': RSA moonKey.pem',
    ': PSK "',
    '# userlist.txt\n"app" "Tq7#vLm2!zR9" "oops',
    '@moon : PSK "changeme"',
    'The PSK is configured in ipsec.secrets.',
    '"app" "Tq7#vLm2!zR9"',
    'Check pgbouncer.ini: auth_type = md5\nauth_file = /etc/pgbouncer/userlist.txt',
    '# /etc/pgbouncer/userlist.txt\n"app" ""',
    'I edited chap-secrets yesterday.\nThe VPN still fails to connect Rf4Lp9Qz2Wx.',
    'jane  *  Tq7#vLm2!zR9  *',
    '# client  server  secret  IP addresses\njane  *  *  *',
  ])
})

t.test('fast path == full scan on cut and upper-cased variants', async (t) => {
  assertFastAsFull(
    t,
    FOUND.map(([text]) => text),
    { seed: 1622, withFindings: 120 },
  )
})
