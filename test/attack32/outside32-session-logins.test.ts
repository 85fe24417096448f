import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 32 (outside32), logins typed into an interactive session and pasted with its transcript: the ftp client's
 * `user` command at its prompt (`ftp> user alice …`), IMAP's `a001 LOGIN alice …` over `openssl s_client`, SMTP's
 * AUTH LOGIN exchange (the base64 line after `334 UGFzc3dvcmQ6`, the server's "Password:"), and Mosquitto's
 * `mosquitto_passwd -b file user …`. Only the `Password:` echo of such a transcript was read.
 */

t.test("a session's login", async (t) => {
  assertFound(t, [
    ['ftp> user alice S3cr3t!pw', 'S3cr3t!pw'],
    ['Connected to ftp.example.com.\nftp> user deploy Gx8qLm2Zr7\n230 User deploy logged in.', 'Gx8qLm2Zr7'],
    [
      '$ openssl s_client -connect imap.example.com:993 -quiet\n* OK ready\na001 login alice@example.com Tr0ub4dor9\na001 OK',
      'Tr0ub4dor9',
    ],
    ['C: A0001 LOGIN "alice" "Kx9mQ 2vLp!"\nS: A0001 OK LOGIN completed', 'Kx9mQ 2vLp!'],
    ['a1 LOGIN alice S3cr3t!pw', 'S3cr3t!pw'],
    [
      'AUTH LOGIN\n334 VXNlcm5hbWU6\nYWxpY2VAZXhhbXBsZS5jb20=\n334 UGFzc3dvcmQ6\nUzNjcjN0IXB3\n235 2.7.0 Authentication successful',
      'UzNjcjN0IXB3',
    ],
    ['S: 334 UGFzc3dvcmQ6\r\nC: VHIwdWI0ZG9yOQ==\r\nS: 235 ok', 'VHIwdWI0ZG9yOQ=='],
    ['mosquitto_passwd -b /etc/mosquitto/passwd sensor01 Qm7pL2xZ9r', 'Qm7pL2xZ9r'],
  ])
})

t.test('prompts without a password, prose, references and anonymous ftp stay clean', async (t) => {
  assertNothingFound(t, [
    'ftp> user alice',
    'ftp> user anonymous guest@example.com',
    'sftp> put backup.tar.gz',
    'ftp> ls -la',
    'a1 LOGIN alice',
    'a1 LOGIN {5}',
    'a2 LOGIN alice $IMAP_PASSWORD',
    'Step 1 login alice then check',
    'Please login first and try again',
    'AUTH LOGIN\n334 VXNlcm5hbWU6\nYWxpY2U=',
    '334 UGFzc3dvcmQ6',
    'mosquitto_passwd -U /etc/mosquitto/pwfile',
    'mosquitto_passwd -c /etc/mosquitto/pwfile',
  ])
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  assertFastAsFull(
    t,
    [
      'ftp> user alice S3cr3t!pw\n230 ok',
      '* OK\na001 login alice Tr0ub4dor9\na001 OK',
      '334 UGFzc3dvcmQ6\nUzNjcjN0IXB3\n235 ok',
    ],
    { seed: 3203, withFindings: 200 },
  )
})
