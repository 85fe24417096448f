import t from 'tap'
import { isSubscriberIpv4 } from '../../src/guard/labelled-ips.js'
import { assertFastAsFull, assertFoundAs, assertNothingFound, found } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 28 (ips28), a leak the lead found probing: a public IPv4 address went to the model in clear wherever it
 * stood, even where the text said it was a person's (`my IP is 81.2.69.160`), a client's (`client_ip=…`,
 * `X-Forwarded-For: …`, `"remote_addr": "…"`), an account's login (sshd's `Failed password for … from …`, the `Last
 * login: … from …` banner), the first field of a web server's access log, or a user table's `ip_address` column (as
 * generated test data has it). An address that identifies a subscriber's line is personal data; a public address
 * alone stays unreported (version numbers and servers' addresses take its shape), so the words around it decide.
 */

const A = '81.2.69.160'
const B = '93.184.216.34'
const C = '203.0.113.77'

t.test("an address the text says is a person's or a client's", async (t) => {
  assertFoundAs(
    t,
    [
      [`my IP is ${A}`, A],
      [`My public IP address is ${A}, can you check if it's blocked?`, A],
      [`my home ip: ${B}`, B],
      [`My IP, as whatismyip.com shows it, is ${A}`, A],
      [`their IP was ${C} when it failed`, C],
      [`the attacker's IP is ${A}`, A],
      [`the customer’s IP address = ${B}`, B],
      [`client_ip=${A} status=403`, A],
      [`clientIp: "${B}"`, B],
      [`{"user":"jane","remote_addr":"${A}","path":"/login"}`, A],
      [`REMOTE_ADDR=${A}`, A],
      [`req.socket.remoteAddress is ${B}`, B],
      [`X-Forwarded-For: ${A}`, A],
      [`x-real-ip: ${B}`, B],
      [`CF-Connecting-IP: ${A}`, A],
      [`Forwarded: for=${A};proto=https`, A],
      [`user_ip | ${A}`, A],
      [`last_login_ip: ${B}`, B],
      [`signup IP: ${A}`, A],
      [`the IP of the user is ${A}`, A],
      [`IP address for the customer: ${B}`, B],
      [`She logged in from ${A} at 3am`, A],
      [`Last login: Thu Dec  3 10:12:01 2026 from ${A}`, A],
      [`sshd[1234]: Failed password for invalid user admin from ${A} port 52344 ssh2`, A],
      [`sshd[88]: Accepted publickey for deploy from ${B} port 40022 ssh2: ED25519 SHA256:abc`, B],
      [`sshd[9]: Invalid user oracle from ${A} port 4431`, A],
      [`meine IP-Adresse ist ${A}`, A],
      [`mon adresse IP : ${A}`, A],
      [`mi dirección IP es ${B}`, B],
      [`il mio indirizzo IP è ${A}`, A],
      [`meu endereço de IP é ${B}`, B],
      [`mijn IP is ${A}`, A],
      [`mój adres IP to ${B}`, B],
      [`мой IP ${A}`, A],
      [`IP del cliente: ${A}`, A],
    ],
    'ip_address',
  )
})

t.test("a web server's access log line: its client's address", async (t) => {
  assertFoundAs(
    t,
    [
      [`${A} - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326`, A],
      [`${B} - - [06/Dec/2026:02:11:09 +0000] "POST /login HTTP/1.1" 401 12 "-" "curl/8.4.0"`, B],
      [`example.com:443 ${A} - - [06/Dec/2026:02:11:09 +0000] "GET / HTTP/2.0" 200 512`, A],
      [`log:\n${C} - - [01/Jan/2026:00:00:01 +0100] "GET /a HTTP/1.1" 200 1`, C],
    ],
    'ip_address',
  )
})

t.test('the cells of a user table’s address column', async (t) => {
  const csv = `id,first_name,last_name,email,gender,ip_address\n1,Jane,Doe,jdoe@acme.io,Female,${A}\n2,John,Roe,jroe@acme.io,Male,${B}`
  t.same(
    found(csv).filter(([type]) => type === 'ip_address'),
    [
      ['ip_address', A],
      ['ip_address', B],
    ],
  )
  t.same(found(`name,ipaddress\nJane,${A}`), [['ip_address', A]])
  t.same(found(`name;client_ipv4\nJane;${B}`), [['ip_address', B]])
  t.same(found(`name,ipv4\nweb1,${B}`), [], 'an address column named by `ipv4` alone is a server table’s as often')
  const markdown = `| user | Client IP |\n|---|---|\n| jane | ${A} |\n| john | ${C} |`
  t.same(
    found(markdown).filter(([type]) => type === 'ip_address'),
    [
      ['ip_address', A],
      ['ip_address', C],
    ],
  )
})

t.test('addresses no person holds, and servers named as such, stay clean', async (t) => {
  assertNothingFound(t, [
    `The server IP is ${A}`,
    `our load balancer answers on ${B}`,
    'my DNS is 8.8.8.8',
    'my IP is 1.1.1.1? no, that is the resolver',
    'my IP is 127.0.0.1 inside the container',
    'client ip 169.254.169.254 is the metadata service',
    'client_ip: 100.64.12.7 (carrier NAT)',
    'the client IP was 224.0.0.251 (mDNS)',
    `my IP range is ${A.replace(/\d+$/, '0')}/24`,
    'my IP changed. Version 1.2.3.4 is out',
    'my iPhone runs 17.1.2.3',
    `Firmware ${B} is the latest`,
    `| host | ip | role |\n|------|----|------|\n| web1 | ${A} | frontend |`,
    `ip,port\n${A},443`,
    `${A} is the origin; [10/Oct/2000:13:55:36 -0700] was the deploy`,
    `Build [06/Dec/2026:02:11:09 +0000] on ${A}`,
    'your ip: <YOUR_IP>',
    'my IP is 999.1.2.3',
  ])
})

t.test('the fast path finds what the full scan finds, words run together and cut short', async (t) => {
  assertFastAsFull(
    t,
    [
      `my ipv4address is ${A}`,
      `my ip_addresses: ${A}, ${B}`,
      `ip of the user ${A}`,
      `ip_for_user=${A}`,
      `x-real-ipx ${A}`,
      `мой ipx ${A} мой айпи ${B}`,
      `remoteaddr ${A}`,
      `name,ipv4address\nJane,${A}\nJohn,${B}`,
      `${A} - - [06/Dec/2026:02:11:09 +0000] "GET / HTTP/1.1" 200 1\n${B} - bob [06/Dec/2026:02:11:10 +0000] "GET /"`,
      `Last login: Thu Dec  3 10:12:01 2026 from ${A}`,
    ],
    { seed: 28, withFindings: 100 },
  )
})

t.test('which addresses a subscriber can hold', async (t) => {
  for (const address of [A, B, C, '1.2.3.4', '172.32.0.1', '192.169.0.1', '100.128.0.1', '223.255.255.254']) {
    t.ok(isSubscriberIpv4(address), address)
  }
  for (const address of [
    '0.1.2.3',
    '10.1.2.3',
    '127.0.0.1',
    '172.16.0.1',
    '172.31.255.1',
    '192.168.1.1',
    '169.254.1.1',
    '100.64.0.1',
    '100.127.255.1',
    '224.0.0.1',
    '255.255.255.255',
    '8.8.8.8',
    '208.67.222.222',
  ]) {
    t.notOk(isSubscriberIpv4(address), address)
  }
})

linearWorkOnUnits('labelled public addresses', [
  'my IP is 81.2.69.1600 ',
  'client_ip=81.2.69 ',
  'x-forwarded-for: , , , ',
  'Failed password for invalid user aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa from ',
  'Last login: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa from 1.2.3.4 ',
  '81.2.69.160 - - [10/Oct/2000:13:55:36 ',
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa [10/Oct/2000:13:55:36 ',
  'ip_address,ip\n81.2.69.160,1\n',
  'my my my ip ip ip ',
])
