import t from 'tap'
import { assertFoundAs, assertNothingFound, found } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 28 (attack28), an outside tester's probe of ips28 with the log lines it did not try: sshd's other lines
 * about a client (`Connection from … port … on …`, `Received disconnect from …`, `Disconnected from user …`,
 * `Connection closed by authenticating user …`), PAM's `rhost=`, nginx's error log (`client: …, server: …`) and a
 * client's address named so (`client_address`, `clientAddress`) kept the client's public address in clear.
 */

const A = '81.2.69.160'
const B = '93.184.216.34'
const SSHD = 'Dec  6 02:11:09 bastion sshd[1234]:'

t.test('log lines about a client', async (t) => {
  assertFoundAs(
    t,
    [
      [`${SSHD} Connection closed by authenticating user root ${A} port 4422 [preauth]`, A],
      [`${SSHD} Connection closed by invalid user admin ${A} port 4422 [preauth]`, A],
      [`${SSHD} Disconnected from user deploy ${A} port 4422`, A],
      [`${SSHD} Disconnected from authenticating user root ${A} port 4422 [preauth]`, A],
      [`${SSHD} Disconnected from ${A} port 4422`, A],
      [`${SSHD} Received disconnect from ${A} port 4422:11: Bye Bye [preauth]`, A],
      [`${SSHD} Connection from ${A} port 4422`, A],
      [
        `${SSHD} pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=${A}  user=root`,
        A,
      ],
      [
        `2026/12/06 02:11:09 [error] 1234#0: *5 open() "/var/www/x" failed (2: No such file or directory), client: ${A}, server: example.com, request: "GET /x HTTP/1.1"`,
        A,
      ],
      [`{"client_address": "${A}"}`, A],
      [`clientAddress=${A}`, A],
      [`the user address was ${A}`, A],
    ],
    'ip_address',
  )
  t.same(
    found(`${SSHD} Connection from ${A} port 4422 on ${B} port 22`).map(([, value]) => value),
    [A],
    'the server’s address after `on` is no client’s',
  )
})

t.test('the server’s side stays clean', async (t) => {
  assertNothingFound(t, [
    `Connection closed by ${B} port 22`,
    `Connection reset by ${B} port 22`,
    `ssh: connect to host ${B} port 22: Connection refused`,
    'client: nginx/1.25.3',
    'client: version 1.2.3.4',
    'Client: Version 10.2.0.1, Server: Version 10.2.0.3',
    `the server address is ${B}`,
    `listen ${B}:443 ssl; # client_max_body_size 10m`,
  ])
})

linearWorkOnUnits('log lines about a client', [
  'disconnected from user aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ',
  'connection closed by authenticating user aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa 1.2.3. ',
  'rhost= client: client_address ',
])
