import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret`): credentials files are read by their layout (auth-files.ts: a `.pgpass`
 * line `host:port:db:user:…`, `.npmrc` `_password=`), device and service configs' credential lines (device-configs.ts:
 * wpa_supplicant `psk=…`, Cisco `crypto isakmp key …`, Redis `masterauth …`), and a pre-shared key after its label
 * (`Pre-shared key: …`). Less firmly promised than the other families here: these exact files are not listed.
 * Input family: the secrets files of everyday Linux services, pasted when a VPN or pooler will not connect:
 * strongSwan/Libreswan `ipsec.secrets` (`<ids> : PSK "…"`), PgBouncer `userlist.txt` (`"user" "password"`), PPP
 * `chap-secrets` (`client server secret IPs`).
 * What happens: the pre-shared key or password is left visible in each (the IP addresses on the PSK line are redacted).
 */

const PW = 'Tq7#vLm2!zR9'

t.test('the secret on a line of a service secrets file is redacted', async (t) => {
  assertRedacted(t, [
    [`# /etc/ipsec.secrets\n: PSK "${PW}"`, PW],
    [`10.0.0.1 10.0.0.2 : PSK "${PW}"`, PW],
    [`vpn.acme-corp.net %any : PSK "${PW}"`, PW],
    [`# /etc/pgbouncer/userlist.txt\n"app" "${PW}"\n"report" "Xw9$kP2mQa7!"`, [PW, 'Xw9$kP2mQa7!']],
    [`# /etc/ppp/chap-secrets\n# client  server  secret  IP addresses\njane  *  ${PW}  *`, PW],
  ])
})
