import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 24 (false positives). `openssl s_client` prints the TLS session under `SSL-Session:`, its id
 * in hex after `Session-ID:`; the session reader took it for a login's session token and redacted it from every
 * pasted handshake. A TLS session's id resumes nothing without the keys printed with it: it is read as no secret in
 * that block (or under a name qualified `ssl`/`tls`), while the block's `Master-Key` and `Resumption PSK` stay
 * secrets and a web session's id stays one (src/guard/short-names.ts, isTlsSessionId).
 */

const TLS12 = (id: string, master: string) =>
  `SSL-Session:\n    Protocol  : TLSv1.2\n    Cipher    : ECDHE-RSA-AES128-GCM-SHA256\n    Session-ID: ${id}\n    Session-ID-ctx: \n    Master-Key: ${master}\n    PSK identity: None\n`

t.test("a TLS session's id is no secret", async (t) => {
  assertNothingFound(t, [
    TLS12('a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90', ''),
    '    Session-ID: 3F6C1A2B9D8E7F6A5B4C3D2E1F0A9B8C7D6E5F4A3B2C1D0E9F8A7B6C5D4E3F2A\n    Session-ID-ctx: \n',
    'ssl_session_id=5E0D7B2A91C34F8E6A1B0C9D8E7F6A5B4C3D2E1F0A9B8C7D6E5F4A3B2C1D0E9F',
    'TLS_SESSION_ID: 8f14e45fceea167a5a36dedd4bea25438f14e45fceea167a5a36dedd4bea2543',
  ])
})

t.test("the block's keys and a web session's id are still found", async (t) => {
  const master = '9D8C7B6A5F4E3D2C1B0A9F8E7D6C5B4A3F2E1D0C9B8A7F6E5D4C3B2A1F0E9D8C7B6A5F4E3D2C1B0A9F8E7D6C5B4'
  assertFound(t, [
    [TLS12('a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90', master), master],
    [`    Session-ID-ctx: \n    Resumption PSK: ${master}\n`, master],
    ['session_id=Xk9mQ2vLp7wZr4Tb8Nc3', 'Xk9mQ2vLp7wZr4Tb8Nc3'],
    ['X-Session-Id: 7f3a9b2c1d4e8f6a5b0c9d2e', '7f3a9b2c1d4e8f6a5b0c9d2e'],
    ['SSL-Session:\n    Session-ID: Xk9mQ2vLp7wZr4Tb8Nc3Qa5\n', 'Xk9mQ2vLp7wZr4Tb8Nc3Qa5'],
  ])
})
