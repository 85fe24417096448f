import t from 'tap'
import { assertClean, assertFoundAs, found } from './helpers/guard-cases.js'

// Public IPv4 addresses where the text says they are someone's (src/guard/labelled-ips.ts): after a client
// address's label, after sshd's `from … port`, or opening an access log line. Alone they stay unreported.

const ADDRESS = '81.2.69.142'

t.test("a public IPv4 address after a label naming a client's address", async (t) => {
  assertFoundAs(
    t,
    [
      [`My IP address: ${ADDRESS}`, ADDRESS],
      [`my public IP is ${ADDRESS}, can you check the firewall?`, ADDRESS],
      [`{"client_ip": "${ADDRESS}", "path": "/login"}`, ADDRESS],
      [`remote_addr=${ADDRESS} status=401`, ADDRESS],
      [`const ip = req.socket.remoteAddress // ${ADDRESS}`, ADDRESS],
      [`X-Real-IP: ${ADDRESS}`, ADDRESS],
      [`CF-Connecting-IP: ${ADDRESS}`, ADDRESS],
      [`pam_unix(sshd:auth): authentication failure; ruser= rhost=${ADDRESS}  user=root`, ADDRESS],
      [`meine IP-Adresse ist ${ADDRESS}`, ADDRESS],
      [`mi dirección IP es ${ADDRESS}`, ADDRESS],
      [`我的IP地址是${ADDRESS}`, ADDRESS],
      [`IPアドレスは ${ADDRESS} です`, ADDRESS],
      [`Dec  3 10:12:01 web sshd[4242]: Failed password for root from ${ADDRESS} port 51234 ssh2`, ADDRESS],
      [`${ADDRESS} - - [03/Dec/2026:10:12:01 +0000] "GET /index.html HTTP/1.1" 200 512`, ADDRESS],
      [`GET / 200\n${ADDRESS} - frank [03/Dec/2026:10:12:01 +0000] "GET /a HTTP/1.1" 200 5`, ADDRESS],
    ],
    'ip_address',
  )
})

t.test('every address of a forwarded-for list', async (t) => {
  t.same(found(`X-Forwarded-For: ${ADDRESS}, 70.41.3.18, 150.172.238.178`), [
    ['ip_address', ADDRESS],
    ['ip_address', '70.41.3.18'],
    ['ip_address', '150.172.238.178'],
  ])
})

t.test('versions, sections, examples, reserved ranges and unlabelled addresses stay clean', async (t) => {
  assertClean(t, [
    'Version 10.2.3.4 released',
    'See section 4.12.3.1',
    'IP: 1.2.3.4',
    'Use Google DNS IP 8.8.8.8',
    'ip: 203.0.113.45',
    'ip: 198.51.100.7',
    'ip: 192.0.2.14',
    'client ip 100.64.12.9 (carrier-grade NAT)',
    'ip: 169.254.12.40',
    'ip: 224.12.0.40',
    'ip: 0.12.40.9',
    'the subnet 81.2.69.0',
    'ip 81.2.69.255',
    `downloaded from ${ADDRESS} yesterday`,
    `from ${ADDRESS} portal`,
    `ssh root@${ADDRESS}`,
    `${ADDRESS} is the address of our mirror`,
    `  ${ADDRESS} - - [03/Dec/2026:10:12:01 +0000]`,
    'IP 4.12.3.1.7',
    'a zip of 81.2.69.142.5',
  ])
})
